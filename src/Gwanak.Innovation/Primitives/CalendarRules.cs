namespace Gwanak.Innovation.Primitives;

/// <summary>The stable ids of the rules about the calendar the model counts dates in (see <see cref="RuleCatalog"/>).</summary>
/// <remarks>
/// Dates are NodaTime's ISO <see cref="NodaTime.LocalDate"/>, from <see cref="NodaTime.LocalDate.MinIsoValue"/> (-9998-01-01)
/// to <see cref="NodaTime.LocalDate.MaxIsoValue"/> (9999-12-31); a date the model would count beyond them is refused, never
/// wrapped or cut.
/// </remarks>
public static class CalendarRules
{
    /// <summary>A date the model would count (an end of term, a renewal, a check-out, an end of notice) falls outside the calendar.</summary>
    public const string DateBeyondCalendar = "CAL-001";
}

namespace Gwanak.Innovation.Exchange;

/// <summary>The rule ids a <see cref="RecurringEvent"/> enforces; each is listed in <c>docs/rules.md</c>.</summary>
public static class RecurringEventRules
{
    /// <summary>EVT-001: announced dates do not fall where the event's rule puts that year's occurrence.</summary>
    public const string AnnouncedOutsideRule = "EVT-001";

    /// <summary>EVT-002: dates are announced for a year before the first edition.</summary>
    public const string AnnouncedBeforeFirstEdition = "EVT-002";
}

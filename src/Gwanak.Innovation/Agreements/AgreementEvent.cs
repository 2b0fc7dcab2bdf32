using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// Something that happened to an agreement, as recorded in its <see cref="Agreement.History"/>; the agreement
/// is the fold of its events (<see cref="Agreement.Replay"/>).
/// </summary>
/// <remarks>Each event's <see cref="object.ToString"/> is one readable line of a timeline, dated first.</remarks>
public abstract record AgreementEvent
{
    private protected AgreementEvent(LocalDate date) => Date = date;

    /// <summary>The local date of the event (for a signature, the date at the place of signing).</summary>
    public LocalDate Date { get; }

    /// <summary>The date in ISO form, for timeline lines.</summary>
    /// <returns>For example <c>2023-07-07</c>.</returns>
    private protected string Day => Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

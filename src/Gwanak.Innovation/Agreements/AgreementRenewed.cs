using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The parties renewed the agreement explicitly, extending the term running on the date.</summary>
/// <remarks>The new expiry date is not recorded: it follows from the term running on the date and the extension.</remarks>
[EventType("agreement.renewed")]
public sealed record AgreementRenewed : AgreementEvent
{
    /// <summary>Records a renewal.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="date">The day of the renewal.</param>
    /// <param name="extension">How much the current term is extended by: positive, in years, months, weeks and days.</param>
    /// <exception cref="System.ArgumentException">The id is default, or the extension is null, not positive or has a time-of-day unit.</exception>
    public AgreementRenewed(AgreementId agreement, LocalDate date, Period extension)
        : base(agreement, date) => Extension = CivilCodePeriod.RequireDatePeriod(extension, nameof(extension), positive: true);

    /// <summary>How much the current term was extended by.</summary>
    public Period Extension { get; }
}

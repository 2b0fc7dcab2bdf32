using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// A party gave notice that an automatically renewing agreement is not to be renewed (갱신 거절): it ends at the end of the
/// term running on the date, by its last notice day.
/// </summary>
/// <remarks>The day it ends is not recorded: it follows from the date and the terms (<see cref="Agreement.NonRenewalEffectiveOn"/>).</remarks>
[EventType("agreement.non-renewal-notice-given")]
public sealed record NonRenewalNoticeGiven : AgreementEvent
{
    /// <summary>Records a notice of non-renewal.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="date">The day notice was given.</param>
    /// <param name="by">The party that gave notice.</param>
    /// <exception cref="System.ArgumentException">The id or the party is default.</exception>
    public NonRenewalNoticeGiven(AgreementId agreement, LocalDate date, OrganizationId by)
        : base(agreement, date) => By = Guard.Against.Default(by);

    /// <summary>The party that gave notice.</summary>
    public OrganizationId By { get; }
}

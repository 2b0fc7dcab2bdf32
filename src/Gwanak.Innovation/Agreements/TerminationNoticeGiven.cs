using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>A party gave notice to terminate; the agreement ends when the notice period in its terms has run.</summary>
/// <remarks>The day the termination takes effect is not recorded: it follows from the date and the terms.</remarks>
[EventType("agreement.termination-notice-given")]
public sealed record TerminationNoticeGiven : AgreementEvent
{
    /// <summary>Records a termination notice.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="date">The day notice was given.</param>
    /// <param name="by">The party that gave notice.</param>
    /// <exception cref="System.ArgumentException">The id or the party is default.</exception>
    public TerminationNoticeGiven(AgreementId agreement, LocalDate date, OrganizationId by)
        : base(agreement, date) => By = Guard.Against.Default(by);

    /// <summary>The party that gave notice.</summary>
    public OrganizationId By { get; }
}

using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// Something that happened to an agreement, as a district stores it; the agreement is the fold of its events
/// (<see cref="Agreements.Agreement.Replay"/>), and renders them as a timeline (<see cref="Agreements.Agreement.Timeline"/>).
/// </summary>
public abstract record AgreementEvent : IDomainEvent<AgreementId>
{
    private protected AgreementEvent(AgreementId agreement, LocalDate date)
    {
        Agreement = Guard.Against.Default(agreement);
        Date = date;
    }

    /// <summary>The agreement it happened to.</summary>
    public AgreementId Agreement { get; }

    /// <summary>The local date of the event (for a signature, the date at the place of signing).</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    AgreementId IDomainEvent<AgreementId>.AggregateId => Agreement;
}

using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>
/// Something that happened to a governance body, as a district stores it; the body is the fold of its events
/// (<see cref="GovernanceBody.Replay"/>).
/// </summary>
public abstract record GovernanceEvent : IDomainEvent<OrganizationId>
{
    private protected GovernanceEvent(OrganizationId body, LocalDate date)
    {
        Body = Guard.Against.Default(body);
        Date = date;
    }

    /// <summary>The body the event happened to (its own organisation id).</summary>
    public OrganizationId Body { get; }

    /// <summary>The day it happened.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    OrganizationId IDomainEvent<OrganizationId>.AggregateId => Body;
}

using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>A governance body was set up, without posts or members: the first event of every body.</summary>
[EventType("governance-body.established")]
public sealed record GovernanceBodyEstablished : GovernanceEvent
{
    /// <summary>Records an establishment.</summary>
    /// <param name="body">The body's own organisation id.</param>
    /// <param name="date">The day it was set up.</param>
    /// <param name="name">The name, for example <c>관악S밸리 지역혁신 거버넌스</c>.</param>
    /// <exception cref="System.ArgumentException">The id is default or the name is null.</exception>
    public GovernanceBodyEstablished(OrganizationId body, LocalDate date, LocalizedText name)
        : base(body, date) => Name = Guard.Against.Null(name);

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }
}

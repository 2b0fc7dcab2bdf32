using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>Something was done within the tie (a visit, a call, a joint event) without changing its stage.</summary>
[EventType("city-partnership.activity-recorded")]
public sealed record PartnershipActivityRecorded : PartnershipEvent
{
    /// <summary>Records an activity.</summary>
    /// <param name="partnership">The partnership's id.</param>
    /// <param name="date">The day of the activity.</param>
    /// <param name="description">What was done, for example the 2023-07-24 visit of Fullerton's representatives to Gwanak-gu.</param>
    /// <exception cref="System.ArgumentException">The id is default or the description is empty.</exception>
    public PartnershipActivityRecorded(PartnershipId partnership, LocalDate date, string description)
        : base(partnership, date) => Description = Guard.Against.NullOrWhiteSpace(description).Trim();

    /// <summary>What was done.</summary>
    public string Description { get; }
}

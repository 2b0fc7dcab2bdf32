namespace Gwanak.Innovation.Primitives;

/// <summary>An event of the aggregate with a given kind of id; every event carries the id of its aggregate.</summary>
/// <typeparam name="TId">The aggregate's id type.</typeparam>
public interface IDomainEvent<out TId> : IDomainEvent
    where TId : struct
{
    /// <summary>The id of the aggregate the event happened to.</summary>
    TId AggregateId { get; }
}

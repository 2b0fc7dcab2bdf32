using System.Collections.Generic;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// An aggregate as a document stores it, its history only: what a register's aggregates are read into, in one read, before
/// each is replayed, and written from.
/// </summary>
/// <remarks>
/// A settable member, not a constructor argument: the serializer then keeps no record of the arguments given for each of
/// the thousands of aggregates a register holds. A history that is missing or null is refused by
/// <see cref="AggregateConverter{TAggregate, TEvent}.ReadAll"/>, and the document is read again to locate it.
/// </remarks>
/// <typeparam name="TEvent">The base type of its events.</typeparam>
internal sealed class StoredHistory<TEvent>
{
    /// <summary>The events, oldest first: read into a list (not copied into an array at its end), written from the aggregate's own history.</summary>
    public IReadOnlyList<TEvent>? History { get; init; }
}

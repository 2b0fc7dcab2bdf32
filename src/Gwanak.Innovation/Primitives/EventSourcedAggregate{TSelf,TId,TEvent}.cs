using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// What every aggregate of the library shares: an immutable value that is the fold of its <see cref="History"/>.
/// </summary>
/// <remarks>
/// <para>
/// A transition <em>decides</em>: it builds the event its arguments describe and asks the rules whether that event may
/// happen to the current state; the answer is nothing or a <see cref="Refusal"/>. If nothing stops it, the aggregate
/// <em>evolves</em>: a new aggregate with the event appended, the receiver unchanged. Each transition comes in three
/// forms from that one decision: <c>X(…)</c> returns the new aggregate or throws <see cref="DomainRuleException"/>,
/// <c>TryX(…)</c> returns a <see cref="Decision{T}"/>, and <c>CanX(…)</c> answers whether it would be accepted.
/// </para>
/// <para>
/// <c>Replay(history)</c> decides every stored event again, so a history a store or a file holds cannot claim a state its
/// events do not support: it fails with the rule it breaks and the event's position
/// (<see cref="DomainRuleException.EventIndex"/>). A history starts with its founding event
/// (<see cref="HistoryRules.MustStartWithFounding"/>) and holds events of its own aggregate only
/// (<see cref="HistoryRules.EventOfAnotherAggregate"/>). Decisions read indexed state, never a scan of the history,
/// so a replay costs time in proportion to its length. No state between two events of a replay is ever seen, so the
/// replay builds its indexes in place (<see cref="ReplayOwnership"/>); what it returns is as immutable as any other state.
/// </para>
/// <para>Two aggregates are equal when their histories are: the state is the fold of the history.</para>
/// </remarks>
/// <typeparam name="TSelf">The aggregate type.</typeparam>
/// <typeparam name="TId">Its id type.</typeparam>
/// <typeparam name="TEvent">The base type of its events.</typeparam>
public abstract class EventSourcedAggregate<TSelf, TId, TEvent> : IEquatable<TSelf>
    where TSelf : EventSourcedAggregate<TSelf, TId, TEvent>
    where TId : struct, IEquatable<TId>
    where TEvent : class, IDomainEvent<TId>
{
    private readonly AppendList<TEvent> history;

    private protected EventSourcedAggregate(AppendList<TEvent> history) => this.history = history;

    /// <summary>The aggregate's id, as its founding event records it.</summary>
    public TId Id => history[0].AggregateId;

    /// <summary>Everything that happened, oldest first, the founding event first; the aggregate is its fold.</summary>
    public IReadOnlyList<TEvent> History => history;

    /// <summary>The number of events in the history: a store appends the events from this position on.</summary>
    public int Version => history.Count;

    /// <summary>The last event recorded.</summary>
    private protected TEvent LastEvent => history.Last;

    /// <inheritdoc/>
    public bool Equals(TSelf? other) => other is not null && history.SequenceEqual(other.history);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TSelf other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, history.Count);

    /// <summary>Replays a history: founds the aggregate with its first event and decides every later one again.</summary>
    /// <param name="history">The events, oldest first.</param>
    /// <param name="found">Decides the founding event: the new aggregate or the refusal.</param>
    /// <typeparam name="TFounding">The founding event type.</typeparam>
    /// <returns>The aggregate.</returns>
    private protected static TSelf Replay<TFounding>(IEnumerable<TEvent> history, Func<TFounding, Decision<TSelf>> found)
        where TFounding : TEvent
    {
        Guard.Against.Null(history);
        TSelf? aggregate = null;

        // No state between two events is seen: the indexes this replay builds change in place (ReplayOwnership). A list is
        // read by index, so that reading it makes no enumerator.
        var owner = new object();
        if (history is IReadOnlyList<TEvent> list)
        {
            for (int index = 0; index < list.Count; index++)
            {
                aggregate = Next(aggregate, list[index], index, owner, found);
            }
        }
        else
        {
            int index = 0;
            foreach (var e in history)
            {
                aggregate = Next(aggregate, e, index++, owner, found);
            }
        }

        return aggregate ?? throw new DomainRuleException(HistoryRefusals.Empty(typeof(TFounding)));
    }

    // The aggregate after one more event of a replayed history, decided with the replay's owner current.
    private static TSelf Next<TFounding>(TSelf? aggregate, TEvent e, int index, object owner, Func<TFounding, Decision<TSelf>> found)
        where TFounding : TEvent
    {
        if (e is null)
        {
            throw new ArgumentException($"Event {index} of the history is null.", "history");
        }

        Decision<TSelf> decision;
        var outer = ReplayOwnership.Enter(owner);
        try
        {
            decision = aggregate is null
                ? e is TFounding founding ? found(founding) : new(HistoryRefusals.StartsWithout(e, typeof(TFounding)))
                : e is TFounding ? new(HistoryRefusals.FoundedTwice(e, aggregate.history[0])) : aggregate.TryRecord(e);
        }
        finally
        {
            ReplayOwnership.Restore(outer);
        }

        return decision.IsAccepted ? decision.Value : throw new DomainRuleException(decision.Refusal!, index);
    }

    /// <summary>The history with one more event, for the constructor of the evolved aggregate.</summary>
    /// <param name="founding">The founding event.</param>
    /// <returns>A history holding only it.</returns>
    private protected static AppendList<TEvent> Founded(TEvent founding) => AppendList<TEvent>.Empty.Add(founding);

    /// <summary>Records an event: decides it, then evolves; throws the refusal.</summary>
    /// <param name="e">The event the transition's arguments describe.</param>
    /// <returns>The new aggregate.</returns>
    private protected TSelf Record(TEvent e) => TryRecord(e).Value;

    /// <summary>Decides an event and, when nothing stops it, evolves.</summary>
    /// <param name="e">The event the transition's arguments describe.</param>
    /// <returns>The new aggregate, or the refusal.</returns>
    private protected Decision<TSelf> TryRecord(TEvent e) => Check(e) is { } refusal ? new(refusal) : new(Evolve(e, history.Add(e)));

    /// <summary>True when the event would be recorded.</summary>
    /// <param name="e">The event the transition's arguments describe.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    private protected bool CanRecord(TEvent e) => Check(e) is null;

    /// <summary>The rules of the aggregate: whether an event may happen to the current state.</summary>
    /// <param name="e">An event of this aggregate (its id already checked), never the founding one.</param>
    /// <returns><see langword="null"/> when allowed, otherwise the refusal.</returns>
    private protected abstract Refusal? Decide(TEvent e);

    /// <summary>The aggregate after an event that <see cref="Decide"/> allowed.</summary>
    /// <param name="e">The event.</param>
    /// <param name="history">The history with the event appended.</param>
    /// <returns>The new aggregate.</returns>
    private protected abstract TSelf Evolve(TEvent e, AppendList<TEvent> history);

    private Refusal? Check(TEvent e)
    {
        Guard.Against.Null(e);
        return e.AggregateId.Equals(Id) ? Decide(e) : HistoryRefusals.OfAnotherAggregate(e, history[0]);
    }

    private static class HistoryRefusals
    {
        public static Refusal Empty(Type founding)
            => new(HistoryRules.MustStartWithFounding, $"Cannot replay an empty history: a history starts with its founding event ({EventTypes.NameOf(founding)}).");

        public static Refusal StartsWithout(TEvent first, Type founding)
            => new(HistoryRules.MustStartWithFounding, $"Cannot replay a history that starts with {EventTypes.NameOf(first)} of {first.AggregateId} on {first.Date:uuuu-MM-dd}: a history starts with its founding event ({EventTypes.NameOf(founding)}).");

        public static Refusal FoundedTwice(TEvent again, TEvent founding)
            => new(HistoryRules.MustStartWithFounding, $"Cannot replay {EventTypes.NameOf(again)} of {again.AggregateId} on {again.Date:uuuu-MM-dd}: {founding.AggregateId} was already founded by {EventTypes.NameOf(founding)} on {founding.Date:uuuu-MM-dd}, and a history has exactly one founding event, at its start.");

        public static Refusal OfAnotherAggregate(TEvent e, TEvent founding)
            => new(HistoryRules.EventOfAnotherAggregate, $"Cannot record {EventTypes.NameOf(e)} of {e.AggregateId} on {e.Date:uuuu-MM-dd} in the history of {founding.AggregateId}: a history holds the events of its own aggregate only.");
    }
}

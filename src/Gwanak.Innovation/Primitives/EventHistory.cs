using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// The replay shared by the event-sourced aggregates (agreements, governance bodies, zones, venture companies,
/// facilities, funds, support programmes, city partnerships, exchange programmes): a history starts with one founding
/// event and every later event is applied to the state so far.
/// </summary>
internal static class EventHistory
{
    /// <summary>Folds a history into an aggregate.</summary>
    /// <param name="history">The events, oldest first.</param>
    /// <param name="start">Builds the aggregate from the founding event.</param>
    /// <param name="apply">Applies a later event (and refuses a second founding event).</param>
    /// <param name="dateOf">The day of an event, named when the history starts with the wrong one; <see langword="null"/> for events without a day.</param>
    /// <param name="ruleId">The rule id thrown when the history is empty or does not start with the founding event.</param>
    /// <param name="rule">The rule in words, for example <c>A fund's history starts with its establishment</c>.</param>
    /// <returns>The aggregate.</returns>
    public static TAggregate Replay<TEvent, TFounding, TAggregate>(
        IEnumerable<TEvent> history,
        Func<TFounding, TAggregate> start,
        Func<TAggregate, TEvent, TAggregate> apply,
        Func<TEvent, LocalDate>? dateOf,
        string ruleId,
        string rule)
        where TEvent : class
        where TFounding : TEvent
        where TAggregate : class
    {
        Guard.Against.Null(history);
        TAggregate? aggregate = null;
        foreach (var e in history)
        {
            Guard.Against.Null(e, nameof(history));
            aggregate = aggregate is not null ? apply(aggregate, e)
                : e is TFounding founding ? start(founding)
                : throw new DomainRuleException(ruleId, $"{rule}, but it starts with {e.GetType().Name}{(dateOf is null ? string.Empty : $" on {dateOf(e):uuuu-MM-dd}")}.");
        }

        return aggregate ?? throw new DomainRuleException(ruleId, $"{rule}, but the history is empty.");
    }
}

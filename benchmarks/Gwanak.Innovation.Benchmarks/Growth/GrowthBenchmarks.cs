using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Gwanak.Innovation.Benchmarks.Growth;

/// <summary>
/// How the cost of an aggregate grows with its history: a generated valid history of 1,000 and of 100,000 events,
/// replayed (every event decided again) against a hand-written loop that applies the same events to plain mutable state
/// with the same checks (the baseline). Each derived class adds one transition on the replayed aggregate
/// (<c>Transition</c>) and one question about a day (<c>DateQuestion</c>).
/// </summary>
/// <remarks>
/// Goals (docs/benchmarks.md, "Growth"): replay costs at most 2x per event at 100,000 what it costs at 1,000, and at most
/// 1.5x the hand-written loop; one transition at 100,000 events costs at most 2x what it costs at 1,000. The setup fails
/// unless the generator made the number of events asked and both the loop and the replay count what the generator put in.
/// The transition is taken again and again from the same aggregate, as a portal does when it asks several times, so the
/// history of the aggregate must be persistent: a copy of it at each step shows here.
/// </remarks>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
/// <typeparam name="TEvent">The base type of its events.</typeparam>
[MemoryDiagnoser]
[ShortRunJob]
public abstract class GrowthBenchmarks<TAggregate, TEvent>
    where TAggregate : class
    where TEvent : class
{
    private TEvent[] history = [];

    /// <summary>The number of events in the history, the founding event included.</summary>
    [Params(1_000, 100_000)]
    public int Events { get; set; }

    /// <summary>The aggregate the generated history replays to.</summary>
    protected TAggregate Built { get; private set; } = null!;

    /// <summary>Generates the history, checks that the loop and the replay agree with the generator, and replays it once for the transition and the question.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (events, count) = Generate(Events);
        history = [.. events];
        Require(history.Length == Events, $"the generator made {history.Length} events, not {Events}");
        Require(Loop(history) == count, $"the hand-written loop counts {Loop(history)}, the generator {count}");
        Built = ReplayHistory(history);
        Require(CountOf(Built) == count, $"the replayed aggregate counts {CountOf(Built)}, the generator {count}");
    }

    /// <summary>The events applied to plain mutable state by a loop with the same checks.</summary>
    /// <returns>What it counts.</returns>
    [Benchmark(Baseline = true)]
    public int HandWrittenLoop() => Loop(history);

    /// <summary>The aggregate's own replay: every event decided again.</summary>
    /// <returns>What the replayed aggregate counts.</returns>
    [Benchmark]
    public int Replay() => CountOf(ReplayHistory(history));

    /// <summary>Fails the setup when a check does not hold.</summary>
    /// <param name="holds">The check.</param>
    /// <param name="otherwise">What went wrong.</param>
    /// <exception cref="InvalidOperationException">The check does not hold.</exception>
    protected static void Require(bool holds, string otherwise)
    {
        if (!holds)
        {
            throw new InvalidOperationException(otherwise);
        }
    }

    /// <summary>A valid history.</summary>
    /// <param name="events">The number of events, the founding event included.</param>
    /// <returns>The events, oldest first, and what <see cref="CountOf"/> and <see cref="Loop"/> give for them.</returns>
    protected abstract (IReadOnlyList<TEvent> Events, int Count) Generate(int events);

    /// <summary>The hand-written loop: the events applied to plain mutable state, refused as the aggregate's rules refuse them.</summary>
    /// <param name="events">The history.</param>
    /// <returns>The count the generator predicts.</returns>
    /// <exception cref="InvalidOperationException">An event breaks a rule.</exception>
    protected abstract int Loop(TEvent[] events);

    /// <summary>The aggregate's <c>Replay</c>.</summary>
    /// <param name="events">The history.</param>
    /// <returns>The aggregate.</returns>
    protected abstract TAggregate ReplayHistory(TEvent[] events);

    /// <summary>What the aggregate holds that the generator counted (memberships, tenancies, investments…).</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The count.</returns>
    protected abstract int CountOf(TAggregate aggregate);
}

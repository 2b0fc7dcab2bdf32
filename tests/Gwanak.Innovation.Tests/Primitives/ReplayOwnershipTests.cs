using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// A replay builds the dated indexes and lists in place (<see cref="ReplayOwnership"/>): the same answers as built step by
/// step, nothing made before or outside it changed, and in place only while its owner is current.
/// </summary>
public sealed class ReplayOwnershipTests
{
    private static readonly LocalDate Origin = DatedIntervalsTests.Origin;

    // Changes by day; periods by first day and length (negative: open) with some ended later; list items with some replaced;
    // the days of a sequence's items; keyed positions by first day; keys set to values, many of them colliding.
    private static readonly Gen<((int Day, int Change)[] Changes, (int Start, int Length)[] Periods, (int Which, int Length)[] Endings, (int Which, int Value)[] Replacements, int Items, int[] Days, (int Key, int Day)[] Keyed, (PersistentMapTests.Key Key, int Value)[] Settings)> Runs = Gen.Select(
        Gen.Select(Gen.Int[0, 60], Gen.Int[-9, 9]).Array[0, 60],
        Gen.Select(Gen.Int[0, 60], Gen.Int[-5, 20]).Array[0, 60],
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 20]).Array[0, 20],
        Gen.Select(Gen.Int[0, 5000], Gen.Int).Array[0, 40],
        Gen.Int[0, 2_500],
        Gen.Int[0, 40].Array[0, 80],
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 30]).Array[0, 80],
        PersistentMapTests.Settings);

    [Fact]
    public void Indexes_built_in_place_answer_as_those_built_step_by_step()
        => Runs.Sample(run =>
        {
            var stepwise = Build(run);
            var previous = ReplayOwnership.Enter(new object());
            Built inPlace;
            try
            {
                inPlace = Build(run);
            }
            finally
            {
                ReplayOwnership.Restore(previous);
            }

            AssertSame(stepwise, inPlace);
        });

    [Fact]
    public void What_was_made_before_a_replay_is_unchanged_by_what_the_replay_makes_from_it()
        => Runs.Sample(run =>
        {
            var before = Build(run);
            var expected = Build(run);
            var previous = ReplayOwnership.Enter(new object());
            try
            {
                // Twice from the same state: the first result was made in place, the second must not see it.
                var first = Extend(before, 1);
                var firstExpected = Extend(expected, 1);
                _ = Extend(before, 2);
                AssertSame(firstExpected, first);
            }
            finally
            {
                ReplayOwnership.Restore(previous);
            }

            AssertSame(expected, before);
        });

    [Fact]
    public void Inside_a_replay_the_versions_it_made_share_their_nodes_and_outside_they_do_not()
    {
        var previous = ReplayOwnership.Enter(new object());
        AppendList<int> list;
        AppendList<int> replaced;
        DatedTotals<int> totals;
        DatedIntervals intervals;
        DatedSequence<int> sequence;
        try
        {
            list = Enumerable.Range(0, 100).Aggregate(AppendList<int>.Empty, (l, i) => l.Add(i));
            replaced = list.SetItem(3, -3).SetItem(99, -99);
            totals = DatedTotals<int>.Empty.Add(Origin, 1);
            _ = totals.Add(Origin, 2);
            intervals = DatedIntervals.Empty.Add(new DateRange(Origin), 0);
            _ = intervals.Replace(Origin, 0, new DateRange(Origin, Origin));
            sequence = Enumerable.Range(0, 100).Aggregate(DatedSequence<int>.Empty, (q, i) => q.Add(Origin.PlusDays(i), i));
            _ = sequence.Add(Origin.PlusDays(200), 100);
        }
        finally
        {
            ReplayOwnership.Restore(previous);
        }

        // The replay shows only its last state, so the earlier versions it made saw the later changes.
        Assert.Equal((-3, -99), (list[3], list[99]));
        Assert.Equal(3, totals.On(Origin));
        Assert.Empty(intervals.On(Origin.PlusDays(1)));
        Assert.Equal(101, sequence.Count);

        // Outside a replay, its results are persistent values again.
        var later = replaced.SetItem(3, 3).SetItem(99, 99).Add(100);
        _ = totals.Add(Origin, 10);
        _ = intervals.Replace(Origin, 0, new DateRange(Origin));
        _ = sequence.Add(Origin, -1);
        Assert.Equal(101, sequence.Count);
        Assert.Equal((-3, -99, 100, 3, 99, 101), (replaced[3], replaced[99], replaced.Count, later[3], later[99], later.Count));
        Assert.Equal(3, totals.On(Origin));
        Assert.Empty(intervals.On(Origin.PlusDays(1)));
    }

    [Fact]
    public void A_replay_copies_once_what_was_made_before_it_then_changes_its_copy_in_place()
    {
        var before = Enumerable.Range(0, 100).Aggregate(AppendList<int>.Empty, (l, i) => l.Add(i));
        var previous = ReplayOwnership.Enter(new object());
        AppendList<int> first;
        try
        {
            // The first replacement copies the root and one chunk; the second copies another chunk into that root.
            first = before.SetItem(3, -3);
            _ = first.SetItem(40, -40);
        }
        finally
        {
            ReplayOwnership.Restore(previous);
        }

        Assert.Equal((-3, -40), (first[3], first[40]));
        Assert.Equal(Enumerable.Range(0, 100), before);
    }

    [Fact]
    public void A_replay_restores_the_owner_it_found_and_none_is_current_outside_one()
    {
        Assert.Null(ReplayOwnership.Current);
        var outer = new object();
        var previous = ReplayOwnership.Enter(outer);
        _ = Facility.Replay(Centre().MoveIn(Origin, Company(1)).History);
        Assert.Same(outer, ReplayOwnership.Current);
        ReplayOwnership.Restore(previous);
        Assert.Null(ReplayOwnership.Current);
    }

    [Fact]
    public void A_replay_that_fails_leaves_no_owner_current()
    {
        var history = Centre().MoveIn(Origin, Company(1)).History.Append(new TenantMovedOut(new FacilityId("growth-centre"), Origin.PlusDays(-1), Company(1)));
        Assert.Throws<DomainRuleException>(() => Facility.Replay(history));
        Assert.Null(ReplayOwnership.Current);
    }

    [Fact]
    public void Steps_taken_while_the_caller_enumerates_a_history_are_persistent()
    {
        // The caller's sequence runs between the events the replay decides: what it builds there copies as everywhere else.
        var facility = Facility.Replay(Centre().MoveIn(Origin, Company(1)).History);
        Facility? one = null;
        Facility? other = null;
        IEnumerable<FacilityEvent> History()
        {
            foreach (var e in facility.History)
            {
                var grown = facility.MoveIn(Origin, Company(2));
                one = grown.MoveIn(Origin, Company(3), Origin.PlusDays(9));
                other = grown.MoveIn(Origin, Company(4), Origin.PlusDays(9));
                yield return e;
            }
        }

        var replayed = Facility.Replay(History());
        Assert.Equal(facility, replayed);
        Assert.Equal([Company(1), Company(2), Company(3)], one!.TenantsOn(Origin.PlusDays(5)));
        Assert.Equal([Company(1), Company(2), Company(4)], other!.TenantsOn(Origin.PlusDays(5)));
        Assert.Equal(3, one.OccupancyOn(Origin));
    }

    private static Facility Centre()
        => Facility.Create(new FacilityId("growth-centre"), Origin, LocalizedText.Create("성장 창업센터", "Growth startup centre"), FacilityKind.StartupCentre, new OrganizationId("gwanak-gu"), AdministrativeDistrictCode.Parse("1162010100"), true, 10);

    private static BusinessRegistrationNumber Company(int n) => Zones.Gwanak2023Zone.Brn(n);

    private static Built Build(((int Day, int Change)[] Changes, (int Start, int Length)[] Periods, (int Which, int Length)[] Endings, (int Which, int Value)[] Replacements, int Items, int[] Days, (int Key, int Day)[] Keyed, (PersistentMapTests.Key Key, int Value)[] Settings) run)
    {
        var totals = DatedTotalsTests.Build(run.Changes);
        var (intervals, _) = DatedIntervalsTests.Build(run.Periods, run.Endings);
        var list = Enumerable.Range(0, run.Items).Aggregate(AppendList<int>.Empty, (l, i) => l.Add(i));
        foreach (var (which, value) in run.Replacements.Where(_ => run.Items > 0))
        {
            list = list.SetItem(which % run.Items, value);
        }

        return new(totals, intervals, list, DatedSequenceTests.Build(run.Days).Sequence, PositionsByKeyTests.Build(run.Keyed), PersistentMapTests.Build(run.Settings).Map, [.. run.Settings.Select(s => s.Key).Distinct()]);
    }

    // One more change, period, replacement and item, different for each key.
    private static Built Extend(Built built, int key)
        => new(
            built.Totals.Add(Origin.PlusDays(30), key).Add(Origin.PlusDays(61), key),
            built.Intervals.Add(new DateRange(Origin.PlusDays(key), Origin.PlusDays(key * 10)), 10_000 + key),
            (built.List.Count > 0 ? built.List.SetItem(built.List.Count / 2, -key).SetItem(built.List.Count - 1, -key) : built.List).Add(-key),
            built.Sequence.Add(Origin.PlusDays(key * 7), -key).Add(Origin, -key),
            built.Keyed.Add("key-0", Origin.PlusDays(key * 3), 10_000 + key).Add($"new-{key}", Origin, key),
            built.Map.SetItem(new(1, 1), key).SetItem(new(1, 2), key).SetItem(new(1_000 + key, 1), key).SetItem(new(1, key << 20), key),
            [.. built.MapKeys, new(1, 1), new(1, 2), new(1_000 + key, 1), new(1, key << 20)]);

    private static void AssertSame(Built expected, Built actual)
    {
        Assert.Equal(expected.List, actual.List);
        Assert.Equal(Enumerable.Range(0, expected.Sequence.Count).Select(expected.Sequence.EntryAt), Enumerable.Range(0, actual.Sequence.Count).Select(actual.Sequence.EntryAt));
        Assert.Equal(expected.MapKeys, actual.MapKeys);
        Assert.All(expected.MapKeys, key => Assert.Equal(expected.Map[key], actual.Map[key]));

        foreach (string key in (string[])["key-0", "key-3", "key-5", "new-1", "new-2"])
        {
            Assert.Equal(expected.Keyed.Latest(key), actual.Keyed.Latest(key));
            for (int d = -1; d <= 31; d += 4)
            {
                Assert.Equal(expected.Keyed.LatestBy(key, Origin.PlusDays(d)), actual.Keyed.LatestBy(key, Origin.PlusDays(d)));
                Assert.Equal(expected.Keyed.EarliestAfter(key, Origin.PlusDays(d)), actual.Keyed.EarliestAfter(key, Origin.PlusDays(d)));
            }
        }

        for (int d = -1; d <= 82; d++)
        {
            var day = Origin.PlusDays(d);
            Assert.Equal(expected.Totals.On(day), actual.Totals.On(day));
            Assert.Equal(expected.Totals.LowestFrom(day), actual.Totals.LowestFrom(day));
            Assert.Equal(expected.Totals.HighestIn(day, day.PlusDays(9)), actual.Totals.HighestIn(day, day.PlusDays(9)));
            Assert.Equal(expected.Intervals.On(day), actual.Intervals.On(day));
            Assert.Equal(expected.Intervals.Overlapping(day, day.PlusDays(6)), actual.Intervals.Overlapping(day, day.PlusDays(6)));
        }
    }

    private sealed record Built(DatedTotals<int> Totals, DatedIntervals Intervals, AppendList<int> List, DatedSequence<int> Sequence, PositionsByKey<string> Keyed, PersistentMap<PersistentMapTests.Key, int> Map, PersistentMapTests.Key[] MapKeys);
}

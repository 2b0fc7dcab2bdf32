using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class DatedTotalsTests
{
    private static readonly LocalDate Origin = new(2021, 1, 1);

    private static readonly Gen<(int Day, int Change)[]> Changes = Gen.Select(Gen.Int[0, 60], Gen.Int[-9, 9]).Array[0, 40];

    [Fact]
    public void The_total_on_a_day_is_the_sum_of_the_changes_dated_on_or_before_it()
        => Changes.Sample(changes =>
        {
            var totals = Build(changes);
            for (int d = -1; d <= 61; d++)
            {
                Assert.Equal(Naive(changes, d), totals.On(Origin.PlusDays(d)));
            }
        });

    [Fact]
    public void The_lowest_total_from_a_day_is_the_lowest_of_the_days_after_it_with_its_first_day()
        => Gen.Select(Changes, Gen.Int[-1, 61]).Sample((changes, from) =>
        {
            var days = Enumerable.Range(from, 62 - from).ToArray();
            int lowest = days.Min(d => Naive(changes, d));
            int first = days.First(d => Naive(changes, d) == lowest);
            Assert.Equal((lowest, Origin.PlusDays(first)), Build(changes).LowestFrom(Origin.PlusDays(from)));
        });

    [Fact]
    public void The_highest_total_between_two_days_is_the_highest_of_those_days()
        => Gen.Select(Changes, Gen.Int[-1, 61], Gen.Int[0, 30]).Sample((changes, from, length) =>
            Assert.Equal(
                Enumerable.Range(from, length + 1).Max(d => Naive(changes, d)),
                Build(changes).HighestIn(Origin.PlusDays(from), Origin.PlusDays(from + length))));

    [Fact]
    public void Changes_in_any_order_give_the_same_totals()
        => Changes.Sample(changes =>
        {
            var forward = Build(changes);
            var backward = Build([.. changes.Reverse()]);
            Assert.All(Enumerable.Range(-1, 63), d => Assert.Equal(forward.On(Origin.PlusDays(d)), backward.On(Origin.PlusDays(d))));
        });

    [Fact]
    public void An_earlier_total_is_unchanged_by_later_additions()
    {
        var before = DatedTotals<int>.Empty.Add(Origin, 5);
        _ = before.Add(Origin.PlusDays(1), -5);
        Assert.Equal(5, before.On(Origin.PlusDays(3)));
    }

    /// <summary>The changes (by day from <see cref="Origin"/>) added in turn.</summary>
    /// <returns>The totals.</returns>
    internal static DatedTotals<int> Build(IEnumerable<(int Day, int Change)> changes)
        => changes.Aggregate(DatedTotals<int>.Empty, (t, c) => t.Add(Origin.PlusDays(c.Day), c.Change));

    private static int Naive((int Day, int Change)[] changes, int day) => changes.Where(c => c.Day <= day).Sum(c => c.Change);
}

using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class DatedIntervalsTests
{
    internal static readonly LocalDate Origin = new(2021, 1, 1);

    // Periods by first day and length (negative: open), with some given a new last day afterwards.
    private static readonly Gen<((int Start, int Length)[] Periods, (int Which, int Length)[] Endings)> Histories = Gen.Select(
        Gen.Select(Gen.Int[0, 60], Gen.Int[-5, 20]).Array[0, 40],
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 20]).Array[0, 10]);

    [Fact]
    public void The_periods_on_a_day_or_a_span_are_those_that_share_a_day_with_it_in_the_order_added()
        => Histories.Sample(history =>
        {
            var (index, periods) = Build(history.Periods, history.Endings);
            for (int d = -1; d <= 82; d++)
            {
                var day = Origin.PlusDays(d);
                Assert.Equal(Enumerable.Range(0, periods.Length).Where(i => periods[i].Contains(day)), index.On(day));
                foreach (int length in (int[])[1, 3, 10, 40])
                {
                    var span = new DateRange(day, day.PlusDays(length));
                    Assert.Equal(Enumerable.Range(0, periods.Length).Where(i => periods[i].Overlaps(span)), index.Overlapping(span.Start, span.End!.Value));
                }
            }
        });

    /// <summary>The periods (by first day from <see cref="Origin"/> and length, negative: open) added in turn, then some given a new last day.</summary>
    /// <returns>The index and the periods as they end up.</returns>
    internal static (DatedIntervals Index, DateRange[] Periods) Build((int Start, int Length)[] added, (int Which, int Length)[] endings)
    {
        var periods = added.Select(p => new DateRange(Origin.PlusDays(p.Start), p.Length < 0 ? null : Origin.PlusDays(p.Start + p.Length))).ToArray();
        var index = DatedIntervals.Empty;
        for (int i = 0; i < periods.Length; i++)
        {
            index = index.Add(periods[i], i);
        }

        foreach (var (which, length) in endings.Where(_ => periods.Length > 0))
        {
            int i = which % periods.Length;
            var ended = periods[i].EndingOn(periods[i].Start.PlusDays(length));
            index = index.Replace(periods[i].Start, i, ended);
            periods[i] = ended;
        }

        return (index, periods);
    }

    [Fact]
    public void A_set_is_unchanged_by_the_sets_made_from_it()
    {
        var one = DatedIntervals.Empty.Add(new DateRange(Origin), 0);
        _ = one.Add(new DateRange(Origin), 1).Replace(Origin, 0, new DateRange(Origin, Origin));
        Assert.Equal([0], one.On(Origin.PlusDays(5)));
    }
}

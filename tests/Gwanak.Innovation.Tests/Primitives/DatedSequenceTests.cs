using System;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class DatedSequenceTests
{
    private static readonly LocalDate Origin = DatedIntervalsTests.Origin;

    // The days of the items, from the origin, in the order they are added: often the same day, often out of order.
    private static readonly Gen<int[]> Days = Gen.Int[0, 40].Array[0, 120];

    [Fact]
    public void Items_are_in_day_order_and_those_of_one_day_in_the_order_added()
        => Days.Sample(days =>
        {
            var (sequence, expected) = Build(days);
            Assert.Equal(expected.Length, sequence.Count);
            Assert.Equal(expected.Select(e => e.Item), sequence);
            Assert.Equal(expected, Enumerable.Range(0, sequence.Count).Select(sequence.EntryAt));
            Assert.Equal(expected.Select(e => e.Item), Enumerable.Range(0, sequence.Count).Select(i => sequence[i]));
        });

    [Fact]
    public void The_count_on_or_before_a_day_is_the_number_of_items_dated_by_it()
        => Days.Sample(days =>
        {
            var (sequence, expected) = Build(days);
            for (int d = -1; d <= 41; d++)
            {
                var day = Origin.PlusDays(d);
                Assert.Equal(expected.Count(e => e.Day <= day), sequence.CountOnOrBefore(day));
            }
        });

    [Fact]
    public void A_sequence_is_unchanged_by_the_sequences_made_from_it()
    {
        var one = DatedSequence<int>.Empty.Add(Origin.PlusDays(5), 0).Add(Origin, 1);
        _ = one.Add(Origin.PlusDays(1), 2).Add(Origin, 3);
        Assert.Equal([1, 0], one);
        Assert.Empty(DatedSequence<int>.Empty);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(int.MinValue)]
    public void A_position_outside_the_sequence_is_refused_naming_the_index(int index)
    {
        var two = DatedSequence<int>.Empty.Add(Origin, 0).Add(Origin, 1);
        var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => two[index]);
        Assert.Equal(("index", index), (refusal.ParamName, refusal.ActualValue));
        Assert.StartsWith("The sequence has 2 items.", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => two.EntryAt(index)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => DatedSequence<int>.Empty[0]).ParamName);
    }

    /// <summary>Items 0, 1, 2… added on the given days (from <see cref="DatedIntervalsTests.Origin"/>).</summary>
    /// <returns>The sequence, and its entries as a stable sort by day gives them.</returns>
    internal static (DatedSequence<int> Sequence, (LocalDate Day, int Item)[] Expected) Build(int[] days)
    {
        var sequence = DatedSequence<int>.Empty;
        for (int i = 0; i < days.Length; i++)
        {
            sequence = sequence.Add(Origin.PlusDays(days[i]), i);
        }

        return (sequence, days.Select((d, i) => (Origin.PlusDays(d), i)).OrderBy(e => e.Item1).ToArray());
    }
}

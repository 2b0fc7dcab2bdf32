using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class PositionsByKeyTests
{
    private static readonly LocalDate Origin = DatedIntervalsTests.Origin;

    // Positions 0, 1, 2… each of a key (0 to 5) with a first day, in any order.
    private static readonly Gen<(int Key, int Day)[]> Entries = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 30]).Array[0, 80];

    [Fact]
    public void Each_key_answers_with_its_own_positions_in_the_order_of_their_first_days()
        => Entries.Sample(entries =>
        {
            var index = Build(entries);
            for (int key = 0; key <= 6; key++)
            {
                // What a stable sort by first day of the key's positions gives.
                var own = entries.Select((e, position) => (e.Key, FirstDay: Origin.PlusDays(e.Day), Position: position))
                    .Where(e => e.Key == key).OrderBy(e => e.FirstDay).Select(e => (e.FirstDay, e.Position)).ToArray();
                Assert.Equal(own.Length > 0 ? own[^1] : null, index.Latest(Key(key)));
                for (int d = -1; d <= 31; d++)
                {
                    var day = Origin.PlusDays(d);
                    Assert.Equal(own.Where(e => e.FirstDay <= day).Select(e => ((LocalDate, int)?)e).LastOrDefault(), index.LatestBy(Key(key), day));
                    Assert.Equal(own.Where(e => e.FirstDay > day).Select(e => ((LocalDate, int)?)e).FirstOrDefault(), index.EarliestAfter(Key(key), day));
                }
            }
        });

    [Fact]
    public void An_index_is_unchanged_by_the_indexes_made_from_it()
    {
        var one = PositionsByKey<string>.Empty.Add("a", Origin, 0);
        _ = one.Add("a", Origin.PlusDays(1), 1).Add("b", Origin, 2);
        Assert.Equal((Origin, 0), one.Latest("a"));
        Assert.Null(one.Latest("b"));
    }

    internal static PositionsByKey<string> Build((int Key, int Day)[] entries)
    {
        var index = PositionsByKey<string>.Empty;
        for (int position = 0; position < entries.Length; position++)
        {
            index = index.Add(Key(entries[position].Key), Origin.PlusDays(entries[position].Day), position);
        }

        return index;
    }

    private static string Key(int n) => $"key-{n}";
}

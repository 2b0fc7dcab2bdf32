using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class AppendListTests
{
    [Fact]
    public void A_list_keeps_its_items_when_a_later_list_grows_from_it()
    {
        var one = AppendList<int>.Empty.Add(1);
        var two = one.Add(2);
        _ = two.Add(3);
        Assert.Equal("1|1,2", $"{string.Join(',', one)}|{string.Join(',', two)}");
    }

    [Fact]
    public void Two_lists_growing_from_the_same_list_keep_their_own_items()
    {
        var common = AppendList<int>.Empty.Add(1).Add(2);
        var left = common.Add(3).Add(4);
        var right = common.Add(30);
        Assert.Equal("1,2,3,4|1,2,30|1,2", $"{string.Join(',', left)}|{string.Join(',', right)}|{string.Join(',', common)}");
    }

    [Fact]
    public void Any_tree_of_additions_gives_each_list_the_items_on_its_path()
        => Gen.Select(Gen.Int[0, 1000], Gen.Int).Array[1, 60].Sample(steps =>
        {
            var lists = new System.Collections.Generic.List<(AppendList<int> List, int[] Expected)> { (AppendList<int>.Empty, []) };
            foreach (var (pick, item) in steps)
            {
                var (list, expected) = lists[pick % lists.Count];
                lists.Add((list.Add(item), [.. expected, item]));
            }

            Assert.All(lists, l => Assert.Equal(l.Expected, l.List.ToArray()));
        });

    [Fact]
    public void Lists_of_thousands_of_items_branching_anywhere_keep_their_own_items()
        => Gen.Select(Gen.Int[1, 3000], Gen.Int[0, 3000].Array[1, 8]).Sample((length, branches) =>
        {
            // A chain through the tree's levels (32, 1,024 and more items) with lists branching off at any length.
            var chain = Chain(length);
            var branched = branches.Select(at => (At: at % (length + 1), List: chain[at % (length + 1)].Add(-1).Add(-2))).ToArray();
            Assert.Equal(Enumerable.Range(0, length), chain[length]);
            Assert.All(branched, b => Assert.Equal(Enumerable.Range(0, b.At).Append(-1).Append(-2), b.List.ToArray()));
            Assert.All(branched, b => Assert.Equal(b.List.ToArray(), Enumerable.Range(0, b.List.Count).Select(i => b.List[i])));
        }, iter: 40);

    [Fact]
    public void Replacing_an_item_anywhere_in_any_list_leaves_every_other_list_as_it_was()
        => Gen.Select(Gen.Int[0, 5000], Gen.Int[0, 3], Gen.Int).Array[1, 300].Sample(steps =>
        {
            // Lists long enough to hold items in the tree (past 32 and 1,024) and in the tail, growing and replaced from any list.
            var lists = new System.Collections.Generic.List<(AppendList<int> List, int[] Expected)> { (AppendList<int>.From(Enumerable.Range(0, 1100)), [.. Enumerable.Range(0, 1100)]) };
            foreach (var (pick, kind, item) in steps)
            {
                var (list, expected) = lists[pick % lists.Count];
                if (kind == 0)
                {
                    lists.Add((list.Add(item), [.. expected, item]));
                    continue;
                }

                int index = kind == 1 ? item % list.Count : list.Count - 1 - ((item & 31) % list.Count);
                index = index < 0 ? -index : index;
                int[] replaced = [.. expected];
                replaced[index] = ~item;
                lists.Add((list.SetItem(index, ~item), replaced));
            }

            Assert.All(lists, l => Assert.Equal(l.Expected, l.List.ToArray()));
            Assert.All(lists, l => Assert.Equal(l.Expected, Enumerable.Range(0, l.List.Count).Select(i => l.List[i])));
        }, iter: 60);

    [Fact]
    public void A_list_three_levels_deep_branches_and_is_replaced_anywhere_keeping_every_list_its_own_items()
        => Gen.Select(Gen.Int[32_768, 70_000], Gen.Int[0, 70_000].Array[1, 6]).Sample((length, points) =>
        {
            // Past 32,768 items the tree has three levels, and the root's and inner nodes' child arrays have grown from one slot.
            var chain = Chain(length);
            var branched = points.Select(at => (At: at % (length + 1), List: chain[at % (length + 1)].Add(-1).Add(-2))).ToArray();
            var replaced = points.Select(at => (At: at % length, List: chain[length].SetItem(at % length, -3))).ToArray();
            Assert.Equal(Enumerable.Range(0, length), chain[length]);
            Assert.All(branched, b => Assert.Equal(Enumerable.Range(0, b.At).Append(-1).Append(-2), b.List.ToArray()));
            Assert.All(replaced, r => Assert.Equal(Enumerable.Range(0, length).Select(i => i == r.At ? -3 : i), Enumerable.Range(0, length).Select(i => r.List[i])));
        }, iter: 6);

    [Fact]
    public void A_replaced_item_in_a_short_list_is_the_only_change_and_the_list_grows_from_there()
    {
        var list = AppendList<int>.From([1, 2, 3]);
        var replaced = list.SetItem(1, 20);
        var grown = replaced.Add(4);
        var other = list.Add(40);
        Assert.Equal("1,2,3|1,20,3|1,20,3,4|1,2,3,40", $"{string.Join(',', list)}|{string.Join(',', replaced)}|{string.Join(',', grown)}|{string.Join(',', other)}");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Replacing_outside_the_list_is_refused_naming_the_index_and_the_length(int index)
    {
        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => AppendList<int>.From([1, 2, 3]).SetItem(index, 0));
        Assert.Equal("index", e.ParamName);
        Assert.StartsWith("The list has 3 items.", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_index_where_a_sorted_test_passes_is_found_by_halving()
    {
        var list = AppendList<int>.From([1, 3, 5, 7]);
        Assert.Equal((-1, 1, 3), (list.LastIndexWhere(x => x < 1), list.LastIndexWhere(x => x <= 4), list.LastIndexWhere(_ => true)));
    }

    [Fact]
    public void An_index_outside_the_list_names_the_index()
        => Assert.Equal("index", Assert.Throws<System.ArgumentOutOfRangeException>(() => AppendList<int>.From([1])[1]).ParamName);

    [Fact]
    public void An_index_past_the_end_is_refused_naming_the_index_and_the_length()
    {
        var list = AppendList<int>.From([1, 2, 3]);
        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => list[3]);
        Assert.Equal("index", e.ParamName);
        Assert.StartsWith("The list has 3 items.", e.Message, System.StringComparison.Ordinal);
    }

    // The lists of 0 to length items 0, 1, 2…, each grown from the one before.
    private static AppendList<int>[] Chain(int length)
    {
        var chain = new AppendList<int>[length + 1];
        chain[0] = AppendList<int>.Empty;
        for (int i = 0; i < length; i++)
        {
            chain[i + 1] = chain[i].Add(i);
        }

        return chain;
    }
}

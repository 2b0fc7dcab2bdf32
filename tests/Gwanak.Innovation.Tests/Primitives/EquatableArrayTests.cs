using System.Collections.Immutable;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_the_same_items_in_the_same_order_are_equal_with_the_same_hash()
    {
        EquatableArray<string> a = ["kaccoc", "gwanak-gu-office"];
        var b = new EquatableArray<string>(ImmutableArray.Create("kaccoc", "gwanak-gu-office"));
        Assert.Equal((true, a.GetHashCode()), (a == b, b.GetHashCode()));
    }

    [Fact]
    public void Arrays_in_another_order_differ()
        => Assert.NotEqual<EquatableArray<int>>([1, 2], [2, 1]);

    [Fact]
    public void The_default_array_is_the_empty_array()
        => Assert.Equal((0, true), (default(EquatableArray<int>).Count, default(EquatableArray<int>) == EquatableArray<int>.Empty && EquatableArray.Create<int>([]) == default));

    [Fact]
    public void An_array_reads_as_its_items()
        => Assert.Equal("[1, 2]", new EquatableArray<int>([1, 2]).ToString());

    [Fact]
    public void Arrays_differ_when_their_items_or_their_order_differ()
    {
        EquatableArray<int> oneTwo = ImmutableArray.Create(1, 2);
        Assert.Equal(
            (false, true, true),
            (oneTwo != ImmutableArray.Create(1, 2), oneTwo != ImmutableArray.Create(2, 1), oneTwo != EquatableArray<int>.Empty));
    }
}

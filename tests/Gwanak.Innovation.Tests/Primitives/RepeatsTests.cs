using System;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>Finding an item given twice: pair by pair in a short list, through a set in a longer one, the same answer.</summary>
public sealed class RepeatsTests
{
    [Fact]
    public void The_first_repeat_is_found_in_lists_short_and_long_as_a_plain_search_finds_it()
        => Gen.Int[0, 12].Array[0, 2 * Repeats.Compared].Sample(items =>
            Assert.Equal(Enumerable.Range(0, items.Length).FirstOrDefault(i => Array.IndexOf(items, items[i]) < i, -1), Repeats.FirstRepeated<int>(items)));

    [Theory]
    [InlineData(new[] { "ko", "en", "KO" }, 2)]
    [InlineData(new[] { "ko", "en", "ja", "zh", "fr", "de", "es", "it", "pt", "EN" }, 9)]
    [InlineData(new[] { "ko", "en" }, -1)]
    public void A_comparer_decides_what_is_the_same(string[] items, int repeated)
        => Assert.Equal(repeated, Repeats.FirstRepeated<string>(items, StringComparer.OrdinalIgnoreCase));
}

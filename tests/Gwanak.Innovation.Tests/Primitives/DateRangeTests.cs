using System;
using CsCheck;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class DateRangeTests
{
    private static readonly DateRange Trip = new(new LocalDate(2023, 7, 5), new LocalDate(2023, 7, 13));

    [Fact]
    public void Both_ends_are_inside_the_range()
        => Assert.True(Trip.Contains(new LocalDate(2023, 7, 5)) && Trip.Contains(new LocalDate(2023, 7, 13)));

    [Fact]
    public void The_day_after_the_end_is_outside()
        => Assert.False(Trip.Contains(new LocalDate(2023, 7, 14)));

    [Fact]
    public void An_open_range_contains_every_later_day()
        => Assert.True(new DateRange(new LocalDate(2022, 1, 10)).Contains(new LocalDate(2099, 1, 1)));

    [Fact]
    public void Ranges_sharing_one_day_overlap()
        => Assert.True(Trip.Overlaps(new DateRange(new LocalDate(2023, 7, 13), new LocalDate(2023, 7, 24))));

    [Fact]
    public void Adjacent_ranges_do_not_overlap()
        => Assert.False(Trip.Overlaps(new DateRange(new LocalDate(2023, 7, 14))));

    [Fact]
    public void An_end_before_the_start_is_refused_naming_end()
        => Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => new DateRange(new LocalDate(2023, 7, 5), new LocalDate(2023, 7, 4))).ParamName);

    [Theory]
    [InlineData("2023-07-05/2023-07-13")]
    [InlineData("2022-01-10/..")]
    public void ToString_is_the_ISO_form(string text)
        => Assert.Equal(text, DateRange.Parse(text).ToString());

    [Theory]
    [InlineData("2023-07-05", "separated by '/'")]
    [InlineData("2023-13-05/..", "is not a first day")]
    [InlineData("2023-07-05/soon", "is not a last day")]
    [InlineData("2023-07-05/2023-07-01", "last day is before the first day")]
    [InlineData("", "empty")]
    public void Parse_says_which_part_is_wrong(string text, string reason)
        => Assert.Contains(reason, Assert.Throws<FormatException>(() => DateRange.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void TryParse_never_throws()
        => Assert.False(DateRange.TryParse(null, out _) || DateRange.TryParse("x/y/z", out _));

    [Fact]
    public void Parse_of_ToString_gives_the_same_range()
        => Gen.Select(Gen.Int[0, 40000], Gen.Int[-1, 4000]).Sample((start, length) =>
        {
            var s = new LocalDate(1990, 1, 1).PlusDays(start);
            var r = length < 0 ? new DateRange(s) : new DateRange(s, s.PlusDays(length));
            return DateRange.Parse(r.ToString()) == r;
        });

    [Fact]
    public void Overlap_is_symmetric_and_agrees_with_a_shared_day()
        => Gen.Select(Gen.Int[0, 60], Gen.Int[0, 20], Gen.Int[0, 60], Gen.Int[0, 20]).Sample((a, la, b, lb) =>
        {
            var origin = new LocalDate(2023, 1, 1);
            var x = new DateRange(origin.PlusDays(a), origin.PlusDays(a + la));
            var y = new DateRange(origin.PlusDays(b), origin.PlusDays(b + lb));
            bool shared = false;
            for (int d = 0; d <= 100; d++)
            {
                shared |= x.Contains(origin.PlusDays(d)) && y.Contains(origin.PlusDays(d));
            }

            return x.Overlaps(y) == y.Overlaps(x) && x.Overlaps(y) == shared;
        });

    [Fact]
    public void A_last_day_before_the_first_is_refused_with_both_days()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DateRange(new LocalDate(2023, 7, 13), new LocalDate(2023, 7, 5)));
        Assert.Equal("end", e.ParamName);
        Assert.StartsWith("The last day 2023-07-05 is before the first day 2023-07-13.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_a_range_before_its_first_day_is_refused_with_both_days()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Trip.EndingOn(new LocalDate(2023, 7, 4)));
        Assert.Equal("lastDay", e.ParamName);
        Assert.StartsWith("The last day 2023-07-04 is before the first day 2023-07-05.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_of_a_string_with_a_format_provider_reads_a_range_and_declines_text_that_is_none()
    {
        Assert.True(DateRange.TryParse("2023-07-05/2023-07-13", null, out var read));
        Assert.Equal(Trip, read);
        Assert.False(DateRange.TryParse("2023-07-13/2023-07-05", null, out _));
        Assert.False(DateRange.TryParse((string?)null, null, out _));
    }
}

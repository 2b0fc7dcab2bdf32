using System;
using CsCheck;
using Gwanak.Innovation.Primitives;
using NodaTime;
using NodaTime.Text;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>The Civil Code's counting of periods (민법 제157조, 제159조, 제160조), on the boundary days and as properties.</summary>
public sealed class CivilCodePeriodTests
{
    private static readonly Gen<LocalDate> Days = Gen.Int[0, 3 * 366].Select(d => new LocalDate(2023, 1, 1).PlusDays(d));

    [Theory]
    [InlineData("2026-02-11", 3, 0, "2026-05-10")] // the day before the corresponding day (Art. 160(2))
    [InlineData("2026-03-01", 1, 0, "2026-03-31")] // counted from the first of a month: to the month's end
    [InlineData("2026-01-31", 1, 0, "2026-02-28")] // no 31 February: the month's last day (Art. 160(3))
    [InlineData("2028-01-31", 1, 0, "2028-02-29")] // a leap year's February
    [InlineData("2028-01-30", 1, 0, "2028-02-29")] // the 30th has no corresponding day in February either
    [InlineData("2028-01-29", 1, 0, "2028-02-28")] // 29 February 2028 corresponds: the day before it
    [InlineData("2026-05-31", 1, 0, "2026-06-30")] // the 31st to a month of 30 days
    [InlineData("2024-02-29", 12, 0, "2025-02-28")] // a leap day to a year without one
    [InlineData("2024-02-28", 12, 0, "2025-02-27")]
    [InlineData("2026-02-11", 0, 0, "2026-02-10")] // no length: ends before it starts
    [InlineData("2026-12-03", 0, 3, "2026-12-05")] // three days: the first day and two more
    [InlineData("2026-01-31", 1, 5, "2026-03-05")] // a month to the end of February, then five days
    public void A_period_ends_on_the_day_the_Civil_Code_gives(string first, int months, int days, string last)
        => Assert.Equal(Day(last), CivilCodePeriod.LastDay(Day(first), months, days));

    [Fact]
    public void A_period_counted_from_a_notice_leaves_out_the_day_of_the_notice()
        => Assert.Equal(new LocalDate(2026, 5, 10), CivilCodePeriod.LastDayFrom(new LocalDate(2026, 2, 10), 3, 0, PeriodCounting.CivilCode));

    [Fact]
    public void A_period_whose_parties_count_the_day_of_the_notice_ends_a_day_sooner()
        => Assert.Equal(new LocalDate(2026, 5, 9), CivilCodePeriod.LastDayFrom(new LocalDate(2026, 2, 10), 3, 0, PeriodCounting.FirstDayIncluded));

    [Theory]
    [InlineData(PeriodCounting.CivilCode)]
    [InlineData(PeriodCounting.FirstDayIncluded)]
    public void A_period_of_no_length_counted_from_a_day_ends_with_that_day(PeriodCounting counting)
        => Assert.Equal(new LocalDate(2026, 2, 10), CivilCodePeriod.LastDayFrom(new LocalDate(2026, 2, 10), 0, 0, counting));

    [Fact]
    public void Months_end_on_the_day_before_the_corresponding_day_or_on_the_last_day_of_a_month_without_one()
        => Gen.Select(Days, Gen.Int[1, 40]).Sample((first, months) =>
        {
            // Art. 160(2) and (3) read directly: the month `months` on, then its day corresponding to the first day, if it has one.
            int monthIndex = (first.Year * 12) + first.Month - 1 + months;
            int year = monthIndex / 12, month = (monthIndex % 12) + 1;
            int length = CalendarSystem.Iso.GetDaysInMonth(year, month);
            LocalDate expected = first.Day <= length ? new LocalDate(year, month, first.Day).PlusDays(-1) : new LocalDate(year, month, length);
            Assert.Equal(expected, CivilCodePeriod.LastDay(first, months, 0));
        });

    [Fact]
    public void The_latest_day_ending_by_a_day_is_the_last_whose_period_fits()
        => Gen.Select(Days, Gen.Int[0, 14], Gen.Int[0, 40], Gen.Bool).Sample((lastDay, months, days, included) =>
        {
            var counting = included ? PeriodCounting.FirstDayIncluded : PeriodCounting.CivilCode;
            LocalDate latest = CivilCodePeriod.LatestDayEndingBy(lastDay, months, days, counting)!.Value;
            Assert.True(CivilCodePeriod.LastDayFrom(latest, months, days, counting) <= lastDay, $"the period from {latest} ends after {lastDay}");
            Assert.True(CivilCodePeriod.LastDayFrom(latest.PlusDays(1), months, days, counting) > lastDay, $"the period from {latest.PlusDays(1)} also ends by {lastDay}");
        });

    [Fact]
    public void The_end_of_a_period_never_moves_back_when_its_start_moves_on()
        => Gen.Select(Days, Gen.Int[0, 14], Gen.Int[0, 40], Gen.Bool).Sample((day, months, days, included) =>
        {
            var counting = included ? PeriodCounting.FirstDayIncluded : PeriodCounting.CivilCode;
            Assert.True(CivilCodePeriod.LastDayFrom(day, months, days, counting) <= CivilCodePeriod.LastDayFrom(day.PlusDays(1), months, days, counting));
        });

    [Fact]
    public void The_first_start_after_a_day_is_the_one_a_walk_along_the_chain_finds()
        => Gen.Select(Days, Gen.Int[0, 14], Gen.Int[0, 40], Gen.Int[-40, 3000]).Sample((start, months, days, offset) =>
        {
            if (months == 0 && days == 0)
            {
                days = 1;
            }

            LocalDate date = start.PlusDays(offset);
            LocalDate walked = start;
            while (walked <= date)
            {
                walked = CivilCodePeriod.NextStart(walked, months, days)!.Value;
            }

            Assert.Equal(walked, CivilCodePeriod.FirstStartAfter(start, months, days, date));
        });

    [Fact]
    public void Across_the_whole_calendar_the_last_day_is_the_one_NodaTime_counts_or_null_beyond_it()
        => Gen.Select(Gen.Int[0, Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)], Gen.OneOf(Gen.Int[0, 24], Gen.Int[0, 250_000], Gen.Const(int.MaxValue)), Gen.OneOf(Gen.Int[0, 40], Gen.Int[0, 8_000_000], Gen.Const(int.MaxValue)))
            .Sample((offset, months, days) =>
            {
                var first = LocalDate.MinIsoValue.PlusDays(offset);
                LocalDate? expected;
                try
                {
                    var afterMonths = first.PlusMonths(months);
                    expected = months != 0 && afterMonths.Day != first.Day ? afterMonths.PlusDays(days) : afterMonths.PlusDays(days).PlusDays(-1);
                }
                catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
                {
                    // NodaTime cannot count to the corresponding day; only 10000-01-01 has a last day before it inside the calendar.
                    expected = first.Day == 1 && days == 0 && ((first.Year * 12L) + first.Month - 1 + months) == (10_000 * 12L) ? LocalDate.MaxIsoValue : null;
                }

                Assert.Equal(expected, CivilCodePeriod.LastDay(first, months, days));
            });

    [Fact]
    public void Near_the_end_of_the_calendar_the_chain_of_periods_ends_with_null()
        => Gen.Select(Gen.Int[1, 3_000], Gen.Int[0, 14], Gen.Int[0, 40], Gen.Int[0, 3_000]).Sample((before, months, days, offset) =>
        {
            days = months == 0 && days == 0 ? 1 : days;
            LocalDate start = LocalDate.MaxIsoValue.PlusDays(-before);
            LocalDate date = start.PlusDays(Math.Min(offset, before));
            LocalDate? walked = start;
            while (walked is { } w && w <= date)
            {
                walked = CivilCodePeriod.NextStart(w, months, days);
            }

            Assert.Equal(walked, CivilCodePeriod.FirstStartAfter(start, months, days, date));
        });

    [Theory]
    [InlineData("P-1D")]
    [InlineData("PT1H")]
    public void A_period_with_a_time_of_day_or_a_negative_unit_is_refused_naming_it(string text)
        => Assert.Equal("threshold", Assert.Throws<ArgumentException>(() => CivilCodePeriod.RequireDatePeriod(PeriodPattern.Roundtrip.Parse(text).Value, "threshold", positive: false)).ParamName);

    private static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void A_chain_without_length_that_starts_on_the_calendars_first_day_starts_there()
        => Assert.Equal(LocalDate.MinIsoValue, CivilCodePeriod.FirstStartAfter(LocalDate.MinIsoValue, 0, 0, new LocalDate(2023, 1, 1)));

    [Fact]
    public void A_period_with_a_time_of_day_unit_is_refused_naming_the_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => CivilCodePeriod.RequireDatePeriod(Period.FromHours(1), "term", positive: true));
        Assert.Equal("term", e.ParamName);
        Assert.StartsWith("The period PT1H has a time-of-day unit; use years, months, weeks and days only.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_period_where_one_must_be_longer_is_refused_naming_the_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => CivilCodePeriod.RequireDatePeriod(Period.Zero, "term", positive: true));
        Assert.Equal("term", e.ParamName);
        Assert.StartsWith("The period must be longer than zero.", e.Message, StringComparison.Ordinal);
    }
}

using System;
using CsCheck;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// At the ends of the decimal range and of the calendar, the library answers with a rule id or an argument error naming
/// the parameter, never an <see cref="OverflowException"/> or a NodaTime error; the Try… forms report.
/// </summary>
public sealed class BoundsTests
{
    private static readonly OrganizationId Office = new("gwanak-gu-office");
    private static readonly OrganizationId Bank = new("partner-bank");
    private static readonly Place Seoul = Place.Of("서울", "Seoul", "KR", "Asia/Seoul");
    private static readonly Place Busan = Place.Of("부산", "Busan", "KR", "Asia/Seoul");

    private static Fund FundOf(decimal target, LocalDate established, Period term)
        => Fund.Create(new FundId("fund"), established, LocalizedText.Create("펀드", "Fund"), Office, Money.Won(target), term);

    [Fact]
    public void Adding_subtracting_or_multiplying_amounts_gives_the_exact_result_or_MON_002()
        => Gen.Select(Gen.Decimal, Gen.Decimal).Sample((a, b) =>
        {
            decimal x = decimal.Round(a), y = decimal.Round(b);
            Check(() => Money.Won(x) + Money.Won(y), () => x + y);
            Check(() => Money.Won(x) - Money.Won(y), () => x - y);
            Check(() => Money.Won(x).MultiplyBy(y, MidpointRounding.ToEven), () => decimal.Round(x * y));
        });

    [Fact]
    public void The_largest_amount_plus_one_won_is_MON_002()
        => Assert.Equal(MoneyRules.AmountOutOfRange, Assert.Throws<DomainRuleException>(() => Money.Won(decimal.MaxValue) + Money.Won(1)).RuleId);

    [Fact]
    public void A_sum_beyond_the_largest_amount_is_MON_002()
        => Assert.Equal(MoneyRules.AmountOutOfRange, Assert.Throws<DomainRuleException>(() => Money.Sum([Money.Won(decimal.MaxValue), Money.Won(decimal.MaxValue)], Currency.Krw)).RuleId);

    [Fact]
    public void Commitments_summing_past_the_largest_amount_are_refused_as_beyond_the_target_size_in_every_form()
    {
        var fund = FundOf(decimal.MaxValue, new LocalDate(2021, 1, 4), Period.FromYears(8)).Commit(new LocalDate(2021, 1, 5), Office, Money.Won(decimal.MaxValue));
        var (date, amount) = (new LocalDate(2021, 1, 6), Money.Won(1));
        var decision = TransitionForms.Agree(() => fund.CanCommit(date, Bank, amount), () => fund.TryCommit(date, Bank, amount), () => fund.Commit(date, Bank, amount));
        Assert.Equal(FundRules.CommitmentsExceedTarget, decision.Refusal?.RuleId);
    }

    [Fact]
    public void Exit_proceeds_summing_past_the_largest_amount_are_MON_002_in_every_form()
    {
        var company = Brn(1);
        var fund = FundOf(1_000, new LocalDate(2021, 1, 4), Period.FromYears(8))
            .Commit(new LocalDate(2021, 1, 5), Office, Money.Won(1_000))
            .Invest(new LocalDate(2021, 1, 6), company, Money.Won(1_000))
            .Exit(new LocalDate(2021, 1, 7), company, Money.Won(1), Money.Won(decimal.MaxValue));
        var (date, cost, proceeds) = (new LocalDate(2021, 1, 8), Money.Won(1), Money.Won(1));
        var decision = TransitionForms.Agree(() => fund.CanExit(date, company, cost, proceeds), () => fund.TryExit(date, company, cost, proceeds), () => fund.Exit(date, company, cost, proceeds));
        Assert.Equal(MoneyRules.AmountOutOfRange, decision.Refusal?.RuleId);
    }

    [Fact]
    public void A_term_ending_beyond_the_calendar_is_refused_naming_the_term()
        => Assert.Equal("term", Assert.Throws<ArgumentOutOfRangeException>(() => FundOf(1, new LocalDate(9999, 1, 1), Period.FromYears(8))).ParamName);

    [Fact]
    public void An_extension_by_thousands_of_years_is_CAL_001_in_every_form()
    {
        var fund = FundOf(1, new LocalDate(2021, 1, 4), Period.FromYears(8));
        var date = new LocalDate(2022, 1, 4);
        foreach (var extension in new[] { Period.FromYears(9000), Period.FromYears(int.MaxValue), Period.FromDays(int.MaxValue) })
        {
            var decision = TransitionForms.Agree(() => fund.CanExtendTerm(date, extension), () => fund.TryExtendTerm(date, extension), () => fund.ExtendTerm(date, extension));
            Assert.Equal(CalendarRules.DateBeyondCalendar, decision.Refusal?.RuleId);
        }
    }

    [Fact]
    public void Any_term_from_any_day_founds_a_fund_or_is_refused_naming_the_term()
        => Gen.Select(Gen.Int[0, Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)], Gen.Int[0, 30_000], Gen.Int[0, 400]).Sample((day, years, days) =>
        {
            var established = LocalDate.MinIsoValue.PlusDays(day);
            var term = years + days == 0 ? Period.FromDays(1) : Period.FromYears(years) + Period.FromDays(days);
            try
            {
                return FundOf(1, established, term).TermDays.End >= established;
            }
            catch (ArgumentOutOfRangeException e)
            {
                return e.ParamName == "term";
            }
        });

    [Fact]
    public void A_stay_of_int_MaxValue_nights_is_refused_naming_the_nights()
        => Assert.Equal("nights", Assert.Throws<ArgumentOutOfRangeException>(() => new Stay(Busan, LocalizedText.Create("호텔", "Hotel"), new LocalDate(2023, 7, 5), int.MaxValue)).ParamName);

    [Fact]
    public void Any_stay_checks_out_inside_the_calendar_or_is_refused_naming_the_nights()
        => Gen.Select(Gen.Int[0, Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)], Gen.Int[1, int.MaxValue]).Sample((day, nights) =>
        {
            var first = LocalDate.MinIsoValue.PlusDays(day);
            try
            {
                return new Stay(Busan, LocalizedText.Create("호텔", "Hotel"), first, nights).CheckOut > first;
            }
            catch (ArgumentOutOfRangeException e)
            {
                return e.ParamName == "nights";
            }
        });

    [Fact]
    public void A_leg_at_the_ends_of_the_calendar_is_refused_naming_the_time()
    {
        var first = LocalDate.MinIsoValue.PlusDays(1).AtMidnight().InZoneLeniently(Seoul.Zone);
        var last = LocalDate.MaxIsoValue.At(new LocalTime(23, 0)).InZoneLeniently(Busan.Zone);
        var middle = new LocalDateTime(2023, 7, 5, 9, 0).InZoneStrictly(Seoul.Zone);
        Assert.Equal(("departure", "arrival"), (
            Assert.Throws<ArgumentOutOfRangeException>(() => new TravelLeg(TravelMode.Ground, Seoul, Busan, first, middle)).ParamName,
            Assert.Throws<ArgumentOutOfRangeException>(() => new TravelLeg(TravelMode.Ground, Seoul, Busan, middle, last)).ParamName));
    }

    [Fact]
    public void Legs_spanning_the_whole_calendar_make_an_itinerary_and_TryCreate_reports_a_broken_rule_without_throwing()
    {
        var out_ = new TravelLeg(TravelMode.Ground, Seoul, Busan, LocalDate.MinIsoValue.PlusDays(3).AtMidnight().InZoneLeniently(Seoul.Zone), LocalDate.MaxIsoValue.PlusDays(-3).AtMidnight().InZoneLeniently(Busan.Zone));
        var back = new TravelLeg(TravelMode.Ground, Busan, Seoul, LocalDate.MaxIsoValue.PlusDays(-3).At(new LocalTime(12, 0)).InZoneLeniently(Busan.Zone), LocalDate.MaxIsoValue.PlusDays(-2).At(new LocalTime(9, 0)).InZoneLeniently(Seoul.Zone));
        var lastNight = new Stay(Busan, LocalizedText.Create("호텔", "Hotel"), LocalDate.MaxIsoValue.PlusDays(-3), 2);
        var decision = Itinerary.TryCreate([out_, back], [lastNight]);
        Assert.Equal(TripRules.StayOutsideTimeAtPlace, decision.Refusal?.RuleId);
        Assert.Equal(Period.DaysBetween(LocalDate.MinIsoValue.PlusDays(3), LocalDate.MaxIsoValue.PlusDays(-2)) + 1, Itinerary.TryCreate([out_, back]).Value.Length.Days);
    }

    private static void Check(Func<Money> act, Func<decimal> exact)
    {
        decimal? expected;
        try
        {
            expected = exact();
        }
        catch (OverflowException)
        {
            expected = null;
        }

        if (expected is { } value)
        {
            Assert.Equal(Money.Won(value), act());
        }
        else
        {
            Assert.Equal(MoneyRules.AmountOutOfRange, Assert.Throws<DomainRuleException>(() => act()).RuleId);
        }
    }
}

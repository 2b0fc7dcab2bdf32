using System;
using CsCheck;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
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
        foreach (var extension in new[] { Period.FromYears(9000), Period.FromYears(int.MaxValue), Period.FromMonths(int.MaxValue), Period.FromDays(int.MaxValue), Period.FromWeeks(int.MaxValue) + Period.FromDays(int.MaxValue) })
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
    public void Any_extension_of_any_term_from_any_day_makes_the_term_end_later_within_the_calendar_or_is_CAL_001()
        => Gen.Select(
                Gen.Select(Gen.OneOf(Gen.Int[0, 800], Gen.Int[0, CalendarDays], Gen.Int[CalendarDays - 800, CalendarDays]), Gen.Int[0, 130_000], Gen.Int[0, 400]),
                Gen.Select(Gen.Int[0, 130_000], Gen.Int[0, 400]))
            .Sample((fundDays, extensionDays) =>
            {
                var (day, termMonths, termDays) = fundDays;
                var (extensionMonths, extensionDay) = extensionDays;
                var established = LocalDate.MinIsoValue.PlusDays(day);
                var term = termMonths + termDays == 0 ? Period.FromDays(1) : Period.FromMonths(termMonths) + Period.FromDays(termDays);
                var extension = extensionMonths + extensionDay == 0 ? Period.FromDays(1) : Period.FromMonths(extensionMonths) + Period.FromDays(extensionDay);
                Fund fund;
                try
                {
                    fund = FundOf(1, established, term);
                }
                catch (ArgumentOutOfRangeException e)
                {
                    return e.ParamName == "term";
                }

                var decision = TransitionForms.Agree(() => fund.CanExtendTerm(established, extension), () => fund.TryExtendTerm(established, extension), () => fund.ExtendTerm(established, extension));
                _ = (fund.CommittedOn(LocalDate.MinIsoValue), fund.CommittedOn(LocalDate.MaxIsoValue), fund.CanCommit(LocalDate.MaxIsoValue, Office, Money.Won(1)), fund.CanInvest(LocalDate.MaxIsoValue, Brn(1), Money.Won(1)));
                return decision.TryGetValue(out var extended)
                    ? extended.TermDays.Start == established && extended.TermDays.End > fund.TermDays.End && extended.Term == term + extension
                    : decision.Refusal!.RuleId == CalendarRules.DateBeyondCalendar;
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

    private static readonly OrganizationId[] Parties = [Office, Bank];
    private static readonly LocalizedText Purpose = LocalizedText.Create("상호협력", "Mutual cooperation");
    private static readonly PersonName Signatory = PersonName.Create("서명자", "Signatory");

    private static Agreement Draft(LocalDate drafted, AgreementTerms terms)
        => Agreement.Create(new AgreementId("mou"), drafted, AgreementKind.MemorandumOfUnderstanding, Purpose, Parties, [], AgreementBinding.NonBinding, terms);

    private static Signature SignatureOf(OrganizationId party, LocalDate day) => new(party, Signatory, day.At(new LocalTime(10, 0)).InZoneLeniently(Seoul.Zone));

    /// <summary>Negotiated and signed by the first party on the day; the last signature in its three forms.</summary>
    private static Decision<Agreement> SignByAll(Agreement draft, LocalDate day)
    {
        var opened = draft.StartNegotiation(day).Sign(SignatureOf(Office, day));
        var last = SignatureOf(Bank, day);
        return TransitionForms.Agree(() => opened.CanSign(last), () => opened.TrySign(last), () => opened.Sign(last));
    }

    // From 2023-07-11 for two years, renewing itself by a year unless three months' notice is given: every term ends on 07-10.
    private static Agreement Renewing()
        => SignByAll(Draft(new LocalDate(2023, 7, 1), new AgreementTerms(new LocalDate(2023, 7, 11), Period.FromYears(2), Period.FromMonths(3), Period.FromYears(1))), new LocalDate(2023, 7, 5)).Value;

    [Fact]
    public void Terms_from_a_day_whose_term_ends_beyond_the_calendar_are_refused_naming_the_term()
    {
        Assert.Equal(
            ("term", "term", "term"),
            (Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementTerms(new LocalDate(9999, 1, 2), Period.FromYears(1), Period.Zero)).ParamName,
             Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementTerms(LocalDate.MaxIsoValue, Period.FromDays(2), Period.Zero)).ParamName,
             Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementTerms(new LocalDate(2023, 7, 11), Period.FromYears(int.MaxValue), Period.Zero)).ParamName));
        Assert.Equal(LocalDate.MaxIsoValue, new AgreementTerms(new LocalDate(9999, 1, 1), Period.FromMonths(12), Period.Zero).InitialExpiryDate);
    }

    [Fact]
    public void Renewing_by_thousands_of_years_or_int_MaxValue_days_is_CAL_001_in_every_form()
    {
        var agreement = Renewing();
        var date = new LocalDate(2024, 1, 2);
        foreach (var extension in new[] { Period.FromYears(8000), Period.FromYears(int.MaxValue), Period.FromMonths(int.MaxValue), Period.FromWeeks(int.MaxValue), Period.FromDays(int.MaxValue) })
        {
            var decision = TransitionForms.Agree(() => agreement.CanRenew(date, extension), () => agreement.TryRenew(date, extension), () => agreement.Renew(date, extension));
            Assert.Equal(CalendarRules.DateBeyondCalendar, decision.Refusal?.RuleId);
        }

        Assert.Equal(new LocalDate(9999, 7, 10), agreement.Renew(date, Period.FromYears(7974)).ExpiryDateOn(date));
    }

    [Fact]
    public void A_term_from_signing_that_would_end_beyond_the_calendar_is_CAL_001_at_the_last_signature()
    {
        Assert.Equal(CalendarRules.DateBeyondCalendar, SignByAll(Draft(new LocalDate(2023, 7, 1), AgreementTerms.FromSigning(Period.FromYears(8000), Period.Zero)), new LocalDate(2023, 7, 5)).Refusal?.RuleId);
        Assert.Equal(CalendarRules.DateBeyondCalendar, SignByAll(Draft(LocalDate.MaxIsoValue, AgreementTerms.FromSigning(Period.FromDays(1), Period.Zero)), LocalDate.MaxIsoValue).Refusal?.RuleId);
        var lastDay = SignByAll(Draft(LocalDate.MaxIsoValue, AgreementTerms.FromSigning(Period.FromDays(1), Period.Zero, counting: PeriodCounting.FirstDayIncluded)), LocalDate.MaxIsoValue).Value;
        Assert.Equal((AgreementStatus.InForce, (LocalDate?)LocalDate.MaxIsoValue), (lastDay.StatusOn(LocalDate.MaxIsoValue), lastDay.ExpiryDateOn(LocalDate.MaxIsoValue)));
    }

    [Fact]
    public void An_agreement_renewing_itself_answers_every_question_through_the_last_day_of_the_calendar()
    {
        var agreement = Renewing();
        for (var day = new LocalDate(9999, 1, 1); day < LocalDate.MaxIsoValue; day = day.PlusDays(1))
        {
            Assert.Equal(AgreementStatus.InForce, agreement.StatusOn(day));
            Assert.True(agreement.IsInForceOn(day));
            bool lastTermInCalendar = day < new LocalDate(9999, 7, 11);
            Assert.Equal(lastTermInCalendar ? new LocalDate(9999, 7, 10) : null, agreement.ExpiryDateOn(day));
            Assert.Equal(lastTermInCalendar ? new LocalDate(9999, 7, 11) : null, agreement.NextRenewalDateOn(day));
            Assert.Equal(day <= new LocalDate(9999, 4, 10) ? new RenewalNoticeDeadline?(agreement.NextRenewalNoticeDeadlineOn(new LocalDate(9999, 1, 1))!.Value) : null, agreement.NextRenewalNoticeDeadlineOn(day));
        }

        var deadline = agreement.NextRenewalNoticeDeadlineOn(new LocalDate(9999, 1, 1))!.Value;
        var schedule = agreement.RenewalSchedule()!;
        Assert.Equal(
            (new LocalDate(9999, 4, 10), new LocalDate(9999, 7, 11), AgreementStatus.InForce, (LocalDate?)null, (LocalDate?)null, (RenewalNoticeDeadline?)null),
            (deadline.Deadline, deadline.RenewalDate, agreement.StatusOn(LocalDate.MaxIsoValue), agreement.ExpiryDateOn(LocalDate.MaxIsoValue), schedule.NextRenewalAfter(new LocalDate(9999, 7, 11)), schedule.NextNoticeDeadlineOn(new LocalDate(9999, 4, 11))));
        Assert.Equal([deadline], schedule.NoticeDeadlinesWithin(new LocalDate(9998, 7, 1), LocalDate.MaxIsoValue));
        Assert.Equal([deadline], new AgreementPortfolio([agreement]).RenewalNoticeDeadlinesWithin(new LocalDate(9999, 1, 1), LocalDate.MaxIsoValue));
    }

    [Fact]
    public void Notice_whose_effect_falls_beyond_the_calendar_is_CAL_001_in_every_form()
    {
        var agreement = Renewing();
        var (late, lastMonth) = (new LocalDate(9999, 8, 1), new LocalDate(9999, 12, 1));
        var renewal = Period.FromMonths(6);
        var refusals = new[]
        {
            TransitionForms.Agree(() => agreement.CanGiveNonRenewalNotice(late, Bank), () => agreement.TryGiveNonRenewalNotice(late, Bank), () => agreement.GiveNonRenewalNotice(late, Bank)).Refusal?.RuleId,
            TransitionForms.Agree(() => agreement.CanGiveTerminationNotice(lastMonth, Bank), () => agreement.TryGiveTerminationNotice(lastMonth, Bank), () => agreement.GiveTerminationNotice(lastMonth, Bank)).Refusal?.RuleId,
            TransitionForms.Agree(() => agreement.CanAmend(late, Purpose, agreement.Terms.WithAutomaticRenewal(renewal), []), () => agreement.TryAmend(late, Purpose, agreement.Terms.WithAutomaticRenewal(renewal), []), () => agreement.Amend(late, Purpose, agreement.Terms.WithAutomaticRenewal(renewal), [])).Refusal?.RuleId,
            TransitionForms.Agree(() => agreement.CanRenew(late, Period.FromDays(1)), () => agreement.TryRenew(late, Period.FromDays(1)), () => agreement.Renew(late, Period.FromDays(1))).Refusal?.RuleId,
        };
        Assert.All(refusals, id => Assert.Equal(CalendarRules.DateBeyondCalendar, id));

        var stopped = agreement.GiveNonRenewalNotice(new LocalDate(9999, 4, 10), Bank);
        Assert.Equal((new LocalDate(9999, 7, 11), AgreementStatus.Expired), (stopped.NonRenewalEffectiveOn, stopped.StatusOn(LocalDate.MaxIsoValue)));
    }

    [Fact]
    public void Any_agreement_answers_every_question_on_any_day_and_refuses_what_would_leave_the_calendar_with_a_rule()
        => Gen.Select(
                Gen.Select(Gen.Int[0, Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)], Gen.Int[-1, 400], Gen.Int[0, 130_000], Gen.Int[0, 400]),
                Gen.Select(Gen.Int[-1, 30_000], Gen.Int[0, 40], Gen.Bool, Gen.Int[0, 4_000]),
                Gen.Select(Gen.Int[0, 4_000], Gen.Int[0, 9_000]))
            .Sample((dates, periods, later) =>
            {
                var (drafted, start, termMonths, termDays) = dates;
                var (renewal, notice, firstDayIncluded, signAfter) = periods;
                var (askAfter, renewYears) = later;
                var draftedOn = LocalDate.MinIsoValue.PlusDays(drafted);
                AgreementTerms terms;
                try
                {
                    terms = new AgreementTerms(
                        start < 0 || Period.DaysBetween(draftedOn, LocalDate.MaxIsoValue) < start ? null : draftedOn.PlusDays(start),
                        termMonths + termDays == 0 ? Period.FromDays(1) : Period.FromMonths(termMonths) + Period.FromDays(termDays),
                        Period.FromMonths(notice),
                        renewal switch { < 0 => null, 0 => Period.FromWeeks(6), _ => Period.FromMonths(renewal) },
                        firstDayIncluded ? PeriodCounting.FirstDayIncluded : PeriodCounting.CivilCode);
                }
                catch (ArgumentOutOfRangeException e)
                {
                    return e.ParamName == "term";
                }

                var signedOn = Later(draftedOn, signAfter);
                var signed = SignByAll(Draft(draftedOn, terms), signedOn);
                if (!signed.TryGetValue(out var agreement))
                {
                    return signed.Refusal!.RuleId == CalendarRules.DateBeyondCalendar;
                }

                var asked = Later(signedOn, askAfter);
                var steps = new Func<Agreement, Decision<Agreement>>[]
                {
                    a => a.TryRenew(asked, Period.FromYears(renewYears + 1)),
                    a => a.TryGiveNonRenewalNotice(asked, Office),
                    a => a.TryGiveTerminationNotice(asked, Bank),
                };
                foreach (var step in steps)
                {
                    var after = step(agreement);
                    var a = after.TryGetValue(out var next) ? next : agreement;
                    _ = (a.StatusOn(asked), a.ExpiryDateOn(asked), a.NextRenewalDateOn(asked), a.NextRenewalNoticeDeadlineOn(asked), a.StatusChanges(), a.Timeline(), a.RenewalSchedule()?.NoticeDeadlinesWithin(asked, Later(asked, 800)));
                    _ = (a.StatusOn(LocalDate.MaxIsoValue), a.ExpiryDateOn(LocalDate.MaxIsoValue), a.NextRenewalDateOn(LocalDate.MaxIsoValue), a.NextRenewalNoticeDeadlineOn(LocalDate.MaxIsoValue));
                }

                return true;
            });

    [Fact]
    public void Any_SME_confirmation_under_any_policy_holds_on_days_of_the_calendar_or_on_none()
        => Gen.Select(
                Gen.Select(Gen.OneOf(Gen.Int[0, 800], Gen.Int[0, CalendarDays], Gen.Int[CalendarDays - 800, CalendarDays]), Gen.Int[-400, 365], Gen.Bool),
                Gen.Select(Gen.Int[0, 130_000], Gen.Int[0, 400], Gen.Int[0, 130_000], Gen.Int[0, 400]))
            .Sample((confirmation, policy) =>
            {
                var (issued, yearEndAfter, registeredSme) = confirmation;
                var (delayMonths, delayDays, validityMonths, validityDays) = policy;
                var confirmedOn = LocalDate.MinIsoValue.PlusDays(issued);
                var fiscalYearEnd = confirmedOn.PlusDays(Math.Clamp(yearEndAfter, Period.DaysBetween(confirmedOn, LocalDate.MinIsoValue), Period.DaysBetween(confirmedOn, LocalDate.MaxIsoValue)));
                var validity = validityMonths + validityDays == 0 ? Period.FromDays(1) : Period.FromMonths(validityMonths) + Period.FromDays(validityDays);
                var rules = new SmeConfirmationPolicy([(fiscalYearEnd, Period.FromMonths(delayMonths) + Period.FromDays(delayDays), validity)]);
                var sme = new SmeConfirmation(confirmedOn, fiscalYearEnd);
                var company = VentureCompany.Create(Brn(3), confirmedOn, LocalizedText.Of("en", "A start-up"), Bongcheon, [], 2, registeredSme).ConfirmSme(sme);
                _ = (company.IsSmallOrMediumEnterpriseOn(LocalDate.MinIsoValue, rules), company.IsSmallOrMediumEnterpriseOn(LocalDate.MaxIsoValue, rules), company.SmeConfirmationOn(LocalDate.MaxIsoValue, rules));
                return rules.ValidDays(sme) is not { } days
                    ? fiscalYearEnd < confirmedOn
                    : days.Start >= confirmedOn && (fiscalYearEnd < confirmedOn || days.Start == confirmedOn) && company.IsSmallOrMediumEnterpriseOn(days.Start, rules)
                        && rules.FoundingStatusDays(confirmedOn).Start == confirmedOn;
            });

    [Fact]
    public void Any_venture_confirmation_under_a_policy_whose_row_starts_on_any_day_is_valid_from_its_issue_day_through_a_day_of_the_calendar()
        => Gen.Select(Gen.OneOf(Gen.Int[0, 800], Gen.Int[0, CalendarDays], Gen.Int[CalendarDays - 800, CalendarDays]), Gen.Int[0, 130_000], Gen.Int[0, 3], Gen.Int[0, 400])
            .Sample((issued, months, weeks, days) =>
            {
                var issuedOn = LocalDate.MinIsoValue.PlusDays(issued);
                var validity = months + weeks + days == 0 ? Period.FromDays(1) : Period.FromMonths(months) + Period.FromWeeks(weeks) + Period.FromDays(days);
                var policy = new VentureConfirmationPolicy([(issuedOn, validity)]);
                var confirmation = new VentureConfirmation(VentureConfirmationType.Investment, issuedOn);
                var company = VentureCompany.Create(Brn(3), issuedOn, LocalizedText.Of("en", "A start-up"), Bongcheon, [], 2).Confirm(confirmation);
                var valid = policy.ValidDays(confirmation);
                return valid.Start == issuedOn && valid.End >= issuedOn
                    && company.IsConfirmedVentureOn(issuedOn, policy) && company.IsConfirmedVentureOn(LocalDate.MaxIsoValue, policy) == (valid.End == LocalDate.MaxIsoValue)
                    && company.IsConfirmedVentureOn(LocalDate.MinIsoValue, policy) == (issuedOn == LocalDate.MinIsoValue);
            });

    private static readonly int CalendarDays = Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

    private static LocalDate Later(LocalDate day, int days) => day.PlusDays(Math.Min(days, Period.DaysBetween(day, LocalDate.MaxIsoValue)));

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

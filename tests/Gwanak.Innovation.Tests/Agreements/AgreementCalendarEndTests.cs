using System;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

/// <summary>
/// Agreements near 9999-12-31, the last day of the calendar the library counts in: a step whose dates would leave it is
/// refused (<see cref="CalendarRules.DateBeyondCalendar"/>), saying what was tried and why it leaves the calendar.
/// </summary>
public sealed class AgreementCalendarEndTests
{
    private const string CalendarEnd = " after 9999-12-31, the end of the calendar the library counts in. Dates the model counts stay within it.";

    private static readonly LocalizedText Summary = LocalizedText.Create("조건 변경", "Terms changed");

    private static Agreement Drafted(LocalDate day, AgreementTerms terms)
        => Agreement.Create(new AgreementId("test-mou"), day, AgreementKind.MemorandumOfUnderstanding, LocalizedText.Create("목적", "Purpose"), [GwanakOffice, Kaccoc], [], AgreementBinding.NonBinding, terms)
            .StartNegotiation(day.PlusDays(1))
            .Sign(new Signature(GwanakOffice, Mayor, day.PlusDays(2).At(new LocalTime(10, 0)).InZoneStrictly(Seoul)));

    private static Agreement Signed(LocalDate day, AgreementTerms terms)
        => Drafted(day, terms).Sign(new Signature(Kaccoc, Mayor, day.PlusDays(3).At(new LocalTime(10, 0)).InZoneStrictly(Seoul)));

    /// <summary>From 9998-03-01 for a year, renewing yearly: the first term ends on 9999-02-28, the renewed one would end in 10000.</summary>
    private static Agreement RenewingIntoTheLastYear()
        => Signed(new LocalDate(9997, 12, 1), new AgreementTerms(new LocalDate(9998, 3, 1), Period.FromYears(1), Period.FromMonths(1), Period.FromYears(1)));

    /// <summary>From 9999-01-01 for six months with a year's notice.</summary>
    private static Agreement SixMonthsInTheLastYear()
        => Signed(new LocalDate(9998, 12, 1), new AgreementTerms(new LocalDate(9999, 1, 1), Period.FromMonths(6), Period.FromYears(1)));

    private static Refusal RefusalOf<T>(Decision<T> decision)
        where T : class
        => Assert.IsType<Refusal>(decision.Refusal);

    [Fact]
    public void A_fixed_term_ending_after_the_calendar_is_refused_naming_it()
        => Assert.StartsWith(
            "The term P2Y from 9999-01-01 ends after 9999-12-31, the end of the calendar the library counts in.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementTerms(new LocalDate(9999, 1, 1), Period.FromYears(2), Period.FromMonths(1))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void The_last_signature_of_a_term_from_signing_that_would_leave_the_calendar_is_refused()
    {
        var refusal = RefusalOf(Drafted(new LocalDate(9998, 6, 1), AgreementTerms.FromSigning(Period.FromYears(2), Period.FromMonths(1)))
            .TrySign(new Signature(Kaccoc, Mayor, new LocalDateTime(9998, 6, 4, 10, 0).InZoneStrictly(Seoul))));
        Assert.Equal(
            (CalendarRules.DateBeyondCalendar, "Cannot record the last signature, of kaccoc, on test-mou on 9998-06-04: its term of P2Y from signing would end" + CalendarEnd),
            (refusal.RuleId, refusal.Message));
    }

    [Fact]
    public void Termination_notice_whose_period_would_run_past_the_calendar_is_refused()
        => Assert.Equal(
            "Cannot give termination notice on test-mou on 9999-03-01: with P1Y notice it would be terminated from a day" + CalendarEnd,
            RefusalOf(SixMonthsInTheLastYear().TryGiveTerminationNotice(new LocalDate(9999, 3, 1), Kaccoc)).Message);

    [Fact]
    public void A_renewal_past_the_calendar_names_the_end_of_the_running_term()
        => Assert.Equal(
            "Cannot renew test-mou on 9999-03-01 by P1Y: the term running then ends on 9999-06-30, and the extended term would end" + CalendarEnd,
            RefusalOf(SixMonthsInTheLastYear().TryRenew(new LocalDate(9999, 3, 1), Period.FromYears(1))).Message);

    [Fact]
    public void A_renewal_of_a_term_already_running_past_the_calendar_says_it_ends_after_it()
        => Assert.Equal(
            "Cannot renew test-mou on 9999-03-15 by P1Y: the term running then ends after 9999-12-31, and the extended term would end" + CalendarEnd,
            RefusalOf(RenewingIntoTheLastYear().TryRenew(new LocalDate(9999, 3, 15), Period.FromYears(1))).Message);

    [Fact]
    public void Notice_of_non_renewal_in_a_term_running_past_the_calendar_is_refused()
        => Assert.Equal(
            "Cannot give notice of non-renewal on test-mou on 9999-03-15: the term running then ends on the calendar's last day or later, so the renewal the notice would stop falls" + CalendarEnd,
            RefusalOf(RenewingIntoTheLastYear().TryGiveNonRenewalNotice(new LocalDate(9999, 3, 15), Kaccoc)).Message);

    [Fact]
    public void Late_notice_of_non_renewal_before_a_next_term_beyond_the_calendar_leaves_only_termination_notice()
        => Assert.Equal(
            "Cannot take notice of non-renewal from kaccoc on test-mou on 9999-02-10: the term running ends on 9999-02-28, and with P1M notice the last day to stop its renewal on 9999-03-01 was 9999-01-31. The next term ends after 9999-12-31, the end of the calendar the library counts in, so only termination notice ends it.",
            RefusalOf(RenewingIntoTheLastYear().TryGiveNonRenewalNotice(new LocalDate(9999, 2, 10), Kaccoc)).Message);

    [Fact]
    public void Changing_the_renewal_period_in_a_term_running_past_the_calendar_is_refused_saying_what_was_tried()
    {
        var renewing = RenewingIntoTheLastYear();
        LocalDate day = new(9999, 3, 15);
        Assert.Equal(
            ("Cannot amend test-mou on 9999-03-15 to renew by P6M: the new renewal period would count from the end of the term running then, which falls" + CalendarEnd,
                "Cannot amend test-mou on 9999-03-15 to renew no more: the new renewal period would count from the end of the term running then, which falls" + CalendarEnd),
            (RefusalOf(renewing.TryAmend(day, Summary, renewing.Terms.WithAutomaticRenewal(Period.FromMonths(6)), renewing.Commitments)).Message,
                RefusalOf(renewing.TryAmend(day, Summary, renewing.Terms.WithAutomaticRenewal(null), renewing.Commitments)).Message));
    }

    [Fact]
    public void Notice_of_non_renewal_with_a_notice_period_reaching_back_before_the_calendar_is_always_late()
    {
        // Twelve thousand years' notice could only have been given before the calendar's first day, in any term.
        var signed = Signed(new LocalDate(2023, 12, 1), new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromYears(12_100), Period.FromYears(1)));
        Assert.Equal(
            "Cannot take notice of non-renewal from kaccoc on test-mou on 2024-03-01: the term running ends on 2024-12-31, and with P12100Y notice the last day to stop its renewal on 2025-01-01 was before the calendar's first day. Its notice period is longer than a renewal, so only termination notice ends it.",
            RefusalOf(signed.TryGiveNonRenewalNotice(new LocalDate(2024, 3, 1), Kaccoc)).Message);
    }
}

using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using NodaTime.Text;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

/// <summary>An agreement's term, renewals, notices and last notice days on the boundary days, as the Civil Code counts periods (민법 제157조–제160조).</summary>
public sealed class AgreementPeriodTests
{
    private static readonly LocalizedText Summary = LocalizedText.Create("조건 변경", "Terms changed");

    private static Agreement Signed(AgreementTerms terms)
        => Agreement.Create(new AgreementId("period-mou"), new LocalDate(2023, 12, 1), AgreementKind.MemorandumOfUnderstanding, LocalizedText.Create("목적", "Purpose"), [GwanakOffice, Kaccoc], [], AgreementBinding.NonBinding, terms)
            .StartNegotiation(new LocalDate(2023, 12, 5))
            .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 12, 10, 10, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(Kaccoc, Mayor, new LocalDateTime(2023, 12, 11, 10, 0).InZoneStrictly(Seoul)));

    private static Agreement FiveYears(Period notice, PeriodCounting counting = PeriodCounting.CivilCode)
        => Signed(new AgreementTerms(new LocalDate(2025, 1, 1), Period.FromYears(5), notice, null, counting));

    private static Agreement Yearly(LocalDate effective, Period notice)
        => Signed(new AgreementTerms(effective, Period.FromYears(1), notice, Period.FromYears(1)));

    private static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void Three_months_notice_on_10_February_keeps_the_agreement_in_force_through_10_May()
    {
        var noticed = FiveYears(Period.FromMonths(3)).GiveTerminationNotice(new LocalDate(2026, 2, 10), Kaccoc);
        Assert.Equal((AgreementStatus.InForce, AgreementStatus.Terminated), (noticed.StatusOn(new LocalDate(2026, 5, 10)), noticed.StatusOn(new LocalDate(2026, 5, 11))));
    }

    [Fact]
    public void Terms_that_count_the_day_of_the_notice_end_it_a_day_sooner()
        => Assert.Equal(new LocalDate(2026, 5, 10), FiveYears(Period.FromMonths(3), PeriodCounting.FirstDayIncluded).GiveTerminationNotice(new LocalDate(2026, 2, 10), Kaccoc).TerminationEffectiveOn);

    [Theory]
    [InlineData(PeriodCounting.CivilCode)]
    [InlineData(PeriodCounting.FirstDayIncluded)]
    public void Zero_notice_keeps_the_agreement_in_force_through_the_day_notice_is_given(PeriodCounting counting)
    {
        var noticed = FiveYears(Period.Zero, counting).GiveTerminationNotice(new LocalDate(2026, 2, 10), Kaccoc);
        Assert.Equal((AgreementStatus.InForce, AgreementStatus.Terminated), (noticed.StatusOn(new LocalDate(2026, 2, 10)), noticed.StatusOn(new LocalDate(2026, 2, 11))));
    }

    [Theory]
    [InlineData("2026-05-29", "2026-06-30")] // counted from the 30th: 30 June corresponds, so to 29 June
    [InlineData("2026-05-30", "2026-07-01")] // counted from the 31st: June has no 31st, so to 30 June (Art. 160(3))
    [InlineData("2026-05-31", "2026-07-01")] // counted from 1 June: to the end of June
    [InlineData("2027-01-30", "2027-03-01")] // counted from the 31st: to 28 February
    [InlineData("2028-01-30", "2028-03-01")] // counted from the 31st in a leap year: to 29 February
    [InlineData("2028-01-27", "2028-02-28")] // counted from the 28th: 28 February corresponds, so to the 27th
    public void A_months_notice_at_a_month_end_ends_as_the_Civil_Code_counts(string givenOn, string terminatedFrom)
        => Assert.Equal(Day(terminatedFrom), FiveYears(Period.FromMonths(1)).GiveTerminationNotice(Day(givenOn), Kaccoc).TerminationEffectiveOn);

    [Fact]
    public void A_term_from_a_leap_day_ends_on_28_February_and_renews_from_1_March()
    {
        var leap = Yearly(new LocalDate(2024, 2, 29), Period.FromMonths(1));
        Assert.Equal(
            (new LocalDate(2025, 2, 28), new LocalDate(2025, 3, 1), new LocalDate(2026, 2, 28)),
            (leap.ExpiryDateOn(new LocalDate(2024, 6, 1))!.Value, leap.NextRenewalDateOn(new LocalDate(2024, 6, 1))!.Value, leap.ExpiryDateOn(new LocalDate(2025, 6, 1))!.Value));
    }

    [Fact]
    public void The_last_notice_day_is_counted_back_from_the_expiry_not_from_the_renewal_day()
        => Assert.Equal(
            new RenewalNoticeDeadline(new AgreementId("period-mou"), new LocalDate(2024, 9, 30), new LocalDate(2025, 1, 1)),
            Yearly(new LocalDate(2024, 1, 1), Period.FromMonths(3)).NextRenewalNoticeDeadlineOn(new LocalDate(2024, 6, 1)));

    [Fact]
    public void Notice_on_the_last_notice_day_ends_the_agreement_with_its_term()
        => Assert.Equal(new LocalDate(2025, 1, 1), Yearly(new LocalDate(2024, 1, 1), Period.FromMonths(3)).GiveTerminationNotice(new LocalDate(2024, 9, 30), Kaccoc).TerminationEffectiveOn);

    [Fact]
    public void Notice_the_day_after_the_last_notice_day_lets_the_agreement_renew_and_ends_it_a_day_into_the_new_term()
    {
        var late = Yearly(new LocalDate(2024, 1, 1), Period.FromMonths(3)).GiveTerminationNotice(new LocalDate(2024, 10, 1), Kaccoc);
        Assert.Equal((AgreementStatus.InForce, AgreementStatus.Terminated), (late.StatusOn(new LocalDate(2025, 1, 1)), late.StatusOn(new LocalDate(2025, 1, 2))));
    }

    [Fact]
    public void Before_an_expiry_on_28_February_three_months_notice_may_be_given_through_30_November()
    {
        // Notice on 2024-11-30 runs from 1 December to the end of February, three whole months (Art. 160(2)).
        var yearly = Yearly(new LocalDate(2024, 3, 1), Period.FromMonths(3));
        Assert.Equal(new LocalDate(2024, 11, 30), yearly.NextRenewalNoticeDeadlineOn(new LocalDate(2024, 6, 1))!.Value.Deadline);
    }

    [Fact]
    public void A_renewal_period_amended_to_six_months_runs_from_the_end_of_the_running_term()
    {
        var yearly = Yearly(new LocalDate(2024, 1, 1), Period.FromMonths(1));
        var amended = yearly.Amend(new LocalDate(2024, 6, 1), Summary, yearly.Terms.WithAutomaticRenewal(Period.FromMonths(6)), yearly.Commitments);
        Assert.Equal(
            (new LocalDate(2025, 1, 1), new LocalDate(2025, 7, 1), new LocalDate(2026, 1, 1)),
            (amended.NextRenewalDateOn(new LocalDate(2024, 6, 1))!.Value, amended.NextRenewalDateOn(new LocalDate(2025, 1, 1))!.Value, amended.NextRenewalDateOn(new LocalDate(2025, 7, 1))!.Value));
    }

    [Fact]
    public void After_the_renewal_period_was_amended_the_last_notice_day_is_counted_back_from_the_new_expiry()
    {
        var yearly = Yearly(new LocalDate(2024, 1, 1), Period.FromMonths(1));
        var amended = yearly.Amend(new LocalDate(2024, 6, 1), Summary, yearly.Terms.WithAutomaticRenewal(Period.FromMonths(6)), yearly.Commitments);
        Assert.Equal(new RenewalNoticeDeadline(amended.Id, new LocalDate(2025, 5, 31), new LocalDate(2025, 7, 1)), amended.NextRenewalNoticeDeadlineOn(new LocalDate(2025, 1, 2)));
    }

    [Fact]
    public void After_the_notice_period_was_amended_the_last_notice_day_moves_back_with_it()
    {
        var yearly = Yearly(new LocalDate(2024, 1, 1), Period.FromMonths(1));
        var amended = yearly.Amend(new LocalDate(2024, 6, 1), Summary, yearly.Terms.WithTerminationNotice(Period.FromMonths(2)), yearly.Commitments);
        Assert.Equal(new LocalDate(2024, 10, 31), amended.NextRenewalNoticeDeadlineOn(new LocalDate(2024, 6, 1))!.Value.Deadline);
    }

    [Fact]
    public void An_explicit_renewal_after_an_amendment_extends_the_term_running_then_and_the_renewals_follow_it()
    {
        var yearly = Yearly(new LocalDate(2024, 1, 1), Period.FromMonths(1));
        var renewed = yearly.Amend(new LocalDate(2024, 6, 1), Summary, yearly.Terms.WithAutomaticRenewal(Period.FromMonths(6)), yearly.Commitments)
            .Renew(new LocalDate(2025, 3, 1), Period.FromYears(1));
        Assert.Equal(
            (new LocalDate(2026, 6, 30), new LocalDate(2027, 1, 1)),
            (renewed.ExpiryDateOn(new LocalDate(2025, 3, 1))!.Value, renewed.NextRenewalDateOn(new LocalDate(2026, 7, 1))!.Value));
    }

    [Fact]
    public void The_stored_schedule_of_an_amended_agreement_gives_its_deadlines()
    {
        var yearly = Yearly(new LocalDate(2024, 1, 1), Period.FromMonths(1));
        var amended = yearly.Amend(new LocalDate(2024, 6, 1), Summary, yearly.Terms.WithAutomaticRenewal(Period.FromMonths(6)).WithCounting(PeriodCounting.FirstDayIncluded), yearly.Commitments);
        var schedule = amended.RenewalSchedule()!;
        Assert.Equal(amended.NextRenewalNoticeDeadlineOn(new LocalDate(2025, 1, 2)), schedule.NextNoticeDeadlineOn(new LocalDate(2025, 1, 2)));
    }

    [Fact]
    public void Late_notice_of_non_renewal_when_the_notice_period_equals_a_renewal_leaves_one_day_in_the_next_term()
    {
        // Thirty days' notice counting its first day, renewing by thirty days: notice given on the first day of the
        // renewed term (2025-01-01) runs through 2025-01-30, its last day.
        var monthly = Signed(new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromDays(30), Period.FromDays(30), PeriodCounting.FirstDayIncluded));
        Assert.Equal(
            "Cannot take notice of non-renewal from kaccoc on period-mou on 2024-12-03: the term running ends on 2024-12-31, and with P30D notice the last day to stop its renewal on 2025-01-01 was 2024-12-02. In the next term, notice of non-renewal given from 2025-01-01 through 2025-01-01 ends it on 2025-01-30; termination notice ends it sooner.",
            monthly.TryGiveNonRenewalNotice(new LocalDate(2024, 12, 3), Kaccoc).Refusal?.Message);
    }

    [Fact]
    public void Late_notice_of_non_renewal_when_the_notice_period_is_longer_than_a_renewal_leaves_only_termination_notice()
    {
        var monthly = Signed(new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(3), Period.FromMonths(1)));
        Assert.Equal(
            "Cannot take notice of non-renewal from kaccoc on period-mou on 2024-10-15: the term running ends on 2024-12-31, and with P3M notice the last day to stop its renewal on 2025-01-01 was 2024-09-30. Its notice period is longer than a renewal, so only termination notice ends it.",
            monthly.TryGiveNonRenewalNotice(new LocalDate(2024, 10, 15), Kaccoc).Refusal?.Message);
    }

    [Fact]
    public void The_stored_schedule_lists_every_last_notice_day_within_a_window()
        => Assert.Equal(
            [new LocalDate(2024, 11, 30), new LocalDate(2025, 11, 30), new LocalDate(2026, 11, 30)],
            Yearly(new LocalDate(2024, 1, 1), Period.FromMonths(1)).RenewalSchedule()!.NoticeDeadlinesWithin(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31)).Select(d => d.Deadline));

    [Fact]
    public void A_stored_schedule_renewing_by_a_month_and_a_day_renews_on_the_day_after_each_such_period()
    {
        // From 2025-01-01 a month and a day run through 2025-02-01 (Civil Code Art. 160), so the renewal falls on 2025-02-02.
        var schedule = new AgreementRenewalSchedule(new AgreementId("period-mou"), new LocalDate(2024, 1, 1), 12, 0, 1, 1, 1, 0, PeriodCounting.CivilCode);
        Assert.Equal(new LocalDate(2025, 2, 2), schedule.NextRenewalAfter(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void A_stored_schedule_that_renews_by_nothing_is_refused_naming_the_renewal()
        => Assert.Equal("renewalDays", Assert.ThrowsAny<System.ArgumentException>(() => new AgreementRenewalSchedule(new AgreementId("period-mou"), new LocalDate(2024, 1, 1), 12, 0, 0, 0, 1, 0, PeriodCounting.CivilCode)).ParamName);
}

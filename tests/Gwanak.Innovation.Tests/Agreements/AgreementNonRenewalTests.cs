using System;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

/// <summary>
/// Notice of non-renewal (갱신 거절) on the trilateral MOU (from 2023-08-16 for a year, renewing yearly, a month's notice):
/// the term running ends on 2024-08-15 and its last notice day is 2024-07-15.
/// </summary>
public sealed class AgreementNonRenewalTests
{
    private static readonly LocalDate LastNoticeDay = new(2024, 7, 15);
    private static readonly LocalDate RenewalDay = new(2024, 8, 16);

    private static Agreement NotRenewed() => Trilateral().GiveNonRenewalNotice(LastNoticeDay, Chamber);

    [Fact]
    public void Notice_on_the_last_notice_day_keeps_the_mou_in_force_to_the_end_of_its_term_and_it_then_expires()
        => Assert.Equal((AgreementStatus.InForce, AgreementStatus.Expired), (NotRenewed().StatusOn(RenewalDay.PlusDays(-1)), NotRenewed().StatusOn(RenewalDay)));

    [Fact]
    public void It_records_the_day_it_was_given_and_the_renewal_it_stopped()
        => Assert.Equal(((LocalDate?)LastNoticeDay, (LocalDate?)RenewalDay), (NotRenewed().NonRenewalNoticeGivenOn, NotRenewed().NonRenewalEffectiveOn));

    [Fact]
    public void Once_given_there_is_no_next_renewal_and_no_notice_deadline()
        => Assert.Equal(((LocalDate?)null, (RenewalNoticeDeadline?)null, (AgreementRenewalSchedule?)null), (NotRenewed().NextRenewalDateOn(LastNoticeDay), NotRenewed().NextRenewalNoticeDeadlineOn(LastNoticeDay), NotRenewed().RenewalSchedule()));

    [Fact]
    public void A_mou_not_renewed_is_published_as_terminated_successfully()
        => Assert.Equal("terminatedSuccessfully", OcdsContractStatus.FinalStatusCode(NotRenewed().StatusOn(RenewalDay)));

    [Fact]
    public void Its_status_changes_end_with_the_expiry_on_the_renewal_day_it_stopped()
        => Assert.Equal(new AgreementStatusChange(RenewalDay, AgreementStatus.Expired), NotRenewed().StatusChanges()[^1]);

    [Fact]
    public void Notice_a_day_after_the_last_notice_day_is_refused_as_late()
        => Assert.Equal(AgreementRules.NonRenewalNoticeTooLate, Trilateral().TryGiveNonRenewalNotice(LastNoticeDay.PlusDays(1), Chamber).Refusal?.RuleId);

    [Fact]
    public void The_late_refusal_says_what_was_tried_the_deadline_missed_and_what_is_still_allowed()
        => Assert.Equal(
            "Cannot take notice of non-renewal from gwanak-chamber-of-commerce on mou-2023-kaccoc-gwanak-chambers on 2024-07-16: the term running ends on 2024-08-15, and with P1M notice the last day to stop its renewal on 2024-08-16 was 2024-07-15. In the next term, notice of non-renewal given from 2024-08-16 through 2025-07-15 ends it on 2025-08-15; termination notice ends it sooner.",
            Trilateral().TryGiveNonRenewalNotice(LastNoticeDay.PlusDays(1), Chamber).Refusal?.Message);

    [Fact]
    public void Notice_given_in_the_renewed_term_ends_the_mou_with_that_term()
        => Assert.Equal(new LocalDate(2025, 8, 16), Trilateral().GiveNonRenewalNotice(new LocalDate(2024, 9, 1), Kaccoc).NonRenewalEffectiveOn);

    [Fact]
    public void Notice_before_the_effective_date_ends_the_agreement_with_its_first_term()
    {
        var signedEarly = Agreement.Create(TrilateralId, new LocalDate(2023, 7, 20), AgreementKind.MemorandumOfUnderstanding, Trilateral().Purpose, Trilateral().Parties, [], AgreementBinding.NonBinding, TrilateralTerms.WithEffectiveDate(new LocalDate(2023, 9, 1)))
            .StartNegotiation(new LocalDate(2023, 7, 25))
            .Sign(new Signature(Kaccoc, KaccocPresident, new LocalDateTime(2023, 8, 16, 15, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(Chamber, ChamberHead, new LocalDateTime(2023, 8, 16, 15, 2).InZoneStrictly(Seoul)))
            .Sign(new Signature(Federation, FederationHead, new LocalDateTime(2023, 8, 16, 15, 4).InZoneStrictly(Seoul)));
        Assert.Equal(new LocalDate(2024, 9, 1), signedEarly.GiveNonRenewalNotice(new LocalDate(2023, 8, 20), Federation).NonRenewalEffectiveOn);
    }

    [Fact]
    public void Notice_on_an_agreement_that_does_not_renew_itself_is_refused()
        => Assert.Equal(AgreementRules.NonRenewalNotAllowed, Bilateral().TryGiveNonRenewalNotice(new LocalDate(2024, 1, 10), Kaccoc).Refusal?.RuleId);

    [Fact]
    public void Notice_on_an_agreement_not_signed_by_every_party_is_refused()
        => Assert.Equal(AgreementRules.NonRenewalNotAllowed, TrilateralUnderNegotiation().TryGiveNonRenewalNotice(new LocalDate(2023, 8, 1), Kaccoc).Refusal?.RuleId);

    [Fact]
    public void Notice_by_an_organisation_that_is_not_a_party_is_refused()
        => Assert.Equal(AgreementRules.NoticeByNonParty, Trilateral().TryGiveNonRenewalNotice(LastNoticeDay, GwanakOffice).Refusal?.RuleId);

    [Fact]
    public void A_second_notice_of_non_renewal_is_refused()
        => Assert.Equal(AgreementRules.NonRenewalNoticeAlreadyGiven, NotRenewed().TryGiveNonRenewalNotice(LastNoticeDay, Kaccoc).Refusal?.RuleId);

    [Fact]
    public void Notice_of_non_renewal_under_termination_notice_is_refused()
        => Assert.Equal(AgreementRules.NonRenewalNoticeAlreadyGiven, Trilateral().GiveTerminationNotice(new LocalDate(2024, 7, 1), Kaccoc).TryGiveNonRenewalNotice(LastNoticeDay, Chamber).Refusal?.RuleId);

    [Fact]
    public void Termination_notice_after_it_ends_the_mou_sooner_when_its_period_runs_first()
    {
        var terminated = Trilateral().GiveNonRenewalNotice(new LocalDate(2024, 6, 1), Chamber).GiveTerminationNotice(new LocalDate(2024, 6, 10), Kaccoc);
        Assert.Equal((AgreementStatus.InForce, AgreementStatus.Terminated), (terminated.StatusOn(new LocalDate(2024, 7, 10)), terminated.StatusOn(new LocalDate(2024, 7, 11))));
    }

    [Fact]
    public void Termination_notice_after_it_that_would_run_past_the_term_leaves_it_to_expire()
    {
        var noticed = NotRenewed().GiveTerminationNotice(new LocalDate(2024, 8, 1), Kaccoc);
        Assert.Equal((AgreementStatus.Expired, new LocalDate(2024, 8, 15)), (noticed.StatusOn(new LocalDate(2024, 9, 5)), noticed.ExpiryDateOn(new LocalDate(2024, 9, 5))!.Value));
    }

    [Fact]
    public void Renewing_after_notice_of_non_renewal_is_refused()
        => Assert.Equal(AgreementRules.RenewalNotAllowed, NotRenewed().TryRenew(new LocalDate(2024, 7, 20), Period.FromYears(1)).Refusal?.RuleId);

    [Fact]
    public void The_portfolio_lists_no_deadline_for_a_mou_not_renewed()
        => Assert.Empty(new AgreementPortfolio([NotRenewed()]).RenewalNoticeDeadlinesWithin(LastNoticeDay, LastNoticeDay.PlusDays(400)));

    [Fact]
    public void The_portfolio_counts_a_mou_not_renewed_as_expiring_on_its_last_day()
        => Assert.Single(new AgreementPortfolio([NotRenewed()]).ExpiringWithin(new LocalDate(2024, 8, 1), new LocalDate(2024, 8, 31)));

    [Fact]
    public void The_timeline_says_when_it_expires_instead_of_renewing()
        => Assert.Equal("2024-07-15  notice of non-renewal given by gwanak-chamber-of-commerce; expires from 2024-08-16 instead of renewing", NotRenewed().Timeline()[^1]);

    [Fact]
    public void The_history_replays_to_an_equal_mou()
        => Assert.Equal(NotRenewed(), Agreement.Replay(NotRenewed().History));

    [Fact]
    public void Notice_by_a_default_party_is_refused_naming_it()
        => Assert.Equal("by", Assert.ThrowsAny<ArgumentException>(() => Trilateral().CanGiveNonRenewalNotice(LastNoticeDay, default)).ParamName);

    [Fact]
    public void Its_three_forms_answer_alike()
        => Assert.Equal(
            (false, false),
            (Trilateral().CanGiveNonRenewalNotice(LastNoticeDay.PlusDays(1), Chamber), Trilateral().TryGiveNonRenewalNotice(LastNoticeDay.PlusDays(1), Chamber).IsAccepted));

    [Fact]
    public void The_throwing_form_carries_the_rule_id()
        => Assert.Equal(AgreementRules.NonRenewalNoticeTooLate, Assert.Throws<DomainRuleException>(() => Trilateral().GiveNonRenewalNotice(LastNoticeDay.PlusDays(1), Chamber)).RuleId);

    [Fact]
    public void The_new_event_appears_once_in_the_history()
        => Assert.Single(NotRenewed().History.OfType<NonRenewalNoticeGiven>());
}

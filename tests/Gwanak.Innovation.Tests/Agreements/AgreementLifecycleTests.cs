using System;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

public sealed class AgreementLifecycleTests
{
    private static readonly OrganizationId Apple = new("apple");
    private static readonly LocalizedText Reason = LocalizedText.Create("협의 중단", "Talks ended");
    private static readonly LocalizedText Summary = LocalizedText.Create("조건 변경", "Terms changed");

    private static Signature SignatureOf(OrganizationId party, LocalDate day)
        => new(party, Mayor, day.At(new LocalTime(10, 0)).InZoneStrictly(Seoul));

    private static Agreement Draft(AgreementTerms? terms = null, params OrganizationId[] parties)
        => Agreement.Create(
            new AgreementId("test-mou"),
            new LocalDate(2023, 12, 1),
            AgreementKind.MemorandumOfUnderstanding,
            LocalizedText.Create("목적", "Purpose"),
            parties.Length == 0 ? [GwanakOffice, Kaccoc] : parties,
            [],
            AgreementBinding.NonBinding,
            terms ?? new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(1)));

    private static Agreement Signed(AgreementTerms? terms = null)
        => Draft(terms).StartNegotiation(new LocalDate(2023, 12, 5))
            .Sign(SignatureOf(GwanakOffice, new LocalDate(2023, 12, 10)))
            .Sign(SignatureOf(Kaccoc, new LocalDate(2023, 12, 11)));

    private static void AssertRule(string ruleId, Func<Agreement> act)
        => Assert.Equal(ruleId, Assert.Throws<DomainRuleException>(() => act()).RuleId);

    [Fact]
    public void Draft_with_one_party_is_refused()
        => AssertRule(AgreementRules.TooFewParties, () => Draft(null, GwanakOffice));

    [Fact]
    public void Draft_listing_a_party_twice_names_the_parameter()
        => Assert.Equal("parties", Assert.Throws<ArgumentException>(() => Draft(null, GwanakOffice, Kaccoc, GwanakOffice)).ParamName);

    [Fact]
    public void Draft_with_a_commitment_of_a_non_party_is_refused()
        => AssertRule(AgreementRules.CommitmentByNonParty, () => Agreement.Create(
            new AgreementId("x"), new LocalDate(2024, 1, 1), AgreementKind.BusinessAgreement, Summary, [GwanakOffice, Kaccoc],
            [new Commitment(Apple, CommitmentCategory.InformationExchange, Summary)],
            AgreementBinding.Binding, new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.Zero)));

    [Fact]
    public void A_new_draft_is_a_draft()
        => Assert.Equal(AgreementStatus.Draft, Draft().StatusOn(new LocalDate(2023, 12, 1)));

    [Fact]
    public void Status_before_the_draft_names_the_parameter()
        => Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => Draft().StatusOn(new LocalDate(2023, 11, 30))).ParamName);

    [Fact]
    public void Starting_negotiation_twice_is_refused()
        => AssertRule(AgreementRules.NegotiationNotFromDraft, () => Draft().StartNegotiation(new LocalDate(2023, 12, 2)).StartNegotiation(new LocalDate(2023, 12, 3)));

    [Fact]
    public void Signing_a_draft_before_negotiation_is_refused()
        => AssertRule(AgreementRules.NotOpenForSignature, () => Draft().Sign(SignatureOf(GwanakOffice, new LocalDate(2023, 12, 2))));

    [Fact]
    public void Signing_a_cancelled_agreement_is_refused()
        => AssertRule(AgreementRules.NotOpenForSignature, () => Draft().StartNegotiation(new LocalDate(2023, 12, 2)).Cancel(new LocalDate(2023, 12, 3), Reason).Sign(SignatureOf(GwanakOffice, new LocalDate(2023, 12, 4))));

    [Fact]
    public void A_non_party_signing_is_refused()
        => AssertRule(AgreementRules.SignatureByNonParty, () => Draft().StartNegotiation(new LocalDate(2023, 12, 2)).Sign(SignatureOf(Apple, new LocalDate(2023, 12, 4))));

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void Every_one_of_many_parties_signs_once_and_no_other_organisation_signs_or_commits(int count)
    {
        // Up to eight parties are found by a scan of the list, more in a set: both ways answer the same.
        var parties = Enumerable.Range(0, count).Select(i => new OrganizationId($"party-{i}")).ToArray();
        var day = new LocalDate(2023, 12, 4);
        var agreement = Draft(null, parties).StartNegotiation(new LocalDate(2023, 12, 2));
        Assert.Equal(
            $"Cannot record the signature of apple on test-mou: it is not a party ({string.Join(", ", parties)}). Only parties sign.",
            Assert.Throws<DomainRuleException>(() => agreement.Sign(SignatureOf(Apple, day))).Message);
        Assert.Equal(
            $"Cannot record a commitment of apple in test-mou: it is not a party ({string.Join(", ", parties)}). Only parties make commitments.",
            Assert.Throws<DomainRuleException>(() => agreement.Amend(day, Summary, agreement.Terms, [new Commitment(Apple, CommitmentCategory.Internship, Summary)])).Message);
        foreach (var party in parties)
        {
            Assert.Null(agreement.FullySignedOn);
            agreement = agreement.Sign(SignatureOf(party, day));
            AssertRule(AgreementRules.PartySignedTwice, () => agreement.Sign(SignatureOf(party, day)));
        }

        Assert.Equal(day, agreement.FullySignedOn);
        Assert.Equal(count, agreement.Signatures.Count);
    }

    [Fact]
    public void A_party_signing_twice_is_refused()
        => AssertRule(AgreementRules.PartySignedTwice, () => Draft().StartNegotiation(new LocalDate(2023, 12, 2)).Sign(SignatureOf(GwanakOffice, new LocalDate(2023, 12, 4))).Sign(SignatureOf(GwanakOffice, new LocalDate(2023, 12, 5))));

    [Fact]
    public void A_party_signing_again_after_all_signed_is_refused()
        => AssertRule(AgreementRules.PartySignedTwice, () => Signed().Sign(SignatureOf(Kaccoc, new LocalDate(2024, 2, 1))));

    [Fact]
    public void Signing_by_the_last_party_puts_the_agreement_in_force()
        => Assert.Equal(AgreementStatus.InForce, Signed().StatusOn(new LocalDate(2024, 1, 1)));

    [Fact]
    public void Signed_agreement_waits_for_its_effective_date()
        => Assert.Equal(AgreementStatus.Signed, Signed().StatusOn(new LocalDate(2023, 12, 31)));

    [Fact]
    public void Signed_after_the_effective_date_it_is_in_force_from_the_last_signature()
    {
        var late = Draft().StartNegotiation(new LocalDate(2023, 12, 5)).Sign(SignatureOf(GwanakOffice, new LocalDate(2024, 1, 10))).Sign(SignatureOf(Kaccoc, new LocalDate(2024, 1, 20)));
        Assert.Equal((AgreementStatus.UnderNegotiation, AgreementStatus.InForce), (late.StatusOn(new LocalDate(2024, 1, 19)), late.StatusOn(new LocalDate(2024, 1, 20))));
    }

    [Fact]
    public void Counterparts_signed_in_Seoul_and_hours_later_in_Los_Angeles_are_signed_on_the_later_local_date()
    {
        // 09:00 in Seoul on the 11th is 16:00 in Los Angeles on the 10th; the second party signs there at 18:00.
        var signed = Draft().StartNegotiation(new LocalDate(2023, 12, 5))
            .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 12, 11, 9, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(Kaccoc, Mayor, new LocalDateTime(2023, 12, 10, 18, 0).InZoneStrictly(LosAngeles)));
        Assert.Equal(new LocalDate(2023, 12, 11), signed.FullySignedOn);
    }

    [Fact]
    public void A_signature_given_before_the_one_recorded_ahead_of_it_is_refused()
        => AssertRule(AgreementRules.EventOutOfOrder, () => Draft().StartNegotiation(new LocalDate(2023, 12, 5))
            .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 12, 11, 9, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(Kaccoc, Mayor, new LocalDateTime(2023, 12, 10, 15, 0).InZoneStrictly(LosAngeles))));

    [Fact]
    public void A_later_signature_dated_before_negotiation_started_is_refused()
        => AssertRule(AgreementRules.EventOutOfOrder, () => Draft().StartNegotiation(new LocalDate(2023, 12, 5))
            .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 12, 5, 10, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(Kaccoc, Mayor, new LocalDateTime(2023, 12, 4, 18, 0).InZoneStrictly(LosAngeles))));

    [Fact]
    public void An_event_dated_before_the_last_one_is_refused()
        => AssertRule(AgreementRules.EventOutOfOrder, () => Draft().StartNegotiation(new LocalDate(2023, 11, 30)));

    [Fact]
    public void Cancelling_before_signing_is_allowed()
        => Assert.Equal(AgreementStatus.Cancelled, Draft().Cancel(new LocalDate(2023, 12, 2), Reason).StatusOn(new LocalDate(2024, 6, 1)));

    [Fact]
    public void Cancelling_a_signed_agreement_is_refused()
        => AssertRule(AgreementRules.CancelOnlyBeforeSigning, () => Signed().Cancel(new LocalDate(2024, 1, 5), Reason));

    [Fact]
    public void Cancelling_twice_is_refused()
        => AssertRule(AgreementRules.CancelOnlyBeforeSigning, () => Draft().Cancel(new LocalDate(2023, 12, 2), Reason).Cancel(new LocalDate(2023, 12, 3), Reason));

    [Fact]
    public void Terminating_a_draft_is_refused()
        => AssertRule(AgreementRules.TerminationNotAllowed, () => Draft().GiveTerminationNotice(new LocalDate(2023, 12, 2), GwanakOffice));

    [Fact]
    public void Terminating_an_expired_agreement_is_refused()
        => AssertRule(AgreementRules.TerminationNotAllowed, () => Signed().GiveTerminationNotice(new LocalDate(2025, 1, 1), GwanakOffice));

    [Fact]
    public void Termination_notice_by_a_non_party_is_refused()
        => AssertRule(AgreementRules.NoticeByNonParty, () => Signed().GiveTerminationNotice(new LocalDate(2024, 3, 1), Apple));

    [Fact]
    public void A_second_termination_notice_is_refused()
        => AssertRule(AgreementRules.TerminationNoticeAlreadyGiven, () => Signed().GiveTerminationNotice(new LocalDate(2024, 3, 1), GwanakOffice).GiveTerminationNotice(new LocalDate(2024, 3, 2), Kaccoc));

    [Fact]
    public void Termination_takes_effect_the_day_after_the_notice_period_has_run()
    {
        // A month's notice given on 2024-03-15 runs from 2024-03-16 through 2024-04-15 (Civil Code Art. 157, 160(2)).
        var noticed = Signed().GiveTerminationNotice(new LocalDate(2024, 3, 15), GwanakOffice);
        Assert.Equal((AgreementStatus.InForce, AgreementStatus.Terminated), (noticed.StatusOn(new LocalDate(2024, 4, 15)), noticed.StatusOn(new LocalDate(2024, 4, 16))));
    }

    [Fact]
    public void Notice_running_past_the_end_of_term_lets_the_agreement_expire()
    {
        var noticed = Signed().GiveTerminationNotice(new LocalDate(2024, 12, 15), GwanakOffice);
        Assert.Equal(AgreementStatus.Expired, noticed.StatusOn(new LocalDate(2025, 1, 10)));
    }

    [Fact]
    public void Explicit_renewal_extends_the_current_term()
        => Assert.Equal(new LocalDate(2025, 6, 30), Signed().Renew(new LocalDate(2024, 11, 1), Period.FromMonths(6)).ExpiryDateOn(new LocalDate(2024, 11, 1)));

    [Fact]
    public void Renewing_a_draft_is_refused()
        => AssertRule(AgreementRules.RenewalNotAllowed, () => Draft().Renew(new LocalDate(2023, 12, 2), Period.FromYears(1)));

    [Fact]
    public void Renewing_an_expired_agreement_is_refused()
        => AssertRule(AgreementRules.RenewalNotAllowed, () => Signed().Renew(new LocalDate(2025, 1, 1), Period.FromYears(1)));

    [Fact]
    public void Renewing_under_termination_notice_is_refused()
        => AssertRule(AgreementRules.RenewalNotAllowed, () => Signed().GiveTerminationNotice(new LocalDate(2024, 5, 1), Kaccoc).Renew(new LocalDate(2024, 5, 2), Period.FromYears(1)));

    [Fact]
    public void Renewing_by_a_zero_period_names_the_parameter()
        => Assert.Equal("extension", Assert.Throws<ArgumentException>(() => Signed().Renew(new LocalDate(2024, 5, 2), Period.Zero)).ParamName);

    [Fact]
    public void Amending_a_partly_signed_agreement_is_refused()
    {
        var partly = Draft().StartNegotiation(new LocalDate(2023, 12, 2)).Sign(SignatureOf(GwanakOffice, new LocalDate(2023, 12, 4)));
        AssertRule(AgreementRules.AmendmentNotAllowed, () => partly.Amend(new LocalDate(2023, 12, 5), Summary, partly.Terms.WithTerm(Period.FromYears(2)), partly.Commitments));
    }

    [Fact]
    public void Amending_a_cancelled_agreement_is_refused()
    {
        var cancelled = Draft().Cancel(new LocalDate(2023, 12, 2), Reason);
        AssertRule(AgreementRules.AmendmentNotAllowed, () => cancelled.Amend(new LocalDate(2023, 12, 5), Summary, cancelled.Terms, cancelled.Commitments));
    }

    [Fact]
    public void Amending_an_expired_agreement_is_refused()
    {
        var signed = Signed();
        AssertRule(AgreementRules.AmendmentNotAllowed, () => signed.Amend(new LocalDate(2025, 2, 1), Summary, signed.Terms, signed.Commitments));
    }

    [Fact]
    public void Amending_the_effective_date_of_a_signed_agreement_is_refused()
    {
        var signed = Signed();
        AssertRule(AgreementRules.AmendmentMovesTerm, () => signed.Amend(new LocalDate(2024, 2, 1), Summary, signed.Terms.WithEffectiveDate(new LocalDate(2024, 2, 1)), signed.Commitments));
    }

    [Fact]
    public void Amending_the_initial_term_of_a_signed_agreement_is_refused()
    {
        var signed = Signed();
        AssertRule(AgreementRules.AmendmentMovesTerm, () => signed.Amend(new LocalDate(2024, 2, 1), Summary, signed.Terms.WithTerm(Period.FromYears(2)), signed.Commitments));
    }

    [Fact]
    public void A_signature_dated_before_the_last_event_is_refused()
        => AssertRule(AgreementRules.EventOutOfOrder, () => Draft().StartNegotiation(new LocalDate(2023, 12, 5)).Sign(SignatureOf(GwanakOffice, new LocalDate(2023, 12, 4))));

    [Fact]
    public void Amending_in_a_commitment_of_a_non_party_is_refused()
    {
        var signed = Signed();
        AssertRule(AgreementRules.CommitmentByNonParty, () => signed.Amend(new LocalDate(2024, 2, 1), Summary, signed.Terms, [new Commitment(Apple, CommitmentCategory.Internship, Summary)]));
    }

    [Fact]
    public void Amending_a_draft_may_move_its_term()
    {
        var draft = Draft();
        var amended = draft.Amend(new LocalDate(2023, 12, 2), Summary, draft.Terms.WithTerm(Period.FromYears(3)), draft.Commitments);
        Assert.Equal((LocalDate?)new LocalDate(2026, 12, 31), amended.Terms.InitialExpiryDate);
    }

    [Fact]
    public void Amending_in_an_automatic_renewal_keeps_the_agreement_in_force_past_its_term()
    {
        var signed = Signed();
        var amended = signed.Amend(new LocalDate(2024, 6, 1), Summary, signed.Terms.WithAutomaticRenewal(Period.FromYears(1)), signed.Commitments);
        Assert.Equal((AgreementStatus.InForce, new LocalDate(2026, 1, 1)), (amended.StatusOn(new LocalDate(2025, 6, 1)), amended.NextRenewalDateOn(new LocalDate(2025, 6, 1))!.Value));
    }

    [Fact]
    public void Amending_out_the_automatic_renewal_ends_the_agreement_at_the_running_term()
    {
        var renewing = Signed(new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(1), Period.FromYears(1)));
        var amended = renewing.Amend(new LocalDate(2025, 3, 1), Summary, renewing.Terms.WithAutomaticRenewal(null), renewing.Commitments);
        Assert.Equal((AgreementStatus.InForce, AgreementStatus.Expired), (amended.StatusOn(new LocalDate(2025, 12, 31)), amended.StatusOn(new LocalDate(2026, 1, 1))));
    }

    [Fact]
    public void Amendments_keep_the_status_before_them_as_it_was()
    {
        var renewing = Signed(new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(1), Period.FromYears(1)));
        var amended = renewing.Amend(new LocalDate(2026, 3, 1), Summary, renewing.Terms.WithAutomaticRenewal(null), renewing.Commitments);
        Assert.Equal(renewing.ExpiryDateOn(new LocalDate(2025, 6, 1)), amended.ExpiryDateOn(new LocalDate(2025, 6, 1)));
    }

    [Fact]
    public void Can_queries_answer_as_the_commands_would()
    {
        var draft = Draft();
        Assert.Equal(
            (false, true, false, true, false),
            (draft.CanSign(SignatureOf(GwanakOffice, new LocalDate(2023, 12, 2))), draft.CanStartNegotiation(new LocalDate(2023, 12, 2)), draft.CanGiveTerminationNotice(new LocalDate(2023, 12, 2), GwanakOffice), draft.CanCancel(new LocalDate(2023, 12, 2), Reason), draft.CanRenew(new LocalDate(2023, 12, 2), Period.FromYears(1))));
    }

    [Fact]
    public void Can_queries_on_a_signed_agreement_allow_notice_renewal_and_amendment_but_not_cancellation()
    {
        var signed = Signed();
        LocalDate day = new(2024, 6, 1);
        Assert.Equal(
            (true, true, true, false),
            (signed.CanGiveTerminationNotice(day, Kaccoc), signed.CanRenew(day, Period.FromYears(1)), signed.CanAmend(day, Summary, signed.Terms, signed.Commitments), signed.CanCancel(day, Reason)));
    }

    [Fact]
    public void Transitions_leave_the_earlier_agreement_unchanged()
    {
        var draft = Draft();
        _ = draft.StartNegotiation(new LocalDate(2023, 12, 2));
        Assert.Equal((AgreementStatus.Draft, 1), (draft.StatusOn(new LocalDate(2024, 1, 1)), draft.History.Count));
    }

    [Fact]
    public void Every_transition_appends_one_event()
        => Assert.Equal(
            [typeof(AgreementDrafted), typeof(NegotiationStarted), typeof(AgreementSigned), typeof(AgreementSigned), typeof(TerminationNoticeGiven)],
            Signed().GiveTerminationNotice(new LocalDate(2024, 2, 1), GwanakOffice).History.Select(e => e.GetType()));

    [Fact]
    public void Replay_of_a_full_history_gives_an_equal_agreement()
    {
        var signed = Signed();
        var full = signed.Amend(new LocalDate(2024, 2, 1), Summary, signed.Terms.WithTerminationNotice(Period.FromDays(10)), signed.Commitments)
            .Renew(new LocalDate(2024, 6, 1), Period.FromMonths(6))
            .GiveTerminationNotice(new LocalDate(2024, 9, 1), Kaccoc);
        Assert.Equal(full, Agreement.Replay(full.History));
    }

    [Fact]
    public void Replay_refuses_a_history_without_its_draft_and_names_its_first_event()
    {
        var e = Assert.Throws<DomainRuleException>(() => Agreement.Replay(Signed().History.Skip(1)));
        Assert.Equal((HistoryRules.MustStartWithFounding, 0, true), (e.RuleId, e.EventIndex, e.Message.Contains("starts with agreement.negotiation-started of test-mou on 2023-12-05", StringComparison.Ordinal)));
    }

    [Fact]
    public void Replay_refuses_an_empty_history_and_one_drafted_twice()
    {
        var history = Signed().History;
        var twice = Assert.Throws<DomainRuleException>(() => Agreement.Replay([.. history, history[0]]));
        Assert.Equal(
            (HistoryRules.MustStartWithFounding, HistoryRules.MustStartWithFounding, 4),
            (Assert.Throws<DomainRuleException>(() => Agreement.Replay([])).RuleId, twice.RuleId, twice.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_second_signature_names_the_rule_and_the_event()
    {
        var history = Signed().History;
        var e = Assert.Throws<DomainRuleException>(() => Agreement.Replay([.. history.Take(3), history[2]]));
        Assert.Equal((AgreementRules.PartySignedTwice, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_renewal_of_a_draft_names_the_rule_and_the_event()
    {
        var e = Assert.Throws<DomainRuleException>(() => Agreement.Replay([Draft().History[0], new AgreementRenewed(new AgreementId("test-mou"), new LocalDate(2023, 12, 2), Period.FromYears(1))]));
        Assert.Equal((AgreementRules.RenewalNotAllowed, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_an_event_dated_before_the_one_ahead_of_it_names_the_rule_and_the_event()
    {
        var late = new TerminationNoticeGiven(new AgreementId("test-mou"), new LocalDate(2023, 12, 10), GwanakOffice);
        var e = Assert.Throws<DomainRuleException>(() => Agreement.Replay([.. Signed().History, late]));
        Assert.Equal((AgreementRules.EventOutOfOrder, 4), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_another_agreements_event_is_refused_with_HIS_002()
    {
        var e = Assert.Throws<DomainRuleException>(() => Agreement.Replay([Draft().History[0], new NegotiationStarted(new AgreementId("another-mou"), new LocalDate(2023, 12, 2))]));
        Assert.Equal((HistoryRules.EventOfAnotherAggregate, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Agreements_with_different_histories_are_not_equal()
        => Assert.NotEqual(Signed(), Signed().GiveTerminationNotice(new LocalDate(2024, 2, 1), GwanakOffice));

    [Fact]
    public void Rule_messages_say_what_was_attempted_what_was_met_and_what_is_allowed()
    {
        var e = Assert.Throws<DomainRuleException>(() => Signed().Cancel(new LocalDate(2024, 1, 5), Reason));
        Assert.Equal(
            "Cannot cancel test-mou on 2024-01-05: every party signed it on 2023-12-11. A signed agreement ends by termination notice, not cancellation.",
            e.Message);
    }

    [Fact]
    public void A_term_from_the_31st_ends_on_the_last_day_of_February_and_its_renewals_run_from_the_first_of_each_month()
    {
        // From 2024-01-31 one month ends on 2024-02-29 (February has no 31st: Art. 160(3)); each renewal starts the next day.
        var monthly = Signed(new AgreementTerms(new LocalDate(2024, 1, 31), Period.FromMonths(1), Period.FromMonths(1), Period.FromMonths(1)));
        Assert.Equal(
            [new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 1), new LocalDate(2024, 5, 1)],
            new[] { new LocalDate(2024, 2, 1), new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 1) }.Select(d => monthly.NextRenewalDateOn(d)!.Value));
    }

    [Fact]
    public void The_notice_deadline_is_the_last_day_whose_notice_has_run_by_the_expiry()
    {
        // The term renewed on 2024-03-01 ends on 2024-03-31: a month's notice given on 2024-02-29 runs 03-01 to 03-31.
        var monthly = Signed(new AgreementTerms(new LocalDate(2024, 1, 31), Period.FromMonths(1), Period.FromMonths(1), Period.FromMonths(1)));
        Assert.Equal(new RenewalNoticeDeadline(monthly.Id, new LocalDate(2024, 2, 29), new LocalDate(2024, 4, 1)), monthly.NextRenewalNoticeDeadlineOn(new LocalDate(2024, 2, 1)));
    }

    [Fact]
    public void Notice_given_on_the_deadline_prevents_the_renewal()
    {
        var yearly = Signed(new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(3), Period.FromYears(1)));
        var deadline = yearly.NextRenewalNoticeDeadlineOn(new LocalDate(2024, 6, 1))!.Value;
        Assert.Equal(AgreementStatus.Terminated, yearly.GiveTerminationNotice(deadline.Deadline, GwanakOffice).StatusOn(deadline.RenewalDate));
    }

    [Fact]
    public void Notice_given_the_day_after_the_deadline_comes_too_late()
    {
        var yearly = Signed(new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(3), Period.FromYears(1)));
        var deadline = yearly.NextRenewalNoticeDeadlineOn(new LocalDate(2024, 6, 1))!.Value;
        Assert.Equal(AgreementStatus.InForce, yearly.GiveTerminationNotice(deadline.Deadline.PlusDays(1), GwanakOffice).StatusOn(deadline.RenewalDate));
    }

    [Fact]
    public void After_a_missed_deadline_the_next_deadline_is_a_renewal_later()
    {
        var yearly = Signed(new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(3), Period.FromYears(1)));
        Assert.Equal(new LocalDate(2025, 9, 30), yearly.NextRenewalNoticeDeadlineOn(new LocalDate(2024, 10, 2))!.Value.Deadline);
    }

    [Theory]
    [InlineData("P0D", "P0D")]
    [InlineData("P-1Y", "P0D")]
    [InlineData("PT12H", "P0D")]
    [InlineData("P1Y", "P-1M")]
    public void Terms_need_a_positive_term_and_a_non_negative_notice_in_date_units(string term, string notice)
        => Assert.ThrowsAny<ArgumentException>(() => new AgreementTerms(new LocalDate(2024, 1, 1), NodaTime.Text.PeriodPattern.Roundtrip.Parse(term).Value, NodaTime.Text.PeriodPattern.Roundtrip.Parse(notice).Value));

    [Theory]
    [InlineData(AgreementStatus.Draft, "pending")]
    [InlineData(AgreementStatus.UnderNegotiation, "pending")]
    [InlineData(AgreementStatus.Signed, "pending")]
    [InlineData(AgreementStatus.InForce, "active")]
    [InlineData(AgreementStatus.Expired, "terminated")]
    [InlineData(AgreementStatus.Terminated, "terminated")]
    [InlineData(AgreementStatus.Cancelled, "cancelled")]
    public void Statuses_map_to_OCDS_contract_statuses(AgreementStatus status, string code)
        => Assert.Equal(code, OcdsContractStatus.Code(status));

    [Theory]
    [InlineData(AgreementStatus.Draft, null)]
    [InlineData(AgreementStatus.UnderNegotiation, null)]
    [InlineData(AgreementStatus.Signed, null)]
    [InlineData(AgreementStatus.InForce, null)]
    [InlineData(AgreementStatus.Expired, "terminatedSuccessfully")]
    [InlineData(AgreementStatus.Terminated, "terminatedEarly")]
    [InlineData(AgreementStatus.Cancelled, "cancelled")]
    public void Only_closed_agreements_have_an_OCDS_final_status(AgreementStatus status, string? code)
        => Assert.Equal(code, OcdsContractStatus.FinalStatusCode(status));

    [Fact]
    public void An_undefined_status_has_no_OCDS_code_and_the_refusal_says_so()
        => Assert.Equal(
            (true, true),
            (Assert.Throws<ArgumentOutOfRangeException>(() => OcdsContractStatus.Code((AgreementStatus)99)).Message.StartsWith("Not an agreement status.", StringComparison.Ordinal),
                Assert.Throws<ArgumentOutOfRangeException>(() => OcdsContractStatus.FinalStatusCode((AgreementStatus)99)).Message.StartsWith("Not an agreement status.", StringComparison.Ordinal)));

    [Fact]
    public void A_fixed_effective_date_is_the_effective_date_before_and_after_an_earlier_signing()
        => Assert.Equal(((LocalDate?)new LocalDate(2024, 1, 1), (LocalDate?)new LocalDate(2024, 1, 1)), (Draft().EffectiveDate, Signed().EffectiveDate));

    [Fact]
    public void A_termination_effective_on_the_last_day_of_the_term_makes_the_day_before_the_last_day()
    {
        // Ten days' notice given on 2024-12-20 runs from 2024-12-21 through 2024-12-30: terminated from 2024-12-31.
        var noticed = Signed(new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromDays(10))).GiveTerminationNotice(new LocalDate(2024, 12, 20), GwanakOffice);
        Assert.Equal(
            ((LocalDate?)new LocalDate(2024, 12, 31), (LocalDate?)new LocalDate(2024, 12, 30), AgreementStatus.Terminated),
            (noticed.TerminationEffectiveOn, noticed.ExpiryDateOn(new LocalDate(2024, 12, 20)), noticed.StatusOn(new LocalDate(2024, 12, 31))));
    }

    [Fact]
    public void A_draft_recording_a_term_that_ran_before_it_was_drafted_changes_status_only_when_drafted()
    {
        // Drafted on 2023-12-01 to record a cooperation from 2022-01-01 for a year; not yet signed.
        var draft = Draft(new AgreementTerms(new LocalDate(2022, 1, 1), Period.FromYears(1), Period.FromMonths(1)));
        Assert.Equal([new AgreementStatusChange(new LocalDate(2023, 12, 1), AgreementStatus.Draft)], draft.StatusChanges());
    }
}

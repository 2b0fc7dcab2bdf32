using System.Linq;
using Gwanak.Innovation.Agreements;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

public sealed class Gwanak2023MouTests
{
    [Fact]
    public void Bilateral_mou_is_signed_when_both_parties_signed_in_California()
        => Assert.Equal(BilateralSigningDay, Bilateral().FullySignedOn);

    [Fact]
    public void Bilateral_signatures_keep_the_Los_Angeles_time_of_signing()
    {
        var signature = Bilateral().Signatures[0];
        Assert.Equal(("America/Los_Angeles", new LocalDateTime(2023, 7, 12, 3, 0)), (signature.SignedAt.Zone.Id, signature.SignedAt.WithZone(Seoul).LocalDateTime));
    }

    [Fact]
    public void Bilateral_mou_is_dated_on_the_Californian_day_although_Seoul_had_reached_the_next()
        => Assert.Equal(AgreementStatus.InForce, Bilateral().StatusOn(BilateralSigningDay));

    [Fact]
    public void Bilateral_mou_with_one_signature_is_still_under_negotiation()
        => Assert.Equal(
            AgreementStatus.UnderNegotiation,
            BilateralUnderNegotiation().Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 7, 11, 11, 0).InZoneStrictly(LosAngeles))).StatusOn(new LocalDate(2024, 1, 1)));

    [Fact]
    public void Bilateral_mou_is_in_force_a_year_later()
        => Assert.Equal(AgreementStatus.InForce, Bilateral().StatusOn(BilateralSigningDay.PlusYears(1)));

    [Fact]
    public void Bilateral_mou_has_expired_three_years_later()
        => Assert.Equal(AgreementStatus.Expired, Bilateral().StatusOn(BilateralSigningDay.PlusYears(3)));

    [Fact]
    public void Bilateral_mou_expires_after_two_years_on_the_day_before_the_anniversary()
        => Assert.Equal(new LocalDate(2025, 7, 10), Bilateral().ExpiryDateOn(BilateralSigningDay.PlusYears(3)));

    [Fact]
    public void Bilateral_mou_has_no_renewal_and_so_no_renewal_notice_deadline()
        => Assert.Equal((null, null), (Bilateral().NextRenewalDateOn(BilateralSigningDay), Bilateral().NextRenewalNoticeDeadlineOn(BilateralSigningDay)));

    [Fact]
    public void Bilateral_mou_is_published_as_a_contract_that_terminated_successfully()
    {
        var status = Bilateral().StatusOn(BilateralSigningDay.PlusYears(3));
        Assert.Equal(("terminated", "terminatedSuccessfully"), (OcdsContractStatus.Code(status), OcdsContractStatus.FinalStatusCode(status)));
    }

    [Fact]
    public void Bilateral_mou_binds_only_its_confidentiality_clause()
        => Assert.Equal("non-binding except confidentiality", Bilateral().Binding.ToString());

    [Fact]
    public void Trilateral_mou_is_not_in_force_until_the_third_party_signed()
    {
        var twoOfThree = TrilateralUnderNegotiation()
            .Sign(new Signature(Kaccoc, KaccocPresident, new LocalDateTime(2023, 8, 16, 15, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(Chamber, ChamberHead, new LocalDateTime(2023, 8, 16, 15, 2).InZoneStrictly(Seoul)));
        Assert.Equal(AgreementStatus.UnderNegotiation, twoOfThree.StatusOn(TrilateralSigningDay));
    }

    [Fact]
    public void Trilateral_mou_is_in_force_from_the_day_it_was_signed_in_Gwanak_gu()
        => Assert.Equal(AgreementStatus.InForce, Trilateral().StatusOn(TrilateralSigningDay));

    [Fact]
    public void Trilateral_mou_was_not_in_force_the_day_before()
        => Assert.Equal(AgreementStatus.UnderNegotiation, Trilateral().StatusOn(TrilateralSigningDay.PlusDays(-1)));

    [Fact]
    public void Trilateral_mou_renewed_itself_and_is_in_force_a_year_later()
        => Assert.Equal((AgreementStatus.InForce, new LocalDate(2025, 8, 15)), (Trilateral().StatusOn(TrilateralSigningDay.PlusYears(1)), Trilateral().ExpiryDateOn(TrilateralSigningDay.PlusYears(1))));

    [Fact]
    public void Trilateral_mou_is_still_in_force_three_years_later_in_its_fourth_term()
        => Assert.Equal((AgreementStatus.InForce, new LocalDate(2027, 8, 15)), (Trilateral().StatusOn(TrilateralSigningDay.PlusYears(3)), Trilateral().ExpiryDateOn(TrilateralSigningDay.PlusYears(3))));

    [Fact]
    public void Trilateral_mou_next_renews_on_the_anniversary()
        => Assert.Equal(new LocalDate(2027, 8, 16), Trilateral().NextRenewalDateOn(TrilateralSigningDay.PlusYears(3)));

    [Fact]
    public void Trilateral_mou_notice_must_be_given_a_month_before_the_expiry()
        => Assert.Equal(
            new RenewalNoticeDeadline(Trilateral().Id, new LocalDate(2027, 7, 15), new LocalDate(2027, 8, 16)),
            Trilateral().NextRenewalNoticeDeadlineOn(TrilateralSigningDay.PlusYears(3)));

    [Fact]
    public void Trilateral_mou_terminated_by_timely_notice_is_terminated_three_years_later()
    {
        var terminated = Trilateral().GiveTerminationNotice(new LocalDate(2025, 7, 1), Federation);
        Assert.Equal(AgreementStatus.Terminated, terminated.StatusOn(TrilateralSigningDay.PlusYears(3)));
    }

    [Fact]
    public void Timely_notice_ends_the_trilateral_mou_with_its_term_before_its_renewal()
    {
        // Notice on 2025-07-15: the month runs 07-16 to 08-15, the last day of the term.
        var terminated = Trilateral().GiveTerminationNotice(new LocalDate(2025, 7, 15), Federation);
        Assert.Equal(
            (AgreementStatus.InForce, AgreementStatus.Terminated, (LocalDate?)null),
            (terminated.StatusOn(new LocalDate(2025, 8, 15)), terminated.StatusOn(new LocalDate(2025, 8, 16)), terminated.NextRenewalDateOn(new LocalDate(2025, 7, 20))));
    }

    [Fact]
    public void Notice_a_month_before_the_renewal_day_is_a_day_late_and_the_mou_renews()
    {
        // Notice on 2025-07-16: the month runs 07-17 to 08-16, past the expiry on 08-15, so the renewal on 08-16 happens.
        var late = Trilateral().GiveTerminationNotice(new LocalDate(2025, 7, 16), Federation);
        Assert.Equal((AgreementStatus.InForce, AgreementStatus.Terminated), (late.StatusOn(new LocalDate(2025, 8, 16)), late.StatusOn(new LocalDate(2025, 8, 17))));
    }

    [Fact]
    public void Late_notice_lets_the_renewal_happen_and_ends_the_mou_in_its_next_term()
    {
        var late = Trilateral().GiveTerminationNotice(new LocalDate(2025, 7, 20), Federation);
        Assert.Equal(
            (AgreementStatus.InForce, new LocalDate(2025, 8, 20), AgreementStatus.Terminated),
            (late.StatusOn(new LocalDate(2025, 8, 20)), late.ExpiryDateOn(new LocalDate(2025, 8, 16))!.Value, late.StatusOn(new LocalDate(2025, 8, 21))));
    }

    [Fact]
    public void Trilateral_mou_terminated_early_is_published_as_such()
    {
        var terminated = Trilateral().GiveTerminationNotice(new LocalDate(2024, 1, 10), Kaccoc);
        Assert.Equal("terminatedEarly", OcdsContractStatus.FinalStatusCode(terminated.StatusOn(new LocalDate(2024, 3, 1))));
    }

    [Fact]
    public void Trilateral_mou_carries_the_commitments_KACCOC_made_in_2023()
        => Assert.Equal(
            [CommitmentCategory.MarketEntrySupport, CommitmentCategory.Internship, CommitmentCategory.Volunteering],
            Trilateral().Commitments.Where(c => c.Party == Kaccoc).Select(c => c.Category));

    [Fact]
    public void Both_2023_mous_replay_from_their_history()
        => Assert.All([Bilateral(), Trilateral()], a => Assert.Equal(a, Agreement.Replay(a.History)));
}

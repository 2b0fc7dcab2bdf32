using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

/// <summary>A term that starts when the last party signs (체결일부터 효력): in force from that local date, counted as the Civil Code or the terms say.</summary>
public sealed class AgreementTermFromSigningTests
{
    private static readonly LocalizedText Summary = LocalizedText.Create("조건 변경", "Terms changed");

    private static Agreement UnderNegotiation(PeriodCounting counting = PeriodCounting.CivilCode)
        => Agreement.Create(new AgreementId("signing-mou"), new LocalDate(2023, 12, 1), AgreementKind.MemorandumOfUnderstanding, LocalizedText.Create("목적", "Purpose"), [GwanakOffice, Kaccoc], [], AgreementBinding.NonBinding, AgreementTerms.FromSigning(Period.FromYears(1), Period.FromMonths(1), Period.FromYears(1), counting))
            .StartNegotiation(new LocalDate(2023, 12, 5))
            .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 12, 10, 10, 0).InZoneStrictly(Seoul)));

    private static Agreement Signed(PeriodCounting counting = PeriodCounting.CivilCode)
        => UnderNegotiation(counting).Sign(new Signature(Kaccoc, Mayor, new LocalDateTime(2023, 12, 11, 10, 0).InZoneStrictly(Seoul)));

    [Fact]
    public void It_is_in_force_from_the_day_the_last_party_signs()
        => Assert.Equal((AgreementStatus.UnderNegotiation, AgreementStatus.InForce), (Signed().StatusOn(new LocalDate(2023, 12, 10)), Signed().StatusOn(new LocalDate(2023, 12, 11))));

    [Fact]
    public void Its_effective_date_is_the_day_of_the_last_signature()
        => Assert.Equal(new LocalDate(2023, 12, 11), Signed().EffectiveDate);

    [Fact]
    public void Until_every_party_has_signed_it_has_no_effective_date_or_expiry()
        => Assert.Equal(((LocalDate?)null, (LocalDate?)null, (LocalDate?)null), (UnderNegotiation().EffectiveDate, UnderNegotiation().ExpiryDateOn(new LocalDate(2023, 12, 10)), UnderNegotiation().Terms.InitialExpiryDate));

    [Fact]
    public void Under_the_Civil_Code_a_year_from_signing_is_counted_from_the_next_day()
        => Assert.Equal((new LocalDate(2024, 12, 11), new LocalDate(2024, 12, 12)), (Signed().ExpiryDateOn(new LocalDate(2024, 1, 1))!.Value, Signed().NextRenewalDateOn(new LocalDate(2024, 1, 1))!.Value));

    [Fact]
    public void Terms_that_count_the_day_of_signing_end_the_year_a_day_sooner()
        => Assert.Equal(new LocalDate(2024, 12, 10), Signed(PeriodCounting.FirstDayIncluded).ExpiryDateOn(new LocalDate(2024, 1, 1)));

    [Fact]
    public void Counterparts_signed_in_Seoul_and_then_in_Los_Angeles_start_the_term_on_the_latest_local_date_of_signing()
    {
        var signed = UnderNegotiation().Sign(new Signature(Kaccoc, Mayor, new LocalDateTime(2023, 12, 10, 18, 0).InZoneStrictly(LosAngeles)));
        Assert.Equal(new LocalDate(2024, 12, 10), signed.ExpiryDateOn(new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void The_last_notice_day_is_counted_back_from_the_expiry_a_year_after_signing()
        => Assert.Equal(new RenewalNoticeDeadline(new AgreementId("signing-mou"), new LocalDate(2024, 11, 11), new LocalDate(2024, 12, 12)), Signed().NextRenewalNoticeDeadlineOn(new LocalDate(2024, 1, 1)));

    [Fact]
    public void The_stored_schedule_counts_the_term_from_the_day_after_signing()
        => Assert.Equal((new LocalDate(2023, 12, 12), PeriodCounting.CivilCode), (Signed().RenewalSchedule()!.Origin, Signed().RenewalSchedule()!.Counting));

    [Fact]
    public void Amending_a_signed_agreement_from_signing_to_a_fixed_day_is_refused()
    {
        var signed = Signed();
        Assert.Equal(AgreementRules.AmendmentMovesTerm, signed.TryAmend(new LocalDate(2024, 2, 1), Summary, signed.Terms.WithEffectiveDate(new LocalDate(2024, 1, 1)), signed.Commitments).Refusal?.RuleId);
    }

    [Fact]
    public void Amending_how_a_signed_term_from_signing_counts_the_day_of_signing_is_refused()
    {
        var signed = Signed();
        Assert.Equal(AgreementRules.AmendmentMovesTerm, signed.TryAmend(new LocalDate(2024, 2, 1), Summary, signed.Terms.WithCounting(PeriodCounting.FirstDayIncluded), signed.Commitments).Refusal?.RuleId);
    }

    [Fact]
    public void The_refusal_to_change_how_the_day_of_signing_counts_names_both_countings()
    {
        var signed = Signed();
        Assert.Equal(
            "Cannot amend signing-mou on 2024-02-01 to take effect on signing (counting the day of signing) for P1Y: it was signed to take effect on signing (counted from the next day) for P1Y. Extend a signed agreement with a renewal instead.",
            signed.TryAmend(new LocalDate(2024, 2, 1), Summary, signed.Terms.WithCounting(PeriodCounting.FirstDayIncluded), signed.Commitments).Refusal?.Message);
    }

    [Fact]
    public void Amending_how_notice_is_counted_on_a_term_from_a_fixed_day_is_allowed()
    {
        var fixedDay = Gwanak2023Mous.Trilateral();
        var amended = fixedDay.Amend(new LocalDate(2024, 2, 1), Summary, fixedDay.Terms.WithCounting(PeriodCounting.FirstDayIncluded), fixedDay.Commitments);
        Assert.Equal(new LocalDate(2024, 7, 16), amended.NextRenewalNoticeDeadlineOn(new LocalDate(2024, 2, 1))!.Value.Deadline);
    }

    [Fact]
    public void A_draft_amended_to_start_on_signing_starts_on_signing()
    {
        var draft = Agreement.Create(new AgreementId("signing-mou"), new LocalDate(2023, 12, 1), AgreementKind.MemorandumOfUnderstanding, Summary, [GwanakOffice, Kaccoc], [], AgreementBinding.NonBinding, new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(1)));
        var signed = draft.Amend(new LocalDate(2023, 12, 2), Summary, draft.Terms.WithEffectiveDate(null), draft.Commitments)
            .StartNegotiation(new LocalDate(2023, 12, 5))
            .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 12, 10, 10, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(Kaccoc, Mayor, new LocalDateTime(2023, 12, 11, 10, 0).InZoneStrictly(Seoul)));
        Assert.Equal((AgreementStatus.InForce, new LocalDate(2024, 12, 11)), (signed.StatusOn(new LocalDate(2023, 12, 11)), signed.ExpiryDateOn(new LocalDate(2023, 12, 11))!.Value));
    }

    [Fact]
    public void Terms_from_signing_read_as_such()
        => Assert.Equal("from signing for P1Y, renewing by P1Y, notice P1M, counting the first day", AgreementTerms.FromSigning(Period.FromYears(1), Period.FromMonths(1), Period.FromYears(1), PeriodCounting.FirstDayIncluded).ToString());

    [Fact]
    public void An_undefined_counting_is_refused_naming_it()
        => Assert.Equal("counting", Assert.ThrowsAny<System.ArgumentException>(() => AgreementTerms.FromSigning(Period.FromYears(1), Period.Zero, null, (PeriodCounting)7)).ParamName);
}

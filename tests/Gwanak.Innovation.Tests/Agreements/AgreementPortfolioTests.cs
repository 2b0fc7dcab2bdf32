using System;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

public sealed class AgreementPortfolioTests
{
    private static AgreementPortfolio Gwanak2023MousAndACancelledDraft()
    {
        var t = Trilateral();
        var cancelledDraft = Agreement.Create(new AgreementId("mou-2023-cancelled-draft"), new LocalDate(2023, 7, 1), t.Kind, t.Purpose, t.Parties, t.Commitments, t.Binding, t.Terms)
            .Cancel(new LocalDate(2023, 7, 10), LocalizedText.Create("3자 간 MOU로 대체", "Replaced by the trilateral MOU"));
        return new([Bilateral(), t, cancelledDraft]);
    }

    private static AgreementPortfolio Gwanak2023MouPortfolio() => new([Bilateral(), Trilateral()]);

    /// <summary>An agreement drafted, negotiated and signed on 2024-03-01, in force from that day for a month (or a year, renewing yearly).</summary>
    private static Agreement SignedOnItsDraftDay(string id, bool renewing = false)
    {
        LocalDate day = new(2024, 3, 1);
        var terms = renewing
            ? new AgreementTerms(day, Period.FromYears(1), Period.FromMonths(1), Period.FromYears(1))
            : new AgreementTerms(day, Period.FromMonths(1), Period.FromMonths(1));
        return Agreement.Create(new AgreementId(id), day, AgreementKind.BusinessAgreement, LocalizedText.Create("정보 교류", "Information exchange"), [GwanakOffice, Chamber], [], AgreementBinding.NonBinding, terms)
            .StartNegotiation(day)
            .Sign(new Signature(GwanakOffice, Mayor, day.At(new LocalTime(10, 0)).InZoneStrictly(Seoul)))
            .Sign(new Signature(Chamber, ChamberHead, day.At(new LocalTime(10, 5)).InZoneStrictly(Seoul)));
    }

    [Fact]
    public void Both_2023_mous_are_in_force_at_the_end_of_2023()
        => Assert.Equal(["mou-2023-gwanak-kaccoc", "mou-2023-kaccoc-gwanak-chambers"], Gwanak2023MouPortfolio().InForceOn(new LocalDate(2023, 12, 31)).Select(a => a.Id.Value));

    [Fact]
    public void Only_the_renewing_trilateral_mou_is_in_force_three_years_on()
        => Assert.Equal(["mou-2023-kaccoc-gwanak-chambers"], Gwanak2023MouPortfolio().InForceOn(new LocalDate(2026, 8, 16)).Select(a => a.Id.Value));

    [Fact]
    public void The_bilateral_mou_expires_within_the_summer_of_2025()
        => Assert.Equal(["mou-2023-gwanak-kaccoc"], Gwanak2023MouPortfolio().ExpiringWithin(new LocalDate(2025, 6, 1), new LocalDate(2025, 8, 31)).Select(a => a.Id.Value));

    [Fact]
    public void A_renewing_mou_does_not_count_as_expiring()
        => Assert.Empty(Gwanak2023MouPortfolio().ExpiringWithin(new LocalDate(2025, 8, 1), new LocalDate(2025, 8, 31)));

    [Fact]
    public void A_mou_under_notice_counts_as_expiring_on_its_last_day()
    {
        var portfolio = new AgreementPortfolio([Trilateral().GiveTerminationNotice(new LocalDate(2024, 1, 10), Kaccoc)]);
        Assert.Single(portfolio.ExpiringWithin(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)));
    }

    [Fact]
    public void Renewal_notice_deadlines_in_the_next_ninety_days_list_the_trilateral_mou()
        => Assert.Equal(
            [new RenewalNoticeDeadline(Trilateral().Id, new LocalDate(2024, 7, 15), new LocalDate(2024, 8, 16))],
            Gwanak2023MouPortfolio().RenewalNoticeDeadlinesWithin(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 1).PlusDays(90)));

    [Fact]
    public void A_window_before_the_deadline_lists_nothing()
        => Assert.Empty(Gwanak2023MouPortfolio().RenewalNoticeDeadlinesWithin(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31)));

    [Fact]
    public void Deadlines_are_answered_as_known_on_the_first_day_of_the_window()
    {
        // Notice given later, on 2024-07-01, was not known on 2024-06-01.
        var noticed = new AgreementPortfolio([Trilateral().GiveTerminationNotice(new LocalDate(2024, 7, 1), Chamber)]);
        Assert.Equal(
            (1, 0),
            (noticed.RenewalNoticeDeadlinesWithin(new LocalDate(2024, 6, 1), new LocalDate(2024, 8, 30)).Count, noticed.RenewalNoticeDeadlinesWithin(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 29)).Count));
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_names_the_parameter()
        => Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => Gwanak2023MousAndACancelledDraft().RenewalNoticeDeadlinesWithin(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1))).ParamName);

    [Fact]
    public void KACCOC_is_a_party_to_all_three_agreements()
        => Assert.Equal(3, Gwanak2023MousAndACancelledDraft().WithParty(Kaccoc).Count);

    [Fact]
    public void The_Gwanak_gu_office_is_a_party_to_the_bilateral_mou_only()
        => Assert.Equal(["mou-2023-gwanak-kaccoc"], Gwanak2023MousAndACancelledDraft().WithParty(GwanakOffice).Select(a => a.Id.Value));

    [Fact]
    public void An_organisation_without_agreements_has_none()
        => Assert.Empty(Gwanak2023MousAndACancelledDraft().WithParty(new OrganizationId("apple")));

    [Fact]
    public void Internships_are_committed_in_the_trilateral_mou_and_its_cancelled_draft()
        => Assert.Equal(2, Gwanak2023MousAndACancelledDraft().WithCommitment(CommitmentCategory.Internship).Count);

    [Fact]
    public void No_2023_agreement_commits_to_people_exchange()
        => Assert.Empty(Gwanak2023MousAndACancelledDraft().WithCommitment(CommitmentCategory.PeopleExchange));

    [Fact]
    public void An_agreement_listed_twice_names_the_parameter()
        => Assert.Equal("agreements", Assert.Throws<ArgumentException>(() => new AgreementPortfolio([Bilateral(), Bilateral()])).ParamName);

    [Fact]
    public void Published_statuses_follow_OCDS()
        => Assert.Equal(
            ["active", "active", "cancelled"],
            Gwanak2023MousAndACancelledDraft().Agreements.Select(a => a.OcdsStatusOn(new LocalDate(2024, 1, 1))));

    [Fact]
    public void An_agreement_signed_on_the_day_it_was_drafted_is_in_force_that_day()
        => Assert.Equal(["agreement-same-day"], new AgreementPortfolio([SignedOnItsDraftDay("agreement-same-day")]).InForceOn(new LocalDate(2024, 3, 1)).Select(a => a.Id.Value));

    [Fact]
    public void An_agreement_signed_on_the_day_it_was_drafted_and_the_window_starts_counts_as_expiring()
        => Assert.Equal(["agreement-same-day"], new AgreementPortfolio([SignedOnItsDraftDay("agreement-same-day")]).ExpiringWithin(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31)).Select(a => a.Id.Value));

    [Fact]
    public void A_one_day_window_on_the_last_day_of_the_bilateral_mou_lists_it()
        => Assert.Equal(["mou-2023-gwanak-kaccoc"], Gwanak2023MouPortfolio().ExpiringWithin(new LocalDate(2025, 7, 10), new LocalDate(2025, 7, 10)).Select(a => a.Id.Value));

    [Fact]
    public void An_agreement_ending_after_the_window_does_not_count_as_expiring()
        => Assert.Empty(Gwanak2023MouPortfolio().ExpiringWithin(new LocalDate(2024, 6, 1), new LocalDate(2024, 8, 31)));

    [Fact]
    public void Expiring_agreements_are_listed_by_their_last_day_in_force()
    {
        var portfolio = new AgreementPortfolio([Bilateral(), Trilateral().GiveTerminationNotice(new LocalDate(2024, 1, 10), Kaccoc)]);
        Assert.Equal(
            ["mou-2023-kaccoc-gwanak-chambers", "mou-2023-gwanak-kaccoc"],
            portfolio.ExpiringWithin(new LocalDate(2024, 1, 15), new LocalDate(2025, 12, 31)).Select(a => a.Id.Value));
    }

    [Fact]
    public void An_agreement_drafted_after_the_window_starts_is_not_listed_as_expiring()
    {
        // The trilateral MOU was drafted on 2023-07-20, after the window opens.
        var portfolio = new AgreementPortfolio([Bilateral(), Trilateral().GiveTerminationNotice(new LocalDate(2024, 1, 10), Kaccoc)]);
        Assert.Equal(["mou-2023-gwanak-kaccoc"], portfolio.ExpiringWithin(new LocalDate(2023, 7, 15), new LocalDate(2025, 12, 31)).Select(a => a.Id.Value));
    }

    [Fact]
    public void A_window_for_expiring_agreements_that_ends_before_it_starts_is_refused_naming_both_days()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Gwanak2023MouPortfolio().ExpiringWithin(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1)));
        Assert.Equal(("to", true), (e.ParamName, e.Message.StartsWith("The window ends on 2024-01-01, before it starts on 2024-01-02.", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_window_opening_on_the_day_of_the_last_signature_lists_the_deadline_once()
        => Assert.Equal(
            [new RenewalNoticeDeadline(TrilateralId, new LocalDate(2024, 7, 15), new LocalDate(2024, 8, 16))],
            Gwanak2023MouPortfolio().RenewalNoticeDeadlinesWithin(TrilateralSigningDay, new LocalDate(2024, 8, 16)));

    [Fact]
    public void A_deadline_known_on_the_day_of_drafting_and_signing_is_listed_although_notice_came_later()
    {
        var noticed = SignedOnItsDraftDay("agreement-same-day", renewing: true).GiveTerminationNotice(new LocalDate(2024, 6, 1), Chamber);
        Assert.Equal(
            [new RenewalNoticeDeadline(noticed.Id, new LocalDate(2025, 1, 31), new LocalDate(2025, 3, 1))],
            new AgreementPortfolio([noticed]).RenewalNoticeDeadlinesWithin(new LocalDate(2024, 3, 1), new LocalDate(2025, 3, 1)));
    }

    [Fact]
    public void Deadlines_on_the_same_day_are_listed_by_agreement_id()
        => Assert.Equal(
            ["agreement-a", "agreement-b"],
            new AgreementPortfolio([SignedOnItsDraftDay("agreement-b", renewing: true), SignedOnItsDraftDay("agreement-a", renewing: true)])
                .RenewalNoticeDeadlinesWithin(new LocalDate(2024, 3, 1), new LocalDate(2025, 3, 1)).Select(d => d.Agreement.Value));

    [Fact]
    public void A_missing_agreement_is_refused_naming_the_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => new AgreementPortfolio([Bilateral(), null!]));
        Assert.Equal(("agreements", true), (e.ParamName, e.Message.StartsWith("An agreement is missing (null).", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_agreement_listed_twice_is_named_in_the_refusal()
        => Assert.StartsWith(
            "The agreement mou-2023-gwanak-kaccoc is listed twice.",
            Assert.Throws<ArgumentException>(() => new AgreementPortfolio([Bilateral(), Trilateral(), Bilateral()])).Message,
            StringComparison.Ordinal);
}

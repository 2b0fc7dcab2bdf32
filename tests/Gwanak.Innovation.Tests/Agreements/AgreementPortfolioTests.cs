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
}

using System;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.SeedMous;

namespace Gwanak.Innovation.Tests.Agreements;

public sealed class AgreementPortfolioTests
{
    private static AgreementPortfolio Seed()
    {
        var t = Trilateral();
        var cancelledDraft = Agreement.Draft(new AgreementId("mou-2023-cancelled-draft"), t.Kind, t.Purpose, t.Parties, t.Commitments, t.Binding, t.Terms, new LocalDate(2023, 7, 1))
            .Cancel(new LocalDate(2023, 7, 10), LocalizedText.Create("3자 간 MOU로 대체", "Replaced by the trilateral MOU"));
        return new([Bilateral(), t, cancelledDraft]);
    }

    private static AgreementPortfolio SeedWithoutCancelled() => new([Bilateral(), Trilateral()]);

    [Fact]
    public void Both_seed_mous_are_in_force_at_the_end_of_2023()
        => Assert.Equal(["mou-2023-gwanak-kaccoc", "mou-2023-kaccoc-gwanak-chambers"], SeedWithoutCancelled().InForceOn(new LocalDate(2023, 12, 31)).Select(a => a.Id.Value));

    [Fact]
    public void Only_the_renewing_trilateral_mou_is_in_force_three_years_on()
        => Assert.Equal(["mou-2023-kaccoc-gwanak-chambers"], SeedWithoutCancelled().InForceOn(new LocalDate(2026, 8, 16)).Select(a => a.Id.Value));

    [Fact]
    public void The_bilateral_mou_expires_within_the_summer_of_2025()
        => Assert.Equal(["mou-2023-gwanak-kaccoc"], SeedWithoutCancelled().ExpiringWithin(new LocalDate(2025, 6, 1), new LocalDate(2025, 8, 31)).Select(a => a.Id.Value));

    [Fact]
    public void A_renewing_mou_does_not_count_as_expiring()
        => Assert.Empty(SeedWithoutCancelled().ExpiringWithin(new LocalDate(2025, 8, 1), new LocalDate(2025, 8, 31)));

    [Fact]
    public void A_mou_under_notice_counts_as_expiring_on_its_last_day()
    {
        var portfolio = new AgreementPortfolio([Trilateral().GiveTerminationNotice(Kaccoc, new LocalDate(2024, 1, 10))]);
        Assert.Single(portfolio.ExpiringWithin(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)));
    }

    [Fact]
    public void Renewal_notice_deadlines_in_the_next_ninety_days_list_the_trilateral_mou()
        => Assert.Equal(
            [new RenewalNoticeDeadline(Trilateral().Id, new LocalDate(2024, 7, 16), new LocalDate(2024, 8, 16))],
            SeedWithoutCancelled().RenewalNoticeDeadlinesWithin(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 1).PlusDays(90)));

    [Fact]
    public void A_window_before_the_deadline_lists_nothing()
        => Assert.Empty(SeedWithoutCancelled().RenewalNoticeDeadlinesWithin(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31)));

    [Fact]
    public void Deadlines_are_answered_as_known_on_the_first_day_of_the_window()
    {
        // Notice given later, on 2024-07-01, was not known on 2024-06-01.
        var noticed = new AgreementPortfolio([Trilateral().GiveTerminationNotice(Chamber, new LocalDate(2024, 7, 1))]);
        Assert.Equal(
            (1, 0),
            (noticed.RenewalNoticeDeadlinesWithin(new LocalDate(2024, 6, 1), new LocalDate(2024, 8, 30)).Count, noticed.RenewalNoticeDeadlinesWithin(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 29)).Count));
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_names_the_parameter()
        => Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => Seed().RenewalNoticeDeadlinesWithin(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1))).ParamName);

    [Fact]
    public void KACCOC_is_a_party_to_all_three_seed_agreements()
        => Assert.Equal(3, Seed().WithParty(Kaccoc).Count);

    [Fact]
    public void The_Gwanak_gu_office_is_a_party_to_the_bilateral_mou_only()
        => Assert.Equal(["mou-2023-gwanak-kaccoc"], Seed().WithParty(GwanakOffice).Select(a => a.Id.Value));

    [Fact]
    public void An_organisation_without_agreements_has_none()
        => Assert.Empty(Seed().WithParty(new OrganizationId("apple")));

    [Fact]
    public void Internships_are_committed_in_the_trilateral_mou_and_its_cancelled_draft()
        => Assert.Equal(2, Seed().WithCommitment(CommitmentCategory.Internship).Count);

    [Fact]
    public void No_seed_agreement_commits_to_people_exchange()
        => Assert.Empty(Seed().WithCommitment(CommitmentCategory.PeopleExchange));

    [Fact]
    public void An_agreement_listed_twice_names_the_parameter()
        => Assert.Equal("agreements", Assert.Throws<ArgumentException>(() => new AgreementPortfolio([Bilateral(), Bilateral()])).ParamName);

    [Fact]
    public void Published_statuses_follow_OCDS()
        => Assert.Equal(
            ["active", "active", "cancelled"],
            Seed().Agreements.Select(a => a.OcdsStatusOn(new LocalDate(2024, 1, 1))));
}

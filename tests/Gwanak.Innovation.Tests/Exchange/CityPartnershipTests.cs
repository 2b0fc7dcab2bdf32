using System;
using System.Linq;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.SeedExchange;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class CityPartnershipTests
{
    private static readonly LocalDate ArticleDay = new(2023, 8, 23);
    private static readonly AgreementId SisterAgreement = new("sister-gwanak-fullerton");

    private static CouncilResolution SisterResolution(LocalDate date) => new(date, "의안 제2024-17호", PartnershipStage.SisterCity);

    [Fact]
    public void The_three_ties_of_the_seed_each_stand_at_their_own_stage()
    {
        var stages = new[] { FullertonTie(), CupertinoTie(), SanFranciscoTie() }.Select(p => p.StageOn(ArticleDay)).ToArray();
        Assert.Equal([PartnershipStage.Exploring, PartnershipStage.FriendshipCity, PartnershipStage.LetterOfIntent], stages);
    }

    [Fact]
    public void Fullertons_return_visit_is_the_last_activity_of_the_tie()
        => Assert.Equal(new LocalDate(2023, 7, 24), FullertonTie().LastActivityOn);

    [Fact]
    public void Time_since_last_activity_counts_days_from_the_return_visit()
        => Assert.Equal(Period.FromDays(30), FullertonTie().TimeSinceLastActivity(ArticleDay));

    [Fact]
    public void Stage_on_a_day_before_the_first_contact_is_null()
        => Assert.Null(CupertinoTie().StageOn(new LocalDate(2022, 10, 31)));

    [Fact]
    public void Stage_on_a_day_reads_the_history_at_that_day()
    {
        var tie = CupertinoTie();
        Assert.Equal(PartnershipStage.Exploring, tie.StageOn(new LocalDate(2023, 3, 14)));
        Assert.Equal(PartnershipStage.FriendshipCity, tie.StageOn(new LocalDate(2023, 3, 15)));
    }

    [Fact]
    public void Sister_city_with_resolution_and_agreement_is_reached()
    {
        var tie = FullertonTie()
            .RecordCouncilResolution(SisterResolution(new LocalDate(2024, 4, 10)))
            .AdvanceTo(PartnershipStage.SisterCity, new LocalDate(2024, 5, 2), PartnershipPolicy.Default, SisterAgreement);
        Assert.Equal((PartnershipStage.SisterCity, (AgreementId?)SisterAgreement), (tie.Stage, tie.FoundingAgreement));
    }

    [Fact]
    public void Sister_city_without_a_council_resolution_is_refused()
    {
        var e = Assert.Throws<DomainRuleException>(() => FullertonTie().AdvanceTo(PartnershipStage.SisterCity, new LocalDate(2024, 5, 2), PartnershipPolicy.Default, SisterAgreement));
        Assert.Equal(PartnershipRules.SisterCityNeedsCouncilResolution, e.RuleId);
    }

    [Fact]
    public void A_resolution_approving_friendship_does_not_make_a_sister_city()
    {
        var tie = FullertonTie().RecordCouncilResolution(new CouncilResolution(new LocalDate(2024, 4, 10), "의안 제2024-3호", PartnershipStage.FriendshipCity));
        var e = Assert.Throws<DomainRuleException>(() => tie.AdvanceTo(PartnershipStage.SisterCity, new LocalDate(2024, 5, 2), PartnershipPolicy.Default, SisterAgreement));
        Assert.Equal(PartnershipRules.SisterCityNeedsCouncilResolution, e.RuleId);
    }

    [Fact]
    public void Sister_city_without_the_founding_agreement_is_refused()
    {
        var tie = FullertonTie().RecordCouncilResolution(SisterResolution(new LocalDate(2024, 4, 10)));
        var e = Assert.Throws<DomainRuleException>(() => tie.AdvanceTo(PartnershipStage.SisterCity, new LocalDate(2024, 5, 2), PartnershipPolicy.Default));
        Assert.Equal(PartnershipRules.SisterCityNeedsAgreement, e.RuleId);
    }

    [Fact]
    public void Friendship_needs_no_resolution_under_the_default_policy()
        => Assert.True(FullertonTie().CanAdvanceTo(PartnershipStage.FriendshipCity, new LocalDate(2024, 1, 5), PartnershipPolicy.Default));

    [Fact]
    public void Friendship_without_resolution_is_refused_when_the_ordinance_demands_one()
    {
        var policy = PartnershipPolicy.FriendshipByResolution(new LocalDate(2024, 1, 1));
        var e = Assert.Throws<DomainRuleException>(() => FullertonTie().AdvanceTo(PartnershipStage.FriendshipCity, new LocalDate(2024, 1, 5), policy));
        Assert.Equal(PartnershipRules.FriendshipNeedsCouncilResolution, e.RuleId);
    }

    [Fact]
    public void Friendship_with_resolution_is_reached_when_the_ordinance_demands_one()
    {
        var policy = PartnershipPolicy.FriendshipByResolution(new LocalDate(2024, 1, 1));
        var tie = FullertonTie()
            .RecordCouncilResolution(new CouncilResolution(new LocalDate(2024, 1, 3), "의안 제2024-1호", PartnershipStage.FriendshipCity))
            .AdvanceTo(PartnershipStage.FriendshipCity, new LocalDate(2024, 1, 5), policy);
        Assert.Equal(PartnershipStage.FriendshipCity, tie.Stage);
    }

    [Theory]
    [InlineData(PartnershipStage.Exploring)]
    [InlineData(PartnershipStage.LetterOfIntent)]
    [InlineData(PartnershipStage.Dormant)]
    [InlineData(PartnershipStage.Ended)]
    public void Moving_a_friendship_city_back_or_sideways_is_refused(PartnershipStage target)
    {
        var e = Assert.Throws<DomainRuleException>(() => CupertinoTie().AdvanceTo(target, new LocalDate(2024, 1, 5), PartnershipPolicy.Default));
        Assert.Equal(PartnershipRules.IllegalStageMove, e.RuleId);
    }

    [Fact]
    public void An_event_dated_before_the_last_one_is_refused()
    {
        var e = Assert.Throws<DomainRuleException>(() => FullertonTie().RecordActivity(new LocalDate(2023, 7, 20), "Call."));
        Assert.Equal(PartnershipRules.EventBeforeLastEvent, e.RuleId);
    }

    [Fact]
    public void A_dormant_tie_revives_at_the_stage_it_had()
    {
        var tie = CupertinoTie().GoDormant(new LocalDate(2026, 1, 1)).Revive(new LocalDate(2026, 6, 1));
        Assert.Equal(PartnershipStage.FriendshipCity, tie.Stage);
    }

    [Fact]
    public void A_dormant_tie_cannot_move_up_before_it_is_revived()
    {
        var tie = CupertinoTie().RecordCouncilResolution(SisterResolution(new LocalDate(2025, 1, 1))).GoDormant(new LocalDate(2026, 1, 1));
        var e = Assert.Throws<DomainRuleException>(() => tie.AdvanceTo(PartnershipStage.SisterCity, new LocalDate(2026, 2, 1), PartnershipPolicy.Default, SisterAgreement));
        Assert.Equal(PartnershipRules.IllegalStageMove, e.RuleId);
    }

    [Fact]
    public void A_dormant_tie_cannot_go_dormant_again()
        => Assert.Equal(PartnershipRules.IllegalStageMove, Assert.Throws<DomainRuleException>(() => CupertinoTie().GoDormant(new LocalDate(2026, 1, 1)).GoDormant(new LocalDate(2026, 2, 1))).RuleId);

    [Fact]
    public void Reviving_a_live_tie_is_refused()
        => Assert.Equal(PartnershipRules.IllegalStageMove, Assert.Throws<DomainRuleException>(() => CupertinoTie().Revive(new LocalDate(2026, 1, 1))).RuleId);

    [Fact]
    public void An_ended_tie_accepts_nothing_more()
    {
        var tie = SanFranciscoTie().End(new LocalDate(2025, 1, 1));
        var e = Assert.Throws<DomainRuleException>(() => tie.RecordActivity(new LocalDate(2025, 2, 1), "Call."));
        Assert.Equal(PartnershipRules.PartnershipEnded, e.RuleId);
    }

    [Fact]
    public void A_refused_move_leaves_the_tie_as_it_was()
    {
        var tie = FullertonTie();
        Assert.ThrowsAny<DomainRuleException>(() => tie.AdvanceTo(PartnershipStage.SisterCity, new LocalDate(2024, 5, 2), PartnershipPolicy.Default, SisterAgreement));
        Assert.Equal(2, tie.History.Count);
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_partnership()
    {
        var tie = CupertinoTie().RecordCouncilResolution(SisterResolution(new LocalDate(2025, 1, 1)))
            .AdvanceTo(PartnershipStage.SisterCity, new LocalDate(2025, 3, 1), PartnershipPolicy.Default, SisterAgreement)
            .GoDormant(new LocalDate(2027, 1, 1));
        var replayed = CityPartnership.Replay(tie.History);
        Assert.Equal((tie, tie.Stage, tie.StageBeforeDormancy), (replayed, replayed.Stage, replayed.StageBeforeDormancy));
    }

    [Fact]
    public void Replay_refuses_a_history_that_does_not_begin_with_the_opening_and_names_its_first_event()
    {
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([new PartnershipActivityRecorded(new LocalDate(2023, 1, 1), "Call.")]));
        Assert.Equal((PartnershipRules.HistoryMustStartWithOpening, true), (e.RuleId, e.Message.Contains("PartnershipActivityRecorded on 2023-01-01", StringComparison.Ordinal)));
    }

    [Fact]
    public void Replay_refuses_an_empty_history()
        => Assert.Equal(PartnershipRules.HistoryMustStartWithOpening, Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([])).RuleId);

    [Fact]
    public void A_quiet_live_tie_is_flagged_past_the_threshold()
    {
        var tie = FullertonTie();
        Assert.Equal((false, true), (tie.IsQuietLongerThan(new LocalDate(2025, 7, 24), Period.FromYears(2)), tie.IsQuietLongerThan(new LocalDate(2025, 7, 25), Period.FromYears(2))));
    }

    [Fact]
    public void A_dormant_tie_is_not_flagged_again()
        => Assert.False(CupertinoTie().GoDormant(new LocalDate(2024, 1, 1)).IsQuietLongerThan(new LocalDate(2030, 1, 1), Period.FromYears(2)));

    [Fact]
    public void A_council_resolution_approves_only_friendship_or_sister_city()
        => Assert.Equal("approves", Assert.Throws<ArgumentException>(() => new CouncilResolution(new LocalDate(2024, 1, 1), "x", PartnershipStage.Dormant)).ParamName);

    [Theory]
    [InlineData("USA")]
    [InlineData("U1")]
    public void A_partner_city_needs_a_two_letter_country_code(string code)
        => Assert.Equal("countryCode", Assert.Throws<ArgumentException>(() => new PartnerCity(LocalizedText.Of("en", "X"), code)).ParamName);

    [Fact]
    public void A_sister_city_keeps_the_council_resolution_that_approved_it()
    {
        var tie = FullertonTie()
            .RecordCouncilResolution(SisterResolution(new LocalDate(2024, 4, 10)))
            .AdvanceTo(PartnershipStage.SisterCity, new LocalDate(2024, 5, 2), PartnershipPolicy.Default, SisterAgreement);
        Assert.Equal(["의안 제2024-17호"], tie.CouncilResolutions.Select(r => r.Reference));
    }

    [Fact]
    public void Replay_refuses_a_history_opened_twice()
    {
        var history = FullertonTie().History;
        Assert.Equal(PartnershipRules.HistoryMustStartWithOpening, Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([.. history, history[0]])).RuleId);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class CityPartnershipTests
{
    private static readonly LocalDate ArticleDay = new(2023, 8, 23);
    private static readonly AgreementId SisterAgreement = new("sister-gwanak-fullerton");

    private static CouncilResolution SisterResolution(LocalDate date) => new(date, "의안 제2024-17호", PartnershipStage.SisterCity);

    [Fact]
    public void The_three_ties_of_2023_each_stand_at_their_own_stage()
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
            .AdvanceTo(new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement);
        Assert.Equal((PartnershipStage.SisterCity, (AgreementId?)SisterAgreement), (tie.Stage, tie.FoundingAgreement));
    }

    [Fact]
    public void Sister_city_without_a_council_resolution_is_refused()
    {
        var e = Assert.Throws<DomainRuleException>(() => FullertonTie().AdvanceTo(new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement));
        Assert.Equal(PartnershipRules.SisterCityNeedsCouncilResolution, e.RuleId);
    }

    [Fact]
    public void A_resolution_approving_friendship_does_not_make_a_sister_city()
    {
        var tie = FullertonTie().RecordCouncilResolution(new CouncilResolution(new LocalDate(2024, 4, 10), "의안 제2024-3호", PartnershipStage.FriendshipCity));
        var e = Assert.Throws<DomainRuleException>(() => tie.AdvanceTo(new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement));
        Assert.Equal(PartnershipRules.SisterCityNeedsCouncilResolution, e.RuleId);
    }

    [Fact]
    public void Sister_city_without_the_founding_agreement_is_refused()
    {
        var tie = FullertonTie().RecordCouncilResolution(SisterResolution(new LocalDate(2024, 4, 10)));
        var e = Assert.Throws<DomainRuleException>(() => tie.AdvanceTo(new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default));
        Assert.Equal(PartnershipRules.SisterCityNeedsAgreement, e.RuleId);
    }

    [Fact]
    public void Friendship_needs_no_resolution_under_the_default_policy()
        => Assert.True(FullertonTie().CanAdvanceTo(new LocalDate(2024, 1, 5), PartnershipStage.FriendshipCity, PartnershipPolicy.Default));

    [Fact]
    public void Friendship_without_resolution_is_refused_when_the_ordinance_demands_one()
    {
        var policy = PartnershipPolicy.FriendshipByResolution(new LocalDate(2024, 1, 1));
        var e = Assert.Throws<DomainRuleException>(() => FullertonTie().AdvanceTo(new LocalDate(2024, 1, 5), PartnershipStage.FriendshipCity, policy));
        Assert.Equal(PartnershipRules.FriendshipNeedsCouncilResolution, e.RuleId);
    }

    [Fact]
    public void Friendship_with_resolution_is_reached_when_the_ordinance_demands_one()
    {
        var policy = PartnershipPolicy.FriendshipByResolution(new LocalDate(2024, 1, 1));
        var tie = FullertonTie()
            .RecordCouncilResolution(new CouncilResolution(new LocalDate(2024, 1, 3), "의안 제2024-1호", PartnershipStage.FriendshipCity))
            .AdvanceTo(new LocalDate(2024, 1, 5), PartnershipStage.FriendshipCity, policy);
        Assert.Equal(PartnershipStage.FriendshipCity, tie.Stage);
    }

    [Theory]
    [InlineData(PartnershipStage.Exploring)]
    [InlineData(PartnershipStage.LetterOfIntent)]
    [InlineData(PartnershipStage.Dormant)]
    [InlineData(PartnershipStage.Ended)]
    public void Moving_a_friendship_city_back_or_sideways_is_refused(PartnershipStage target)
    {
        var e = Assert.Throws<DomainRuleException>(() => CupertinoTie().AdvanceTo(new LocalDate(2024, 1, 5), target, PartnershipPolicy.Default));
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
        var e = Assert.Throws<DomainRuleException>(() => tie.AdvanceTo(new LocalDate(2026, 2, 1), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement));
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
        Assert.ThrowsAny<DomainRuleException>(() => tie.AdvanceTo(new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement));
        Assert.Equal(2, tie.History.Count);
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_partnership()
    {
        var tie = CupertinoTie().RecordCouncilResolution(SisterResolution(new LocalDate(2025, 1, 1)))
            .AdvanceTo(new LocalDate(2025, 3, 1), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement)
            .GoDormant(new LocalDate(2027, 1, 1));
        var replayed = CityPartnership.Replay(tie.History);
        Assert.Equal((tie, tie.Stage, tie.StageBeforeDormancy), (replayed, replayed.Stage, replayed.StageBeforeDormancy));
    }

    [Fact]
    public void Replay_refuses_a_history_that_does_not_begin_with_the_opening_and_names_its_first_event()
    {
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([new PartnershipActivityRecorded(FullertonTieId, new LocalDate(2023, 1, 1), "Call.")]));
        Assert.Equal((HistoryRules.MustStartWithFounding, true), (e.RuleId, e.Message.Contains("city-partnership.activity-recorded of gwanak-fullerton on 2023-01-01", StringComparison.Ordinal)));
    }

    [Fact]
    public void Replay_refuses_an_empty_history()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([])).RuleId);

    [Fact]
    public void A_quiet_live_tie_is_flagged_past_the_threshold()
    {
        var tie = FullertonTie();
        Assert.Equal((false, true), (tie.IsQuietLongerThan(new LocalDate(2025, 7, 24), Period.FromYears(2)), tie.IsQuietLongerThan(new LocalDate(2025, 7, 25), Period.FromYears(2))));
    }

    [Fact]
    public void A_month_of_quiet_after_an_activity_on_28_February_runs_to_the_end_of_March()
    {
        // Counted from 1 March, a month ends on 31 March (Civil Code Art. 157, 160(2)): quiet for longer from 1 April.
        var tie = FullertonTie().RecordActivity(new LocalDate(2025, 2, 28), "video call");
        Assert.Equal((false, true), (tie.IsQuietLongerThan(new LocalDate(2025, 3, 31), Period.FromMonths(1)), tie.IsQuietLongerThan(new LocalDate(2025, 4, 1), Period.FromMonths(1))));
    }

    [Fact]
    public void A_negative_quiet_time_is_refused_naming_it()
        => Assert.Equal("threshold", Assert.Throws<ArgumentException>(() => FullertonTie().IsQuietLongerThan(new LocalDate(2025, 1, 1), Period.FromDays(-1))).ParamName);

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
    public void A_partnership_policy_needs_the_day_it_was_stated()
    {
        Assert.Equal("statedOn", Assert.Throws<ArgumentException>(() => new PartnershipPolicy(true, default)).ParamName);
        Assert.Equal("statedOn", Assert.Throws<ArgumentException>(() => PartnershipPolicy.FriendshipByResolution(default)).ParamName);
    }

    [Fact]
    public void A_sister_city_keeps_the_council_resolution_that_approved_it()
    {
        var tie = FullertonTie()
            .RecordCouncilResolution(SisterResolution(new LocalDate(2024, 4, 10)))
            .AdvanceTo(new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement);
        Assert.Equal(["의안 제2024-17호"], tie.CouncilResolutions.Select(r => r.Reference));
    }

    [Fact]
    public void Replay_refuses_a_history_opened_twice()
    {
        var history = FullertonTie().History;
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([.. history, history[0]]));
        Assert.Equal((HistoryRules.MustStartWithFounding, 2), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_sister_city_move_without_a_resolution_names_the_rule_and_the_event()
    {
        var forged = new PartnershipAdvanced(FullertonTieId, new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement, null);
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([.. FullertonTie().History, forged]));
        Assert.Equal((PartnershipRules.SisterCityNeedsCouncilResolution, 2), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_sister_city_move_without_its_agreement_names_the_rule_and_the_event()
    {
        var tie = FullertonTie().RecordCouncilResolution(SisterResolution(new LocalDate(2024, 4, 10)));
        var forged = new PartnershipAdvanced(FullertonTieId, new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default, null, null);
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([.. tie.History, forged]));
        Assert.Equal((PartnershipRules.SisterCityNeedsAgreement, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_decides_a_friendship_move_by_the_policy_it_records()
    {
        var forged = new PartnershipAdvanced(FullertonTieId, new LocalDate(2024, 1, 5), PartnershipStage.FriendshipCity, PartnershipPolicy.FriendshipByResolution(new LocalDate(2024, 1, 1)), null, null);
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([.. FullertonTie().History, forged]));
        Assert.Equal((PartnershipRules.FriendshipNeedsCouncilResolution, 2), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void A_move_up_records_the_policy_it_was_decided_under()
    {
        var policy = PartnershipPolicy.FriendshipByResolution(new LocalDate(2024, 1, 1));
        var tie = FullertonTie()
            .RecordCouncilResolution(new CouncilResolution(new LocalDate(2024, 1, 3), "의안 제2024-1호", PartnershipStage.FriendshipCity))
            .AdvanceTo(new LocalDate(2024, 1, 5), PartnershipStage.FriendshipCity, policy);
        Assert.Equal(policy, Assert.IsType<PartnershipAdvanced>(tie.History[^1]).Policy);
    }

    [Fact]
    public void Replay_of_a_step_after_the_end_is_refused_with_CTY_006_at_its_position()
    {
        var ended = SanFranciscoTie().End(new LocalDate(2025, 1, 1));
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([.. ended.History, new PartnershipActivityRecorded(ended.Id, new LocalDate(2025, 2, 1), "Call.")]));
        Assert.Equal((PartnershipRules.PartnershipEnded, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_step_dated_before_the_last_one_is_refused_with_CTY_002_at_its_position()
    {
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([.. FullertonTie().History, new PartnershipActivityRecorded(FullertonTieId, new LocalDate(2023, 7, 23), "Call.")]));
        Assert.Equal((PartnershipRules.EventBeforeLastEvent, 2), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_revival_of_a_live_tie_is_refused_with_CTY_001()
    {
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([.. CupertinoTie().History, new PartnershipRevived(CupertinoTie().Id, new LocalDate(2024, 1, 1), null)]));
        Assert.Equal((PartnershipRules.IllegalStageMove, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_another_partnerships_step_is_refused_with_HIS_002()
    {
        var other = new PartnershipActivityRecorded(new PartnershipId("gwanak-somewhere-else"), new LocalDate(2023, 7, 24), "Call.");
        var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay([FullertonTie().History[0], other]));
        Assert.Equal((HistoryRules.EventOfAnotherAggregate, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void A_step_on_the_day_of_the_last_one_is_accepted()
        => Assert.True(FullertonTie().CanRecordActivity(new LocalDate(2023, 7, 24), "Follow-up call."));

    [Fact]
    public void TryAdvanceTo_returns_the_refusal_and_leaves_the_tie_as_it_was()
    {
        var tie = FullertonTie();
        var decision = tie.TryAdvanceTo(new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement);
        Assert.Equal((false, PartnershipRules.SisterCityNeedsCouncilResolution, 2), (decision.IsAccepted, decision.Refusal?.RuleId, tie.Version));
    }

    [Fact]
    public void The_refusal_of_a_second_dormancy_names_the_day_the_tie_went_dormant()
    {
        var tie = CupertinoTie().GoDormant(new LocalDate(2026, 1, 1)).RecordActivity(new LocalDate(2026, 1, 20), "Call.");
        Assert.Contains("dormant since 2026-01-01", tie.TryGoDormant(new LocalDate(2026, 2, 1)).Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reviving_a_tie_counts_as_activity()
        => Assert.Equal(new LocalDate(2026, 6, 1), CupertinoTie().GoDormant(new LocalDate(2026, 1, 1)).Revive(new LocalDate(2026, 6, 1)).LastActivityOn);

    [Fact]
    public void Going_dormant_or_ending_is_not_activity()
        => Assert.Equal(new LocalDate(2023, 7, 6), CupertinoTie().GoDormant(new LocalDate(2026, 1, 1)).End(new LocalDate(2027, 1, 1)).LastActivityOn);

    [Fact]
    public void Stage_on_a_day_reads_dormancy_and_revival()
    {
        var tie = CupertinoTie().GoDormant(new LocalDate(2026, 1, 1)).Revive(new LocalDate(2026, 6, 1));
        Assert.Equal((PartnershipStage.FriendshipCity, PartnershipStage.Dormant, PartnershipStage.FriendshipCity), (tie.StageOn(new LocalDate(2025, 12, 31))!.Value, tie.StageOn(new LocalDate(2026, 5, 31))!.Value, tie.StageOn(new LocalDate(2026, 6, 1))!.Value));
    }

    [Fact]
    public void An_ended_tie_keeps_the_live_stage_it_had()
    {
        var tie = CupertinoTie().GoDormant(new LocalDate(2026, 1, 1)).End(new LocalDate(2027, 1, 1));
        Assert.Equal((PartnershipStage.Ended, PartnershipStage.FriendshipCity), (tie.Stage, tie.StageBeforeDormancy));
    }

    [Fact]
    public void The_founding_agreement_is_the_latest_one_a_move_up_named()
    {
        var tie = CupertinoTie().RecordCouncilResolution(SisterResolution(new LocalDate(2025, 1, 1)))
            .AdvanceTo(new LocalDate(2025, 3, 1), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement)
            .GoDormant(new LocalDate(2026, 1, 1))
            .Revive(new LocalDate(2026, 6, 1));
        Assert.Equal((AgreementId?)SisterAgreement, tie.FoundingAgreement);
    }

    [Fact]
    public void On_the_day_of_the_first_contact_the_tie_is_exploring()
        => Assert.Equal(PartnershipStage.Exploring, FullertonTie().StageOn(new LocalDate(2023, 7, 11)));

    [Fact]
    public void With_no_quiet_time_tolerated_a_tie_is_quiet_from_the_day_after_its_last_activity()
    {
        var tie = FullertonTie();
        Assert.Equal((false, true), (tie.IsQuietLongerThan(new LocalDate(2023, 7, 24), Period.Zero), tie.IsQuietLongerThan(new LocalDate(2023, 7, 25), Period.Zero)));
    }

    [Fact]
    public void A_quiet_sister_city_is_flagged_past_the_threshold()
    {
        var tie = FullertonTie()
            .RecordCouncilResolution(SisterResolution(new LocalDate(2024, 4, 10)))
            .AdvanceTo(new LocalDate(2024, 5, 2), PartnershipStage.SisterCity, PartnershipPolicy.Default, SisterAgreement);
        Assert.Equal((false, true), (tie.IsQuietLongerThan(new LocalDate(2026, 5, 2), Period.FromYears(2)), tie.IsQuietLongerThan(new LocalDate(2026, 5, 3), Period.FromYears(2))));
    }

    [Fact]
    public void A_tie_reads_as_its_city_and_stage()
        => Assert.Equal("풀러턴: Exploring", FullertonTie().ToString());

    public static TheoryData<string> WrongArgumentNames => [.. WrongArguments.Keys];

    private static readonly Dictionary<string, Func<object>> WrongArguments = new()
    {
        ["id"] = () => CityPartnership.Create(default, new LocalDate(2023, 7, 11), GwanakGu, City("풀러턴", "Fullerton", FullertonCityHall), "Visit."),
        ["district"] = () => CityPartnership.Create(FullertonTieId, new LocalDate(2023, 7, 11), default, City("풀러턴", "Fullerton", FullertonCityHall), "Visit."),
        ["city"] = () => CityPartnership.Create(FullertonTieId, new LocalDate(2023, 7, 11), GwanakGu, null!, "Visit."),
        ["note"] = () => CityPartnership.Create(FullertonTieId, new LocalDate(2023, 7, 11), GwanakGu, City("풀러턴", "Fullerton", FullertonCityHall), " "),
        ["target"] = () => FullertonTie().AdvanceTo(new LocalDate(2024, 1, 5), (PartnershipStage)42, PartnershipPolicy.Default),
        ["policy"] = () => FullertonTie().TryAdvanceTo(new LocalDate(2024, 1, 5), PartnershipStage.FriendshipCity, null!),
        ["agreement"] = () => FullertonTie().CanAdvanceTo(new LocalDate(2024, 1, 5), PartnershipStage.FriendshipCity, PartnershipPolicy.Default, default(AgreementId)),
        ["description"] = () => FullertonTie().RecordActivity(new LocalDate(2024, 1, 5), ""),
        ["resolution"] = () => FullertonTie().TryRecordCouncilResolution(null!),
    };

    [Theory]
    [MemberData(nameof(WrongArgumentNames))]
    public void A_wrong_argument_is_refused_naming_its_parameter(string parameter)
        => Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => WrongArguments[parameter]()).ParamName);

    [Fact]
    public void An_undefined_stage_is_refused_as_an_argument_in_all_three_forms()
    {
        var tie = FullertonTie();
        var stage = (PartnershipStage)42;
        Assert.Equal(
            ["target", "target", "target"],
            new Func<object>[] { () => tie.AdvanceTo(new LocalDate(2024, 1, 5), stage, PartnershipPolicy.Default), () => tie.TryAdvanceTo(new LocalDate(2024, 1, 5), stage, PartnershipPolicy.Default), () => tie.CanAdvanceTo(new LocalDate(2024, 1, 5), stage, PartnershipPolicy.Default) }
                .Select(f => Assert.ThrowsAny<ArgumentException>(f).ParamName));
    }
}

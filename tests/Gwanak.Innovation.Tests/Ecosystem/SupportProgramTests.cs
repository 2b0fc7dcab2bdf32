using System;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class SupportProgramTests
{
    internal static readonly LocalDate Launch = new(2018, 12, 1);
    internal static readonly SupportProgramId CampusTownId = new("seoul-campus-town");
    private static readonly DateRange FirstRound = DateRange.Parse("2019-03-01/2021-12-31");
    private static readonly DateRange SecondRound = DateRange.Parse("2022-03-01/2025-12-31");

    internal static SupportProgram CampusTown() => SupportProgram.Create(CampusTownId, Launch, LocalizedText.Create("서울 캠퍼스타운", "Seoul Campus Town"), Seoul);

    private static SupportProgram SelectedTwice() => CampusTown()
        .SelectForRound(new LocalDate(2019, 2, 15), 1, FirstRound)
        .SelectForRound(new LocalDate(2022, 2, 15), 2, SecondRound);

    [Fact]
    public void Campus_Town_was_selected_in_two_consecutive_rounds()
        => Assert.Equal(2, SelectedTwice().ConsecutiveSelectionsOn(new LocalDate(2023, 8, 23)));

    [Fact]
    public void Before_the_second_selection_the_streak_is_one()
        => Assert.Equal(1, SelectedTwice().ConsecutiveSelectionsOn(new LocalDate(2022, 2, 14)));

    [Fact]
    public void A_gap_between_rounds_breaks_the_streak()
    {
        var program = CampusTown().SelectForRound(new LocalDate(2019, 2, 15), 1, FirstRound).SelectForRound(new LocalDate(2025, 2, 15), 3, DateRange.Parse("2025-03-01/.."));
        Assert.Equal(1, program.ConsecutiveSelectionsOn(new LocalDate(2025, 6, 1)));
    }

    [Fact]
    public void Nothing_selected_gives_a_streak_of_zero()
        => Assert.Equal(0, CampusTown().ConsecutiveSelectionsOn(new LocalDate(2023, 1, 1)));

    [Fact]
    public void Participants_join_a_running_round()
    {
        var program = SelectedTwice().AddOrganization(new LocalDate(2022, 3, 1), 2, Snu).AddCompany(new LocalDate(2022, 4, 1), 2, Brn(1));
        var round = Assert.Single(program.RoundsOn(new LocalDate(2022, 4, 1)));
        Assert.Equal((Snu, Brn(1)), (Assert.Single(round.Organizations), Assert.Single(round.Companies)));
    }

    [Fact]
    public void Rounds_with_the_same_participants_are_equal()
        => Assert.Equal(
            SelectedTwice().AddCompany(new LocalDate(2022, 4, 1), 2, Brn(1)).Rounds[1],
            new ProgramRound(2, new LocalDate(2022, 2, 15), SecondRound, [], [Brn(1)]));

    [Fact]
    public void A_round_numbered_at_or_below_the_last_is_refused_with_PRG_001()
        => Assert.Equal(ProgramRules.RoundOutOfSequence, Assert.Throws<DomainRuleException>(() => SelectedTwice().SelectForRound(new LocalDate(2026, 1, 1), 2, DateRange.Parse("2026-03-01/.."))).RuleId);

    [Fact]
    public void A_selection_before_the_previous_one_is_refused_with_PRG_002()
        => Assert.Equal(ProgramRules.SelectionOutOfOrder, Assert.Throws<DomainRuleException>(() => SelectedTwice().SelectForRound(new LocalDate(2022, 1, 1), 3, DateRange.Parse("2026-03-01/.."))).RuleId);

    [Fact]
    public void A_selection_before_the_launch_is_refused_with_PRG_002()
        => Assert.Equal(ProgramRules.SelectionOutOfOrder, Assert.Throws<DomainRuleException>(() => CampusTown().SelectForRound(Launch.PlusDays(-1), 1, FirstRound)).RuleId);

    [Fact]
    public void A_round_starting_before_its_selection_is_refused_with_PRG_002()
        => Assert.Equal(ProgramRules.SelectionOutOfOrder, Assert.Throws<DomainRuleException>(() => CampusTown().SelectForRound(new LocalDate(2019, 3, 2), 1, FirstRound)).RuleId);

    [Fact]
    public void Joining_a_round_twice_is_refused_with_PRG_003()
    {
        var program = SelectedTwice().AddOrganization(new LocalDate(2022, 3, 1), 2, Snu);
        Assert.Equal(ProgramRules.ParticipantJoinedTwice, Assert.Throws<DomainRuleException>(() => program.AddOrganization(new LocalDate(2022, 5, 1), 2, Snu)).RuleId);
    }

    [Fact]
    public void A_company_joining_a_round_twice_is_refused_with_PRG_003()
    {
        var program = SelectedTwice().AddCompany(new LocalDate(2022, 3, 1), 2, Brn(1));
        Assert.Equal(ProgramRules.ParticipantJoinedTwice, program.TryAddCompany(new LocalDate(2022, 5, 1), 2, Brn(1)).Refusal?.RuleId);
    }

    [Fact]
    public void Joining_a_round_that_was_not_selected_is_refused_with_PRG_004()
        => Assert.Equal(ProgramRules.NoSuchRound, Assert.Throws<DomainRuleException>(() => SelectedTwice().AddCompany(new LocalDate(2022, 4, 1), 5, Brn(1))).RuleId);

    [Fact]
    public void Joining_a_round_after_it_ended_is_refused_with_PRG_004()
        => Assert.Equal(ProgramRules.NoSuchRound, Assert.Throws<DomainRuleException>(() => SelectedTwice().AddCompany(new LocalDate(2022, 1, 1), 1, Brn(1))).RuleId);

    [Fact]
    public void Replay_without_launch_is_refused_with_HIS_001()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => SupportProgram.Replay([new ProgramRoundSelected(CampusTownId, new LocalDate(2019, 2, 15), 1, FirstRound)])).RuleId);

    [Fact]
    public void Replay_of_an_empty_history_is_refused_with_HIS_001()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => SupportProgram.Replay([])).RuleId);

    [Fact]
    public void Replay_of_a_second_launch_is_refused_with_HIS_001_at_its_position()
    {
        var history = SelectedTwice().History;
        var e = Assert.Throws<DomainRuleException>(() => SupportProgram.Replay([.. history, history[0]]));
        Assert.Equal((HistoryRules.MustStartWithFounding, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_another_programmes_step_is_refused_with_HIS_002()
    {
        var other = new ProgramRoundSelected(new SupportProgramId("deep-tech-incubation"), new LocalDate(2019, 2, 15), 1, FirstRound);
        var e = Assert.Throws<DomainRuleException>(() => SupportProgram.Replay([CampusTown().History[0], other]));
        Assert.Equal((HistoryRules.EventOfAnotherAggregate, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_join_names_the_rule_and_the_event()
    {
        var forged = new ProgramParticipantJoined(CampusTownId, new LocalDate(2022, 4, 1), 3, null, Brn(1));
        var e = Assert.Throws<DomainRuleException>(() => SupportProgram.Replay([.. SelectedTwice().History, forged]));
        Assert.Equal((ProgramRules.NoSuchRound, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_programme()
    {
        var program = SelectedTwice().AddOrganization(new LocalDate(2022, 3, 1), 2, Snu);
        var replayed = SupportProgram.Replay(program.History);
        Assert.Equal(program, replayed);
        Assert.Equal(program.Rounds, replayed.Rounds);
    }

    [Fact]
    public void CanSelectForRound_answers_before_acting()
        => Assert.Equal((true, false), (SelectedTwice().CanSelectForRound(new LocalDate(2025, 2, 15), 3, DateRange.Parse("2026-03-01/..")), SelectedTwice().CanSelectForRound(new LocalDate(2025, 2, 15), 2, DateRange.Parse("2026-03-01/.."))));

    [Fact]
    public void TryAddOrganization_returns_the_refusal_and_leaves_the_programme_as_it_was()
    {
        var program = SelectedTwice();
        var decision = program.TryAddOrganization(new LocalDate(2022, 4, 1), 4, Snu);
        Assert.Equal((false, ProgramRules.NoSuchRound, 3), (decision.IsAccepted, decision.Refusal?.RuleId, program.Version));
    }

    [Fact]
    public void A_round_number_that_is_not_positive_is_refused_as_an_argument_naming_it()
        => Assert.Equal(("number", "round"), (
            Assert.Throws<ArgumentException>(() => CampusTown().SelectForRound(new LocalDate(2019, 2, 15), 0, FirstRound)).ParamName,
            Assert.Throws<ArgumentException>(() => SelectedTwice().AddCompany(new LocalDate(2022, 4, 1), 0, Brn(1))).ParamName));

    [Fact]
    public void A_default_participant_is_refused_as_an_argument_naming_it()
        => Assert.Equal(("organization", "company"), (
            Assert.Throws<ArgumentException>(() => SelectedTwice().CanAddOrganization(new LocalDate(2022, 4, 1), 2, default)).ParamName,
            Assert.Throws<ArgumentException>(() => SelectedTwice().TryAddCompany(new LocalDate(2022, 4, 1), 2, default)).ParamName));

    [Fact]
    public void A_join_naming_both_an_organisation_and_a_company_is_refused_as_an_argument()
        => Assert.Equal("organization", Assert.Throws<ArgumentException>(() => new ProgramParticipantJoined(CampusTownId, new LocalDate(2022, 4, 1), 2, Snu, Brn(1))).ParamName);

    [Fact]
    public void A_programme_without_name_operator_or_id_is_refused_as_an_argument_naming_it()
        => Assert.Equal(("name", "operatorId", "id"), (
            Assert.Throws<ArgumentNullException>(() => SupportProgram.Create(CampusTownId, Launch, null!, Seoul)).ParamName,
            Assert.Throws<ArgumentException>(() => SupportProgram.Create(CampusTownId, Launch, LocalizedText.Of("en", "Campus Town"), default)).ParamName,
            Assert.Throws<ArgumentException>(() => SupportProgram.Create(default, Launch, LocalizedText.Of("en", "Campus Town"), Seoul)).ParamName));

    [Fact]
    public void A_participant_that_is_neither_an_organisation_nor_a_company_is_refused()
        => Assert.Equal(
            "A participant is either an organisation or a company: give exactly one of them. (Parameter 'organization')",
            Assert.Throws<ArgumentException>(() => new ProgramParticipantJoined(CampusTownId, new LocalDate(2019, 3, 1), 1, null, null)).Message);

    [Fact]
    public void The_refusal_of_a_participant_in_a_round_the_district_was_not_selected_for_says_so()
        => Assert.Equal(
            $"Tried to add {Brn(1)} to round 1 of 서울 캠퍼스타운 on 2019-03-01, but the district was not selected for that round; participants join a selected round while it runs.",
            CampusTown().TryAddCompany(new LocalDate(2019, 3, 1), 1, Brn(1)).Refusal?.Message);

    [Fact]
    public void The_refusal_of_a_participant_after_its_round_names_the_days_the_round_runs()
        => Assert.Equal(
            "Tried to add seoul-national-university to round 1 of 서울 캠퍼스타운 on 2022-01-03, but the round runs 2019-03-01/2021-12-31; participants join a selected round while it runs.",
            SelectedTwice().TryAddOrganization(new LocalDate(2022, 1, 3), 1, Snu).Refusal?.Message);
}

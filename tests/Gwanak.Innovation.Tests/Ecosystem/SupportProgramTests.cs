using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.GwanakSeed;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class SupportProgramTests
{
    private static readonly DateRange FirstRound = DateRange.Parse("2019-03-01/2021-12-31");
    private static readonly DateRange SecondRound = DateRange.Parse("2022-03-01/2025-12-31");

    private static SupportProgram CampusTown() => SupportProgram.Launch(new LocalDate(2018, 12, 1), LocalizedText.Create("서울 캠퍼스타운", "Seoul Campus Town"), Seoul);

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
    public void A_round_numbered_at_or_below_the_last_is_refused_with_PRG_001()
        => Assert.Equal(ProgramRules.RoundOutOfSequence, Assert.Throws<DomainRuleException>(() => SelectedTwice().SelectForRound(new LocalDate(2026, 1, 1), 2, DateRange.Parse("2026-03-01/.."))).RuleId);

    [Fact]
    public void A_selection_before_the_previous_one_is_refused_with_PRG_002()
        => Assert.Equal(ProgramRules.SelectionOutOfOrder, Assert.Throws<DomainRuleException>(() => SelectedTwice().SelectForRound(new LocalDate(2022, 1, 1), 3, DateRange.Parse("2026-03-01/.."))).RuleId);

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
    public void Joining_a_round_that_was_not_selected_is_refused_with_PRG_004()
        => Assert.Equal(ProgramRules.NoSuchRound, Assert.Throws<DomainRuleException>(() => SelectedTwice().AddCompany(new LocalDate(2022, 4, 1), 5, Brn(1))).RuleId);

    [Fact]
    public void Joining_a_round_after_it_ended_is_refused_with_PRG_004()
        => Assert.Equal(ProgramRules.NoSuchRound, Assert.Throws<DomainRuleException>(() => SelectedTwice().AddCompany(new LocalDate(2022, 1, 1), 1, Brn(1))).RuleId);

    [Fact]
    public void Replay_without_launch_is_refused_with_PRG_005()
        => Assert.Equal(ProgramRules.HistoryMustStartWithLaunch, Assert.Throws<DomainRuleException>(() => SupportProgram.Replay([new ProgramRoundSelected(new LocalDate(2019, 2, 15), 1, FirstRound)])).RuleId);

    [Fact]
    public void Replay_of_an_empty_history_is_refused_with_PRG_005()
        => Assert.Equal(ProgramRules.HistoryMustStartWithLaunch, Assert.Throws<DomainRuleException>(() => SupportProgram.Replay([])).RuleId);

    [Fact]
    public void Replay_of_the_history_gives_an_equal_programme()
    {
        var program = SelectedTwice().AddOrganization(new LocalDate(2022, 3, 1), 2, Snu);
        var replayed = SupportProgram.Replay(program.History);
        Assert.Equal(program, replayed);
        Assert.Equal(program.Rounds[1].Organizations, replayed.Rounds[1].Organizations);
    }
}

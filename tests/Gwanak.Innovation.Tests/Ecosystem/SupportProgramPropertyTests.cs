using Gwanak.Innovation.Tests.Primitives;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Ecosystem.SupportProgramTests;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class SupportProgramPropertyTests
{
    /// <summary>Steps: (kind: 0 select, 1 organisation joins, 2 company joins; round; days after the launch; length; who).</summary>
    private static readonly Gen<(int Kind, int Round, int Day, int Length, int Who)[]> Steps =
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 6], Gen.Int[-10, 2_000], Gen.Int[-5, 800], Gen.Int[1, 4]).Array[0, 40];

    private static readonly Gen<((int Kind, int Round, int Day, int Length, int Who)[] Steps, int Insert)> Runs = Gen.Select(Steps, Gen.Int[0, 1_000]);

    [Fact]
    public void Every_step_agrees_in_its_three_forms()
        => Runs.Sample(run => Run(run.Steps));

    [Fact]
    public void Rounds_are_in_increasing_order_each_participant_joins_once_and_the_streak_counts_consecutive_numbers()
        => Runs.Sample(run =>
        {
            var program = Run(run.Steps);
            var rounds = program.Rounds;
            Assert.All(rounds.Zip(rounds.Skip(1)), pair => Assert.True(pair.First.Number < pair.Second.Number && pair.First.SelectedOn <= pair.Second.SelectedOn));
            Assert.All(rounds, r => Assert.True(r.Organizations.Distinct().Count() == r.Organizations.Count && r.Companies.Distinct().Count() == r.Companies.Count));
            for (int d = 0; d <= 2_000; d += 10)
            {
                var day = Launch.PlusDays(d);
                var selected = rounds.Where(r => r.SelectedOn <= day).Select(r => r.Number).ToArray();
                int streak = selected.Length == 0 ? 0 : 1 + selected.Zip(selected.Skip(1)).Reverse().TakeWhile(p => p.Second == p.First + 1).Count();
                Assert.Equal(streak, program.ConsecutiveSelectionsOn(day));
            }
        });

    [Fact]
    public void Replay_of_the_history_gives_an_equal_programme_and_refuses_another_programmes_step_where_it_is()
        => Runs.Sample(run =>
        {
            var program = Run(run.Steps);
            var replayed = SupportProgram.Replay(program.History);
            Assert.Equal(program, replayed);
            Assert.Equal(program.Rounds, replayed.Rounds);
            for (int d = -11; d <= 2_810; d += 3)
            {
                Assert.Equal(program.RoundsOn(Launch.PlusDays(d)).Select(r => r.Number), replayed.RoundsOn(Launch.PlusDays(d)).Select(r => r.Number));
            }

            int index = 1 + (run.Insert % program.Version);
            var history = program.History.ToList();
            history.Insert(index, new ProgramParticipantJoined(new SupportProgramId("deep-tech-incubation"), Launch, 1, Snu, null));
            var e = Assert.Throws<DomainRuleException>(() => SupportProgram.Replay(history));
            Assert.Equal((HistoryRules.EventOfAnotherAggregate, index), (e.RuleId, e.EventIndex));
        });

    private static SupportProgram Run((int Kind, int Round, int Day, int Length, int Who)[] steps)
    {
        var program = CampusTown();
        foreach (var (kind, round, day, length, who) in steps)
        {
            var date = Launch.PlusDays(day);
            var before = program;
            program = kind switch
            {
                0 => SelectForRound(before, date, round, new DateRange(date.PlusDays(length), length % 3 == 0 ? null : date.PlusDays(length + 365))),
                1 => TransitionForms.Step(before, b => b.CanAddOrganization(date, round, new OrganizationId($"university-{who}")), b => b.TryAddOrganization(date, round, new OrganizationId($"university-{who}")), b => b.AddOrganization(date, round, new OrganizationId($"university-{who}"))),
                _ => TransitionForms.Step(before, b => b.CanAddCompany(date, round, Brn(who)), b => b.TryAddCompany(date, round, Brn(who)), b => b.AddCompany(date, round, Brn(who))),
            };
        }

        return program;
    }

    private static SupportProgram SelectForRound(SupportProgram before, LocalDate date, int number, DateRange period)
        => TransitionForms.Step(before, b => b.CanSelectForRound(date, number, period), b => b.TrySelectForRound(date, number, period), b => b.SelectForRound(date, number, period));
}

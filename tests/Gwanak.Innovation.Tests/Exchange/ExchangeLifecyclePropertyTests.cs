using System;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class ExchangeLifecyclePropertyTests
{
    private static readonly LocalDate Day0 = new(2024, 1, 1);

    /// <summary>Operations on a tie: (which, days later, target stage, with an agreement).</summary>
    private static readonly Gen<(int Op, int Days, int Target, bool Agreement)[]> GenTieOps =
        Gen.Select(Gen.Int[0, 6], Gen.Int[-5, 200], Gen.Int[0, 5], Gen.Bool).Array[0, 25];

    /// <summary>Operations on a programme: (enrol or withdraw, who, first or last day, length or -1 for open, days the record moves on).</summary>
    private static readonly Gen<(int Capacity, (bool Enrol, int Who, int Day, int Length, int Later)[] Ops)> GenProgramOps =
        Gen.Select(Gen.Int[1, 3], Gen.Select(Gen.Bool, Gen.Int[0, 5], Gen.Int[-2, 60], Gen.Int[-1, 30], Gen.Int[-2, 6]).Array[0, 30]);

    private static readonly ProgramParticipant[] People = [.. Enumerable.Range(0, 6).Select(i => new ProgramParticipant(PersonName.Of("en", "P" + i)))];

    private static (Func<T, T> Do, Func<T, Decision<T>> Try, Func<T, bool> Can) Forms<T>(Func<T, T> act, Func<T, Decision<T>> attempt, Func<T, bool> ask)
        where T : class
        => (act, attempt, ask);

    /// <summary>Applies a transition through its three forms (<see cref="TransitionForms.Step"/>).</summary>
    private static T Apply<T>(T aggregate, (Func<T, T> Do, Func<T, Decision<T>> Try, Func<T, bool> Can) forms)
        where T : class
        => TransitionForms.Step(aggregate, forms.Can, forms.Try, forms.Do);

    private static CityPartnership Run((int Op, int Days, int Target, bool Agreement)[] ops, PartnershipPolicy policy)
    {
        var tie = CityPartnership.Create(FullertonTieId, Day0, GwanakGu, City("풀러턴", "Fullerton", FullertonCityHall), "Opened.");
        var day = Day0;
        foreach (var (op, days, target, withAgreement) in ops)
        {
            day = day.PlusDays(days);
            var on = day;
            AgreementId? agreement = withAgreement ? new AgreementId("agreement-" + day.ToString("uuuuMMdd", null)) : null;
            var stage = op == 6 ? PartnershipStage.SisterCity : (PartnershipStage)target;
            var resolution = new CouncilResolution(on, "R-" + days, target % 2 == 0 ? PartnershipStage.SisterCity : PartnershipStage.FriendshipCity);
            tie = Apply(tie, op switch
            {
                1 => Forms<CityPartnership>(t => t.RecordCouncilResolution(resolution), t => t.TryRecordCouncilResolution(resolution), t => t.CanRecordCouncilResolution(resolution)),
                2 => Forms<CityPartnership>(t => t.RecordActivity(on, "Activity."), t => t.TryRecordActivity(on, "Activity."), t => t.CanRecordActivity(on, "Activity.")),
                3 => Forms<CityPartnership>(t => t.GoDormant(on), t => t.TryGoDormant(on), t => t.CanGoDormant(on)),
                4 => Forms<CityPartnership>(t => t.Revive(on), t => t.TryRevive(on), t => t.CanRevive(on)),
                5 => Forms<CityPartnership>(t => t.End(on), t => t.TryEnd(on), t => t.CanEnd(on)),
                _ => Forms<CityPartnership>(t => t.AdvanceTo(on, stage, policy, agreement), t => t.TryAdvanceTo(on, stage, policy, agreement), t => t.CanAdvanceTo(on, stage, policy, agreement)),
            });
        }

        return tie;
    }

    private static bool HistoryObeysTheRules(CityPartnership tie, PartnershipPolicy policy)
    {
        var stage = PartnershipStage.Exploring;
        var live = PartnershipStage.Exploring;
        var previous = tie.History[0].Date;
        bool sisterResolution = false, friendshipResolution = false;
        foreach (var e in tie.History.Skip(1))
        {
            if (e.Date < previous || stage == PartnershipStage.Ended)
            {
                return false;
            }

            previous = e.Date;
            switch (e)
            {
                case CouncilResolutionRecorded r:
                    sisterResolution |= r.Resolution.Approves == PartnershipStage.SisterCity;
                    friendshipResolution |= r.Resolution.Approves == PartnershipStage.FriendshipCity;
                    break;
                case PartnershipAdvanced a:
                    bool legal = a.Policy == policy && stage != PartnershipStage.Dormant && a.Target > stage && a.Target switch
                    {
                        PartnershipStage.SisterCity => sisterResolution && a.Agreement is not null,
                        PartnershipStage.FriendshipCity => !policy.FriendshipNeedsCouncilResolution || friendshipResolution,
                        PartnershipStage.LetterOfIntent => true,
                        _ => false,
                    };
                    if (!legal)
                    {
                        return false;
                    }

                    stage = live = a.Target;
                    break;
                case PartnershipWentDormant when stage == PartnershipStage.Dormant:
                case PartnershipRevived when stage != PartnershipStage.Dormant:
                    return false;
                case PartnershipWentDormant:
                    stage = PartnershipStage.Dormant;
                    break;
                case PartnershipRevived:
                    stage = live;
                    break;
                case PartnershipEnded:
                    stage = PartnershipStage.Ended;
                    break;
            }
        }

        return stage == tie.Stage && live == tie.StageBeforeDormancy;
    }

    [Fact]
    public void Any_accepted_history_obeys_the_stage_rules_under_the_default_policy()
        => GenTieOps.Sample(ops => HistoryObeysTheRules(Run(ops, PartnershipPolicy.Default), PartnershipPolicy.Default), iter: 1000);

    [Fact]
    public void Any_accepted_history_obeys_the_stage_rules_when_friendship_needs_a_resolution()
    {
        var policy = PartnershipPolicy.FriendshipByResolution(Day0);
        GenTieOps.Sample(ops => HistoryObeysTheRules(Run(ops, policy), policy), iter: 1000);
    }

    [Fact]
    public void Replay_of_any_history_gives_an_equal_partnership()
        => Gen.Select(GenTieOps, Gen.Bool).Sample((ops, byResolution) =>
        {
            var tie = Run(ops, byResolution ? PartnershipPolicy.FriendshipByResolution(Day0) : PartnershipPolicy.Default);
            var replayed = CityPartnership.Replay(tie.History);
            return replayed.Equals(tie) && replayed.Stage == tie.Stage && replayed.StageBeforeDormancy == tie.StageBeforeDormancy
                && replayed.LastActivityOn == tie.LastActivityOn && replayed.FoundingAgreement == tie.FoundingAgreement
                && replayed.CouncilResolutions.SequenceEqual(tie.CouncilResolutions)
                && Enumerable.Range(-1, 400).All(d => replayed.StageOn(Day0.PlusDays(d * 7)) == tie.StageOn(Day0.PlusDays(d * 7)));
        }, iter: 500);

    [Fact]
    public void A_partnership_history_with_another_partnerships_step_inserted_is_refused_with_HIS_002_at_that_index()
        => Gen.Select(GenTieOps, Gen.Int[0, 1000]).Sample((ops, at) =>
        {
            var history = Run(ops, PartnershipPolicy.Default).History.ToList();
            int index = 1 + (at % history.Count);
            history.Insert(index, new PartnershipActivityRecorded(new PartnershipId("gangnam-fullerton"), history[index - 1].Date, "Another district's call."));
            var e = Assert.Throws<DomainRuleException>(() => CityPartnership.Replay(history));
            Assert.Equal((HistoryRules.EventOfAnotherAggregate, (int?)index), (e.RuleId, e.EventIndex));
        }, iter: 300);

    private static ExchangeProgram Run(int capacity, (bool Enrol, int Who, int Day, int Length, int Later)[] ops)
    {
        var program = ExchangeProgram.Create(new ExchangeProgramId("volunteering"), Day0, ExchangeProgramKind.Volunteering, LocalizedText.Of("en", "Volunteering"), Kaccoc, KaccocMou, capacity);
        var recorded = Day0;
        foreach (var (enrol, who, day, length, later) in ops)
        {
            recorded = recorded.PlusDays(later);
            var on = recorded;
            var person = People[who];
            var from = Day0.PlusDays(day);
            var period = length < 0 ? new DateRange(from) : new DateRange(from, from.PlusDays(length));
            program = Apply(program, enrol
                ? Forms<ExchangeProgram>(p => p.Enroll(on, person, period), p => p.TryEnroll(on, person, period), p => p.CanEnroll(on, person, period))
                : Forms<ExchangeProgram>(p => p.Withdraw(on, person, from), p => p.TryWithdraw(on, person, from), p => p.CanWithdraw(on, person, from)));
        }

        return program;
    }

    [Fact]
    public void No_day_ever_has_more_participants_than_the_capacity()
        => GenProgramOps.Sample((capacity, ops) =>
        {
            var program = Run(capacity, ops);
            return Enumerable.Range(-3, 130).All(d => program.ParticipantsOn(Day0.PlusDays(d)).Count <= capacity);
        }, iter: 500);

    [Fact]
    public void Replay_of_any_programme_history_gives_an_equal_programme()
        => GenProgramOps.Sample((capacity, ops) =>
        {
            var program = Run(capacity, ops);
            var replayed = ExchangeProgram.Replay(program.History);
            bool same = replayed.Equals(program) && replayed.Participations.SequenceEqual(program.Participations) && SameAnswers(program, replayed);

            // The replay built its indexes in place; steps taken from what it returned copy them.
            var last = program.History[^1].Date;
            _ = (replayed.TryEnroll(last, People[0], new DateRange(Day0.PlusDays(20), Day0.PlusDays(60))), replayed.TryWithdraw(last, People[1], Day0.PlusDays(30)));
            return same && SameAnswers(program, replayed);
        }, iter: 500);

    // The same participants on every day, and the same decision on enrolling anyone for a month from some days.
    private static bool SameAnswers(ExchangeProgram expected, ExchangeProgram actual)
    {
        var last = expected.History[^1].Date;
        return Enumerable.Range(-3, 130).All(d => actual.ParticipantsOn(Day0.PlusDays(d)).SequenceEqual(expected.ParticipantsOn(Day0.PlusDays(d))))
            && Enumerable.Range(0, 13).SelectMany(d => People.Select(p => (Period: new DateRange(Day0.PlusDays(d * 10), Day0.PlusDays((d * 10) + 30)), Person: p)))
                .All(x => actual.CanEnroll(last, x.Person, x.Period) == expected.CanEnroll(last, x.Person, x.Period));
    }

    [Fact]
    public void A_programme_history_with_another_programmes_step_inserted_is_refused_with_HIS_002_at_that_index()
        => Gen.Select(GenProgramOps, Gen.Int[0, 1000]).Sample((run, at) =>
        {
            var history = Run(run.Capacity, run.Ops).History.ToList();
            int index = 1 + (at % history.Count);
            history.Insert(index, new ParticipantWithdrew(new ExchangeProgramId("another-programme"), history[index - 1].Date, People[0], Day0));
            var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay(history));
            Assert.Equal((HistoryRules.EventOfAnotherAggregate, (int?)index), (e.RuleId, e.EventIndex));
        }, iter: 300);
}

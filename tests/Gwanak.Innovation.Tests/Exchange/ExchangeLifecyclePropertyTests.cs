using System.Linq;
using CsCheck;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.SeedExchange;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class ExchangeLifecyclePropertyTests
{
    private static readonly LocalDate Day0 = new(2024, 1, 1);

    /// <summary>Operations on a tie: (which, days later, target stage, with an agreement).</summary>
    private static readonly Gen<(int Op, int Days, int Target, bool Agreement)[]> GenTieOps =
        Gen.Select(Gen.Int[0, 6], Gen.Int[-5, 200], Gen.Int[0, 5], Gen.Bool).Array[0, 25];

    private static CityPartnership Run((int Op, int Days, int Target, bool Agreement)[] ops, PartnershipPolicy policy)
    {
        var tie = CityPartnership.Open(GwanakGu, City("풀러턴", "Fullerton", FullertonCityHall), Day0, "Opened.");
        var day = Day0;
        foreach (var (op, days, target, withAgreement) in ops)
        {
            day = day.PlusDays(days);
            AgreementId? agreement = withAgreement ? new AgreementId("agreement-" + day.ToString("uuuuMMdd", null)) : null;
            try
            {
                tie = op switch
                {
                    0 => tie.AdvanceTo((PartnershipStage)target, day, policy, agreement),
                    1 => tie.RecordCouncilResolution(new CouncilResolution(day, "R-" + days, target % 2 == 0 ? PartnershipStage.SisterCity : PartnershipStage.FriendshipCity)),
                    2 => tie.RecordActivity(day, "Activity."),
                    3 => tie.GoDormant(day),
                    4 => tie.Revive(day),
                    5 => tie.End(day),
                    _ => tie.AdvanceTo(PartnershipStage.SisterCity, day, policy, agreement),
                };
            }
            catch (DomainRuleException)
            {
                // A refused move leaves the tie as it was; the property checks what was accepted.
            }
        }

        return tie;
    }

    private static bool HistoryObeysTheRules(CityPartnership tie, PartnershipPolicy policy)
    {
        var stage = PartnershipStage.Exploring;
        var beforeDormancy = PartnershipStage.Exploring;
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
                case PartnershipStageChanged c:
                    bool legal = c.From == stage && c.To switch
                    {
                        PartnershipStage.Ended => true,
                        PartnershipStage.Dormant => stage != PartnershipStage.Dormant,
                        _ when stage == PartnershipStage.Dormant => c.To == beforeDormancy,
                        PartnershipStage.SisterCity => c.To > stage && sisterResolution && c.Agreement is not null,
                        PartnershipStage.FriendshipCity => c.To > stage && (!policy.FriendshipNeedsCouncilResolution || friendshipResolution),
                        _ => c.To > stage,
                    };
                    if (!legal)
                    {
                        return false;
                    }

                    if (c.To is not (PartnershipStage.Dormant or PartnershipStage.Ended))
                    {
                        beforeDormancy = c.To;
                    }

                    stage = c.To;
                    break;
            }
        }

        return stage == tie.Stage;
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
        => GenTieOps.Sample(ops =>
        {
            var tie = Run(ops, PartnershipPolicy.Default);
            var replayed = CityPartnership.Replay(tie.History);
            return replayed.Equals(tie) && replayed.Stage == tie.Stage && replayed.StageBeforeDormancy == tie.StageBeforeDormancy && replayed.LastActivityOn == tie.LastActivityOn;
        }, iter: 500);

    [Fact]
    public void No_day_ever_has_more_participants_than_the_capacity()
        => Gen.Select(Gen.Int[1, 3], Gen.Select(Gen.Int[0, 5], Gen.Int[0, 60], Gen.Int[-1, 30], Gen.Bool).Array[0, 20])
            .Sample((capacity, requests) =>
            {
                var program = ExchangeProgram.Open(ExchangeProgramKind.Volunteering, LocalizedText.Of("en", "Volunteering"), Kaccoc, KaccocMou, capacity, Day0);
                var people = Enumerable.Range(0, 6).Select(i => new ProgramParticipant(PersonName.Of("en", "P" + i))).ToArray();
                foreach (var (who, start, length, withdraw) in requests)
                {
                    var from = Day0.PlusDays(start);
                    var period = length < 0 ? new DateRange(from) : new DateRange(from, from.PlusDays(length));
                    if (program.CanEnroll(people[who], period))
                    {
                        program = program.Enroll(people[who], period, Day0);
                        if (withdraw)
                        {
                            program = program.Withdraw(people[who], from, Day0);
                        }
                    }
                }

                return Enumerable.Range(0, 120).All(d => program.ParticipantsOn(Day0.PlusDays(d)).Count <= capacity)
                    && ExchangeProgram.Replay(program.History).Equals(program);
            }, iter: 500);
}

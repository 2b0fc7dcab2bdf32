using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Agreements;

public sealed class AgreementPropertyTests
{
    [Fact]
    public void Any_command_sequence_leaves_an_agreement_that_its_history_replays()
        => AgreementGen.Scenario.Sample(
            (terms, commands) =>
            {
                var agreement = AgreementGen.Run(terms, commands);
                Assert.Equal(agreement, Agreement.Replay(agreement.History));
            },
            iter: 400);

    [Fact]
    public void Every_transition_answers_alike_in_its_Can_Try_and_throwing_forms()
        => AgreementGen.Scenario.Sample(
            (terms, commands) => AgreementGen.Run(terms, commands), // AgreementGen.Agree asserts the three forms at every command
            iter: 400);

    [Fact]
    public void An_event_of_another_agreement_inserted_anywhere_is_refused_with_HIS_002_at_its_position()
        => Gen.Select(AgreementGen.Scenario, Gen.Int[1, 100], Gen.Int[0, 2]).Sample(
            (scenario, at, kind) =>
            {
                var history = AgreementGen.Run(scenario.Terms, scenario.Commands).History.ToList();
                int index = 1 + (at % history.Count);
                var other = new AgreementId("another-mou");
                history.Insert(index, kind switch
                {
                    0 => new NegotiationStarted(other, AgreementGen.DraftedOn),
                    1 => new AgreementCancelled(other, AgreementGen.DraftedOn, LocalizedText.Of("en", "Another")),
                    _ => new TerminationNoticeGiven(other, AgreementGen.DraftedOn, AgreementGen.Organizations[0]),
                });
                var e = Assert.Throws<DomainRuleException>(() => Agreement.Replay(history));
                Assert.Equal((HistoryRules.EventOfAnotherAggregate, index), (e.RuleId, e.EventIndex));
            },
            iter: 200);

    [Fact]
    public void Status_answers_stay_consistent_over_the_years()
        => AgreementGen.Scenario.Sample(
            (terms, commands) =>
            {
                var a = AgreementGen.Run(terms, commands);
                bool closed = false;
                for (LocalDate d = a.DraftedOn; d < a.DraftedOn.PlusYears(8); d = d.PlusDays(11))
                {
                    var status = a.StatusOn(d);
                    if (status == AgreementStatus.InForce)
                    {
                        // Never in force before every party signed, before the effective date, or once a notice took effect.
                        Assert.True(a.FullySignedOn <= d && a.EffectiveDate <= d, $"in force on {d} before signing or effect");
                        Assert.False(a.TerminationEffectiveOn <= d, $"in force on {d} after termination took effect");
                        Assert.False(a.NonRenewalEffectiveOn <= d, $"in force on {d} after the term that notice of non-renewal ended");
                        Assert.True(a.ExpiryDateOn(d) >= d, $"in force on {d} past its expiry date");
                    }

                    // Once closed, never open again.
                    Assert.False(closed && status is AgreementStatus.InForce or AgreementStatus.Signed, $"{status} on {d} after it had closed");
                    closed |= status is AgreementStatus.Expired or AgreementStatus.Terminated or AgreementStatus.Cancelled;

                    if (a.NextRenewalNoticeDeadlineOn(d) is { } deadline)
                    {
                        // The last notice day comes before the renewal: at the latest on the last day of the term.
                        Assert.True(deadline.Deadline >= d && deadline.Deadline < deadline.RenewalDate, $"deadline {deadline} asked on {d}");
                        Assert.True(a.NextRenewalDateOn(d) <= deadline.RenewalDate, $"next renewal after the deadline's renewal on {d}");

                        // Past the last event, notice on the deadline ends the agreement by the end of the term, in force to its
                        // last day, and notice a day later lets the renewal happen; so with notice of non-renewal.
                        if (d >= a.History[^1].Date)
                        {
                            var party = a.Parties[0];
                            var onTime = a.GiveTerminationNotice(deadline.Deadline, party);
                            Assert.Equal(AgreementStatus.Terminated, onTime.StatusOn(deadline.RenewalDate));
                            Assert.True(onTime.TerminationEffectiveOn <= deadline.RenewalDate, $"notice on the deadline {deadline} takes effect after the renewal");
                            Assert.Equal(AgreementStatus.InForce, a.GiveTerminationNotice(deadline.Deadline.PlusDays(1), party).StatusOn(deadline.RenewalDate));
                            if (a.NextRenewalDateOn(deadline.Deadline) == deadline.RenewalDate)
                            {
                                var notRenewed = a.GiveNonRenewalNotice(deadline.Deadline, party);
                                Assert.Equal((AgreementStatus.InForce, AgreementStatus.Expired), (notRenewed.StatusOn(deadline.RenewalDate.PlusDays(-1)), notRenewed.StatusOn(deadline.RenewalDate)));

                                // A day later it is refused as late, or, when the deadline was the term's last day, it is a notice for the next term.
                                var dayLate = a.TryGiveNonRenewalNotice(deadline.Deadline.PlusDays(1), party);
                                Assert.True(
                                    dayLate.Refusal?.RuleId == AgreementRules.NonRenewalNoticeTooLate || (deadline.Deadline.PlusDays(1) == deadline.RenewalDate && dayLate.Value.NonRenewalEffectiveOn > deadline.RenewalDate),
                                    $"notice of non-renewal a day after {deadline}: {dayLate.Refusal?.RuleId}");
                            }
                        }
                    }
                }
            },
            iter: 300);

    [Fact]
    public void The_generated_sequences_reach_every_kind_of_event_and_full_signature()
    {
        var seen = new Dictionary<string, int>();
        AgreementGen.Scenario.Sample(
            (terms, commands) =>
            {
                var agreement = AgreementGen.Run(terms, commands);
                lock (seen)
                {
                    foreach (var e in agreement.History)
                    {
                        seen[EventTypes.NameOf(e)] = seen.GetValueOrDefault(EventTypes.NameOf(e)) + 1;
                    }

                    if (agreement.FullySignedOn is not null)
                    {
                        seen["signed by every party"] = seen.GetValueOrDefault("signed by every party") + 1;
                    }
                }
            },
            iter: 400);
        Assert.True(seen.Count == 9, string.Join(", ", seen.Select(kv => $"{kv.Key}={kv.Value}")));
    }

    [Fact]
    public void Portfolio_deadlines_are_those_each_agreement_gives_one_by_one()
        => Gen.Select(AgreementGen.Scenario.Array[1, 12], Gen.Int[-10, 2500]).Sample(
            (scenarios, offset) =>
            {
                var agreements = new List<Agreement>();
                for (int i = 0; i < scenarios.Length; i++)
                {
                    agreements.Add(AgreementGen.Run(scenarios[i].Terms, scenarios[i].Commands, $"mou-{i:D2}"));
                }

                LocalDate from = AgreementGen.DraftedOn.PlusDays(offset);
                LocalDate to = from.PlusDays(90);
                var expected = new List<RenewalNoticeDeadline>();
                foreach (var a in agreements.Where(a => a.DraftedOn <= from))
                {
                    // What was known on 'from': the agreement replayed from the events up to that day.
                    var known = Agreement.Replay(a.History.TakeWhile(e => e.Date <= from));
                    for (var next = known.NextRenewalNoticeDeadlineOn(from); next is { } n && n.Deadline <= to; next = known.NextRenewalNoticeDeadlineOn(n.Deadline.PlusDays(1)))
                    {
                        expected.Add(n);
                    }
                }

                expected.Sort((x, y) => x.Deadline != y.Deadline ? x.Deadline.CompareTo(y.Deadline) : string.CompareOrdinal(x.Agreement.Value, y.Agreement.Value));
                Assert.Equal(expected, new AgreementPortfolio(agreements).RenewalNoticeDeadlinesWithin(from, to));
            },
            iter: 200);

    [Fact]
    public void The_status_on_any_day_is_that_of_the_last_status_change_on_or_before_it()
        => AgreementGen.Scenario.Sample(
            (terms, commands) =>
            {
                var a = AgreementGen.Run(terms, commands);
                var changes = a.StatusChanges();
                Assert.Equal(a.DraftedOn, changes[0].From);
                for (LocalDate d = a.DraftedOn; d < a.DraftedOn.PlusYears(8); d = d.PlusDays(3))
                {
                    Assert.Equal(a.StatusOn(d), changes.Last(c => c.From <= d).Status);
                }
            },
            iter: 300);

    [Fact]
    public void The_stored_renewal_schedule_answers_as_the_agreement_does_after_its_last_event()
        => AgreementGen.Scenario.Sample(
            (terms, commands) =>
            {
                var a = AgreementGen.Run(terms, commands);
                if (a.RenewalSchedule() is not { } schedule)
                {
                    Assert.True(a.StatusChanges()[^1].Status is not (AgreementStatus.Signed or AgreementStatus.InForce) || a.Terms.AutomaticRenewal is null || a.TerminationNoticeGivenOn is not null || a.NonRenewalNoticeGivenOn is not null);
                    return;
                }

                var copy = new AgreementRenewalSchedule(schedule.Agreement, schedule.Origin, schedule.TermMonths, schedule.TermDays, schedule.RenewalMonths, schedule.RenewalDays, schedule.NoticeMonths, schedule.NoticeDays, schedule.Counting);
                for (LocalDate d = a.History[^1].Date; d < a.History[^1].Date.PlusYears(6); d = d.PlusDays(5))
                {
                    Assert.Equal(a.NextRenewalNoticeDeadlineOn(d), copy.NextNoticeDeadlineOn(d));
                    Assert.Equal(a.NextRenewalDateOn(d), copy.NextRenewalAfter(d));
                }
            },
            iter: 300);
}

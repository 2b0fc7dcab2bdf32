using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Agreements;
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
                        // Never in force before every party signed, before the effective date, or once termination took effect.
                        Assert.True(a.FullySignedOn <= d && a.Terms.EffectiveDate <= d, $"in force on {d} before signing or effect");
                        Assert.False(a.TerminationEffectiveOn <= d, $"in force on {d} after termination took effect");
                        Assert.True(a.ExpiryDateOn(d) >= d, $"in force on {d} past its expiry date");
                    }

                    // Once closed, never open again.
                    Assert.False(closed && status is AgreementStatus.InForce or AgreementStatus.Signed, $"{status} on {d} after it had closed");
                    closed |= status is AgreementStatus.Expired or AgreementStatus.Terminated or AgreementStatus.Cancelled;

                    if (a.NextRenewalNoticeDeadlineOn(d) is { } deadline)
                    {
                        Assert.True(deadline.Deadline >= d && deadline.Deadline <= deadline.RenewalDate, $"deadline {deadline} asked on {d}");
                        Assert.True(a.NextRenewalDateOn(d) <= deadline.RenewalDate, $"next renewal after the deadline's renewal on {d}");

                        // Past the last event, notice on the deadline prevents the renewal and notice a day later does not.
                        if (d >= a.History[^1].Date)
                        {
                            var party = a.Parties[0];
                            Assert.Equal(AgreementStatus.Terminated, a.GiveTerminationNotice(party, deadline.Deadline).StatusOn(deadline.RenewalDate));
                            Assert.Equal(AgreementStatus.InForce, a.GiveTerminationNotice(party, deadline.Deadline.PlusDays(1)).StatusOn(deadline.RenewalDate));
                        }
                    }
                }
            },
            iter: 300);

    [Fact]
    public void The_generated_sequences_reach_every_kind_of_event()
    {
        var seen = new Dictionary<System.Type, int>();
        AgreementGen.Scenario.Sample(
            (terms, commands) =>
            {
                foreach (var e in AgreementGen.Run(terms, commands).History)
                {
                    lock (seen)
                    {
                        var key = e is AgreementSigned { CompletesSigning: true } ? typeof(Agreement) : e.GetType();
                        seen[key] = seen.GetValueOrDefault(key) + 1;
                    }
                }
            },
            iter: 400);
        Assert.True(seen.Count == 8, string.Join(", ", seen.Select(kv => $"{kv.Key.Name}={kv.Value}")));
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
}

using System;
using System.Collections.Concurrent;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Governance;

/// <summary>
/// Generated sequences of posts, memberships and ends: the three forms of each transition agree, the indexed decisions
/// give the answers a plain scan of every membership gives, and the history replays to an equal body.
/// </summary>
public sealed class GovernanceBodyPropertyTests
{
    private static readonly LocalDate Launch = new(2023, 1, 1);
    private static readonly OrganizationId CouncilId = new("gwanak-innovation-council");
    private static readonly OrganizationId[] Members = [new("gwanak-gu-office"), new("snu"), new("gwanak-chamber-of-commerce"), new("startup-research-institute")];
    private static readonly PersonName?[] People = [null, PersonName.Create("김교수", "Professor Kim"), PersonName.Create("이교수", "Professor Lee")];
    private static readonly string?[] PostKeys = [null, "co-chair", "secretary", "treasurer"];
    private static readonly LocalizedText Role = LocalizedText.Create("위원", "Member");

    // Kind: 0 adds a post, 1 a membership, 2 ends one (Pick below 70 names a membership the body has).
    private static readonly Gen<Step> Steps = Gen.Select(
        Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 120], Gen.Int[-2, 60], Gen.Int[0, 99],
        (kind, member, person, post, day, length, pick) => new Step(kind, member, person, post, day, length, pick));

    [Fact]
    public void Every_transition_agrees_in_its_three_forms_and_with_a_scan_of_every_membership()
    {
        var met = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Gen.Select(Steps.Array[0, 40], Gen.Int[0, 1000]).Sample((steps, insertAt) =>
        {
            var body = GovernanceBody.Create(CouncilId, Launch, LocalizedText.Create("관악S밸리 지역혁신 거버넌스", "Gwanak S-Valley innovation council"));
            foreach (var step in steps)
            {
                body = Apply(body, step, met);
            }

            var replayed = GovernanceBody.Replay(body.History);
            Assert.Equal(body, replayed);
            Assert.Equal(body.Memberships, replayed.Memberships);
            AssertSameDays(body, replayed);

            // The replay built its index of days in place; steps taken from what it returned copy it.
            foreach (var m in replayed.Memberships.Take(3))
            {
                _ = (replayed.TryEndMembership(m.Period.Start, m.Organization, m.Period.Start, m.Person), replayed.TryAddMembership(m with { Period = new DateRange(Launch.PlusDays(200)) }));
            }

            AssertSameDays(body, replayed);
            AssertNoOverlaps(body);

            int index = 1 + (insertAt % body.Version);
            var foreign = new PostCreated(new OrganizationId("another-council"), Launch, new Post("co-chair", Role));
            var e = Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay([.. body.History.Take(index), foreign, .. body.History.Skip(index)]));
            Assert.Equal((HistoryRules.EventOfAnotherAggregate, index), (e.RuleId, e.EventIndex));
        });

        // The generated sequences meet every rule of the body, so each agreement above was put to the test.
        Assert.Equal(
            RuleCatalog.Rules.Where(r => r.Context == "Governance").Select(r => r.Id).Order(StringComparer.Ordinal),
            met.Keys.Order(StringComparer.Ordinal));
    }

    // The same members on every day, and the same changes over spans of a week.
    private static void AssertSameDays(GovernanceBody expected, GovernanceBody actual)
    {
        for (int d = -1; d <= 210; d++)
        {
            var day = Launch.PlusDays(d);
            Assert.Equal(expected.MembersOn(day), actual.MembersOn(day));
            Assert.Equal(expected.ChangesBetween(day, day.PlusDays(7)), actual.ChangesBetween(day, day.PlusDays(7)));
        }
    }

    private static GovernanceBody Apply(GovernanceBody body, Step step, ConcurrentDictionary<string, bool> met)
    {
        switch (step.Kind)
        {
            case 0:
                var post = new Post(PostKeys[1 + (step.Post % 3)]!, Role);
                var date = Launch.PlusDays(step.Day);
                string? duplicate = body.Posts.Any(p => p.Key == post.Key) ? GovernanceRules.DuplicatePost : null;
                return Decide(met, body, duplicate, b => b.CanAddPost(date, post), b => b.TryAddPost(date, post), b => b.AddPost(date, post));
            case 1:
                var start = Launch.PlusDays(step.Day);
                var membership = new Membership(Members[step.Member], HelixSector.Public, Role, new DateRange(start, step.Length < 0 ? null : start.PlusDays(step.Length)), People[step.Person], PostKeys[step.Post]);
                return Decide(met, body, ScannedAddition(body, membership), b => b.CanAddMembership(membership), b => b.TryAddMembership(membership), b => b.AddMembership(membership));
            default:
                var (organization, person, firstDay) = Named(body, step);
                var lastDay = firstDay.PlusDays(step.Length);
                return Decide(
                    met,
                    body,
                    ScannedEnding(body, lastDay, organization, firstDay, person),
                    b => b.CanEndMembership(lastDay, organization, firstDay, person),
                    b => b.TryEndMembership(lastDay, organization, firstDay, person),
                    b => b.EndMembership(lastDay, organization, firstDay, person));
        }
    }

    // Mostly a membership the body has; otherwise a member and first day it may not have.
    private static (OrganizationId Organization, PersonName? Person, LocalDate FirstDay) Named(GovernanceBody body, Step step)
    {
        if (step.Pick < 70 && body.Memberships.Count > 0)
        {
            var m = body.Memberships[step.Pick % body.Memberships.Count];
            return (m.Organization, m.Person, m.Period.Start);
        }

        return (Members[step.Member], People[step.Person], Launch.PlusDays(step.Day));
    }

    private static GovernanceBody Decide(ConcurrentDictionary<string, bool> met, GovernanceBody body, string? expected, Func<GovernanceBody, bool> can, Func<GovernanceBody, Decision<GovernanceBody>> attempt, Func<GovernanceBody, GovernanceBody> act)
    {
        var decision = TransitionForms.Agree(() => can(body), () => attempt(body), () => act(body));
        Assert.Equal(expected, decision.Refusal?.RuleId);
        if (decision.TryGetValue(out var next))
        {
            return next;
        }

        met[expected!] = true;
        return body;
    }

    // The rules as a scan of every membership says them.
    private static string? ScannedAddition(GovernanceBody body, Membership m)
    {
        if (m.PostKey is { } key)
        {
            if (body.Posts.All(p => p.Key != key))
            {
                return GovernanceRules.UnknownPost;
            }

            if (body.Memberships.Any(o => o.PostKey == key && o.Period.Overlaps(m.Period)))
            {
                return GovernanceRules.PostAlreadyHeld;
            }
        }

        return body.Memberships.Any(o => SameMember(o, m.Organization, m.Person) && o.Period.Overlaps(m.Period)) ? GovernanceRules.OverlappingMembership : null;
    }

    private static string? ScannedEnding(GovernanceBody body, LocalDate lastDay, OrganizationId organization, LocalDate firstDay, PersonName? person)
    {
        if (lastDay < firstDay)
        {
            return GovernanceRules.EndedBeforeFirstDay;
        }

        var found = body.Memberships.SingleOrDefault(o => SameMember(o, organization, person) && o.Period.Start == firstDay);
        return found is null ? GovernanceRules.UnknownMembership : found.Period.IsOpen ? null : GovernanceRules.MembershipAlreadyEnded;
    }

    private static void AssertNoOverlaps(GovernanceBody body)
    {
        var all = body.Memberships;
        for (int i = 0; i < all.Count; i++)
        {
            for (int j = i + 1; j < all.Count; j++)
            {
                bool samePost = all[i].PostKey is not null && all[i].PostKey == all[j].PostKey;
                Assert.False((samePost || SameMember(all[i], all[j].Organization, all[j].Person)) && all[i].Period.Overlaps(all[j].Period), $"{all[i]} overlaps {all[j]}");
            }
        }
    }

    private static bool SameMember(Membership m, OrganizationId organization, PersonName? person) => m.Organization == organization && Equals(m.Person, person);

    private sealed record Step(int Kind, int Member, int Person, int Post, int Day, int Length, int Pick);
}

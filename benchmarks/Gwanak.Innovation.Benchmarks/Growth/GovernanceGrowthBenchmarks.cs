using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Growth;

/// <summary>
/// A governance body's memberships: 30 posts, then one membership a day for 100 days each, 200 members in turn, every
/// fourth one in a post (30 posts in turn), every other one open and ended by a later event.
/// Transition: <see cref="GovernanceBody.AddMembership"/>; question: <see cref="GovernanceBody.MembersOn"/> (100 members).
/// </summary>
public class GovernanceGrowthBenchmarks : GrowthBenchmarks<GovernanceBody, GovernanceEvent>
{
    private const int Posts = 30;
    private const int Members = 200;
    private const int Days = 100;
    private static readonly OrganizationId Body = new("growth-council");
    private static readonly LocalDate Start = new(2000, 1, 1);
    private static readonly LocalizedText Role = LocalizedText.Create("위원", "Member");

    private LocalDate middle;
    private Membership newcomer = null!;

    /// <summary>Seats a new member after the last membership.</summary>
    /// <returns>The body with one more membership.</returns>
    [Benchmark]
    public GovernanceBody Transition() => Built.AddMembership(newcomer);

    /// <summary>The members on a day in the middle of the history.</summary>
    /// <returns>How many.</returns>
    [Benchmark]
    public int DateQuestion() => Built.MembersOn(middle).Count;

    /// <inheritdoc/>
    protected override (IReadOnlyList<GovernanceEvent> Events, int Count) Generate(int events)
    {
        var organizations = Enumerable.Range(0, Members).Select(i => new OrganizationId(string.Create(CultureInfo.InvariantCulture, $"member-{i}"))).ToArray();
        var posts = Enumerable.Range(0, Posts).Select(i => string.Create(CultureInfo.InvariantCulture, $"seat-{i}")).ToArray();
        var history = new List<GovernanceEvent>(events) { new GovernanceBodyEstablished(Body, Start, LocalizedText.Create("성장 위원회", "Growth council")) };
        foreach (var key in posts)
        {
            history.Add(new PostCreated(Body, Start, new Post(key, LocalizedText.Create(key, key))));
        }

        int k = 0;
        for (; history.Count < events; k++)
        {
            var first = Start.PlusDays(k);
            var last = first.PlusDays(Days - 1);
            var organization = organizations[k % Members];
            string? post = k % 4 == 0 ? posts[k / 4 % Posts] : null;
            var sector = (HelixSector)(k % 5);
            if (k % 2 == 0)
            {
                history.Add(new MembershipAdded(Body, new Membership(organization, sector, Role, new DateRange(first, last), postKey: post)));
                continue;
            }

            history.Add(new MembershipAdded(Body, new Membership(organization, sector, Role, new DateRange(first), postKey: post)));
            if (history.Count < events)
            {
                history.Add(new MembershipEnded(Body, last, organization, first, null));
            }
        }

        middle = Start.PlusDays(k / 2);
        newcomer = new Membership(new OrganizationId("newcomer"), HelixSector.Research, Role, new DateRange(Start.PlusDays(k + Days)));
        return (history, k);
    }

    /// <inheritdoc/>
    protected override int Loop(GovernanceEvent[] events)
    {
        // The events are in date order, so the last membership of a post or of a member is the only one a new one can overlap.
        var posts = new HashSet<string>(StringComparer.Ordinal);
        var periods = new List<(LocalDate First, LocalDate Last)>();
        var lastOfPost = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastOfMember = new Dictionary<(OrganizationId, PersonName?), int>();
        var byFirstDay = new Dictionary<(OrganizationId, PersonName?, LocalDate), int>();
        var open = new HashSet<int>();
        foreach (var e in events)
        {
            switch (e)
            {
                case PostCreated p:
                    Require(posts.Add(p.Post.Key), "duplicate post");
                    break;
                case MembershipAdded a:
                    var m = a.Membership;
                    var period = (m.Period.Start, m.Period.End ?? LocalDate.MaxIsoValue);
                    if (m.PostKey is { } key)
                    {
                        Require(posts.Contains(key), "unknown post");
                        Require(!(lastOfPost.TryGetValue(key, out int holder) && Overlap(periods[holder], period)), "post already held");
                        lastOfPost[key] = periods.Count;
                    }

                    var member = (m.Organization, m.Person);
                    Require(!(lastOfMember.TryGetValue(member, out int same) && Overlap(periods[same], period)), "overlapping membership");
                    lastOfMember[member] = periods.Count;
                    byFirstDay[(m.Organization, m.Person, m.Period.Start)] = periods.Count;
                    if (m.Period.End is null)
                    {
                        open.Add(periods.Count);
                    }

                    periods.Add(period);
                    break;
                case MembershipEnded x:
                    Require(x.Date >= x.FirstDay, "ended before its first day");
                    Require(byFirstDay.TryGetValue((x.Organization, x.Person, x.FirstDay), out int index), "unknown membership");
                    Require(open.Remove(index), "membership already ended");
                    periods[index] = (x.FirstDay, x.Date);
                    break;
            }
        }

        return periods.Count;
    }

    /// <inheritdoc/>
    protected override GovernanceBody ReplayHistory(GovernanceEvent[] events) => GovernanceBody.Replay(events);

    /// <inheritdoc/>
    protected override int CountOf(GovernanceBody aggregate) => aggregate.Memberships.Count;

    private static bool Overlap((LocalDate First, LocalDate Last) a, (LocalDate First, LocalDate Last) b) => a.First <= b.Last && b.First <= a.Last;
}

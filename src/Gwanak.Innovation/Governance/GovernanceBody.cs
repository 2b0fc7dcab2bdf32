using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>
/// A regional innovation governance body (지역 혁신 거버넌스), such as the council around Gwanak-gu and Seoul
/// National University, with its posts and dated memberships (Popolo <c>Organization</c>, <c>Post</c>,
/// <c>Membership</c>).
/// </summary>
/// <remarks>
/// Immutable: every change returns a new body and appends a <see cref="GovernanceEvent"/> to its
/// <see cref="History"/>; <see cref="Replay"/> of the history gives an equal body. Memberships are never removed,
/// only ended on a last day, so the body can answer for any date who sat on it, which sectors were represented
/// and what changed.
/// Source: seed article (2023), "민·관·산·학·연의 지역 혁신 거버넌스"; Popolo data specification
/// (https://www.popoloproject.com/specs/membership.html).
/// </remarks>
public sealed class GovernanceBody : IEquatable<GovernanceBody>
{
    private readonly ImmutableArray<Post> posts;
    private readonly ImmutableArray<Membership> memberships;
    private readonly ImmutableArray<GovernanceEvent> history;

    /// <summary>Creates a body without posts or members.</summary>
    /// <param name="id">The body's own organisation id.</param>
    /// <param name="name">The name, for example <c>관악S밸리 지역혁신 거버넌스</c>.</param>
    /// <exception cref="ArgumentException">The id is default or the name is null.</exception>
    public GovernanceBody(OrganizationId id, LocalizedText name)
        : this(Guard.Against.Default(id), Guard.Against.Null(name), [], [], [new GovernanceBodyEstablished(id, name)])
    {
    }

    private GovernanceBody(OrganizationId id, LocalizedText name, ImmutableArray<Post> posts, ImmutableArray<Membership> memberships, ImmutableArray<GovernanceEvent> history)
    {
        Id = id;
        Name = name;
        this.posts = posts;
        this.memberships = memberships;
        this.history = history;
    }

    /// <summary>The body's own organisation id.</summary>
    public OrganizationId Id { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The posts, in the order added.</summary>
    public IReadOnlyList<Post> Posts => posts;

    /// <summary>Every membership ever held, in the order added.</summary>
    public IReadOnlyList<Membership> Memberships => memberships;

    /// <summary>Everything that happened, in order; the first event is always <see cref="GovernanceBodyEstablished"/>.</summary>
    public IReadOnlyList<GovernanceEvent> History => history;

    /// <summary>Rebuilds a body from its history, checking every change again.</summary>
    /// <param name="history">The events, the first a <see cref="GovernanceBodyEstablished"/>.</param>
    /// <returns>A body equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">
    /// <see cref="GovernanceRules.HistoryMustStartWithEstablishment"/> when the history is empty, does not start with
    /// the establishment or establishes the body twice; or the rule of the body an event breaks.
    /// </exception>
    /// <exception cref="ArgumentException">An event is null, or ends a membership the body does not have.</exception>
    public static GovernanceBody Replay(IEnumerable<GovernanceEvent> history)
        => EventHistory.Replay(
            history,
            (GovernanceBodyEstablished established) => new GovernanceBody(established.Body, established.Name),
            (body, e) => e switch
            {
                PostCreated p => body.WithPost(p.Post),
                MembershipAdded m => body.WithMembership(m.Membership),
                MembershipEnded ended => body.EndMembership(ended.Membership, ended.LastDay),
                GovernanceBodyEstablished => throw new DomainRuleException(GovernanceRules.HistoryMustStartWithEstablishment, $"{body.Name.English} was already established; a history has exactly one establishment, at its start."),
                _ => throw new ArgumentException($"The event {e} cannot follow the establishment.", nameof(history)),
            },
            dateOf: null,
            GovernanceRules.HistoryMustStartWithEstablishment,
            "A governance body's history starts with its establishment");

    /// <summary>The body with one more post.</summary>
    /// <param name="post">The post.</param>
    /// <returns>The new body.</returns>
    /// <exception cref="DomainRuleException">GOV-005: the body already has a post with that key.</exception>
    public GovernanceBody WithPost(Post post)
    {
        Guard.Against.Null(post);
        if (FindPost(post.Key) is not null)
        {
            throw new DomainRuleException(
                GovernanceRules.DuplicatePost,
                $"Cannot add the post '{post.Key}' to {Name.English}: it already has a post with that key. Each post needs its own key.");
        }

        return new GovernanceBody(Id, Name, posts.Add(post), memberships, history.Add(new PostCreated(post)));
    }

    /// <summary>The body with one more membership.</summary>
    /// <param name="membership">The membership.</param>
    /// <returns>The new body.</returns>
    /// <exception cref="DomainRuleException">
    /// GOV-001: the post is unknown; GOV-002: the post is held by another membership on one of the days;
    /// GOV-003: the same member already holds a membership on one of the days.
    /// </exception>
    public GovernanceBody WithMembership(Membership membership)
    {
        Guard.Against.Null(membership);
        if (membership.PostKey is { } key)
        {
            if (FindPost(key) is null)
            {
                throw new DomainRuleException(
                    GovernanceRules.UnknownPost,
                    $"Cannot seat {membership.Organization} in the post '{key}' of {Name.English}: the body has no such post. Add the post first; posts: {string.Join(", ", posts.Select(p => p.Key))}.");
            }

            var holder = memberships.FirstOrDefault(m => m.PostKey == key && m.Period.Overlaps(membership.Period));
            if (holder is not null)
            {
                throw new DomainRuleException(
                    GovernanceRules.PostAlreadyHeld,
                    $"Cannot seat {membership.Organization} in the post '{key}' for {membership.Period}: {holder.Organization} holds it for {holder.Period}. A post has one holder at a time; end the other membership first.");
            }
        }

        var same = memberships.FirstOrDefault(m => m.IsSameMemberAs(membership) && m.Period.Overlaps(membership.Period));
        if (same is not null)
        {
            throw new DomainRuleException(
                GovernanceRules.OverlappingMembership,
                $"Cannot add a membership of {membership.Organization} for {membership.Period}: the same member already sits on {Name.English} for {same.Period}. A member holds one membership at a time.");
        }

        return new GovernanceBody(Id, Name, posts, memberships.Add(membership), history.Add(new MembershipAdded(membership)));
    }

    /// <summary>The body with an open membership ended on a last day.</summary>
    /// <param name="membership">A membership of this body.</param>
    /// <param name="lastDay">The last day of the membership, not before its first day.</param>
    /// <returns>The new body.</returns>
    /// <exception cref="ArgumentException">The membership is not one of this body's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> is before the membership began.</exception>
    /// <exception cref="DomainRuleException">GOV-004: the membership has already ended.</exception>
    public GovernanceBody EndMembership(Membership membership, LocalDate lastDay)
    {
        Guard.Against.Null(membership);
        int index = memberships.IndexOf(membership);
        if (index < 0)
        {
            throw new ArgumentException($"The membership of {membership.Organization} for {membership.Period} is not one of {Name.English}'s.", nameof(membership));
        }

        if (membership.Period.End is { } end)
        {
            throw new DomainRuleException(
                GovernanceRules.MembershipAlreadyEnded,
                $"Cannot end the membership of {membership.Organization} on {lastDay:uuuu-MM-dd}: it already ended on {end:uuuu-MM-dd}. Only an open membership can be ended.");
        }

        if (lastDay < membership.Period.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(lastDay), lastDay, $"The last day {lastDay:uuuu-MM-dd} is before the membership of {membership.Organization} began on {membership.Period.Start:uuuu-MM-dd}.");
        }

        var ended = membership with { Period = membership.Period.EndingOn(lastDay) };
        return new GovernanceBody(Id, Name, posts, memberships.SetItem(index, ended), history.Add(new MembershipEnded(membership, lastDay)));
    }

    /// <summary>The memberships held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The memberships whose period contains the date, in the order added.</returns>
    public IReadOnlyList<Membership> MembersOn(LocalDate date)
        => memberships.Where(m => m.Period.Contains(date)).ToArray();

    /// <summary>The sectors holding at least one seat on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The sectors, in enum order.</returns>
    public IReadOnlyList<HelixSector> SectorsRepresentedOn(LocalDate date)
        => MembersOn(date).Select(m => m.Sector).Distinct().Order().ToArray();

    /// <summary>How the seats were spread over the sectors on a date, judged by a policy.</summary>
    /// <param name="date">The date.</param>
    /// <param name="policy">The policy; <see cref="GovernanceBalancePolicy.Default"/> when null.</param>
    /// <returns>The assessment.</returns>
    public GovernanceBalance BalanceOn(LocalDate date, GovernanceBalancePolicy? policy = null)
    {
        policy ??= GovernanceBalancePolicy.Default;
        var members = MembersOn(date);
        var seats = Enum.GetValues<HelixSector>().ToDictionary(s => s, s => members.Count(m => m.Sector == s));
        int total = members.Count;
        var missing = policy.RequiredSectors.Where(s => seats[s] == 0).ToArray();
        var over = seats.Where(kv => total > 0 && kv.Value > policy.MaximumSeatShare * total).Select(kv => kv.Key).Order().ToArray();
        return new GovernanceBalance(date, policy, seats, total, missing, over);
    }

    /// <summary>The members who joined or left after one date, up to and including another.</summary>
    /// <param name="from">The earlier date; changes on it are not listed.</param>
    /// <param name="to">The later date; changes on it are listed.</param>
    /// <returns>
    /// Joins dated on their first day and departures dated on the first day without the membership, so that
    /// applying them to <see cref="MembersOn"/> of <paramref name="from"/> gives the members of <paramref name="to"/>;
    /// ordered by date, departures before joins on the same day.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<MembershipChange> ChangesBetween(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The later date {to:uuuu-MM-dd} is before the earlier date {from:uuuu-MM-dd}.");
        }

        var changes = new List<MembershipChange>();
        foreach (var m in memberships)
        {
            if (m.Period.Start > from && m.Period.Start <= to)
            {
                changes.Add(new MembershipChange(m.Period.Start, MembershipChangeKind.Joined, m));
            }

            if (m.Period.End is { } end && end >= from && end < to)
            {
                changes.Add(new MembershipChange(end.PlusDays(1), MembershipChangeKind.Left, m));
            }
        }

        return changes.OrderBy(c => c.Date).ThenByDescending(c => c.Kind).ToArray();
    }

    /// <inheritdoc/>
    public bool Equals(GovernanceBody? other)
        => other is not null && Id == other.Id && Name.Equals(other.Name) && posts.SequenceEqual(other.posts)
           && memberships.SequenceEqual(other.memberships) && history.SequenceEqual(other.history);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GovernanceBody);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, history.Length);

    /// <summary>The primary name and the id.</summary>
    /// <returns>For example <c>관악S밸리 지역혁신 거버넌스 (gwanak-innovation-council)</c>.</returns>
    public override string ToString() => $"{Name} ({Id})";

    private Post? FindPost(string key) => posts.FirstOrDefault(p => string.Equals(p.Key, key.Trim(), StringComparison.Ordinal));
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
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
/// <para>
/// Memberships are never removed, only ended on a last day, so the body can answer for any date who sat on it, which
/// sectors were represented and what changed. A post has one holder at a time
/// (<see cref="GovernanceRules.PostAlreadyHeld"/>) and a member one membership at a time
/// (<see cref="GovernanceRules.OverlappingMembership"/>); both are checked against memberships indexed by post and by
/// member, so adding or ending a membership costs O(log n) however many the body has had.
/// </para>
/// <para>
/// Sources: the press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다" (2023-08-23) calls for
/// "관악구-서울대를 중심으로 하는 민·관·산·학·연의 지역 혁신 거버넌스"; the Popolo data specification
/// (https://www.popoloproject.com/specs/membership.html) for posts and dated memberships.
/// </para>
/// </remarks>
public sealed class GovernanceBody : EventSourcedAggregate<GovernanceBody, OrganizationId, GovernanceEvent>
{
    private readonly GovernanceBodyEstablished establishment;
    private readonly AppendList<Post> posts;
    private readonly PersistentMap<string, int> postKeys;
    private readonly MembershipRoster roster;

    private GovernanceBody(AppendList<GovernanceEvent> history, GovernanceBodyEstablished establishment, AppendList<Post> posts, PersistentMap<string, int> postKeys, MembershipRoster roster)
        : base(history)
    {
        this.establishment = establishment;
        this.posts = posts;
        this.postKeys = postKeys;
        this.roster = roster;
    }

    /// <summary>The name.</summary>
    public LocalizedText Name => establishment.Name;

    /// <summary>The day the body was set up.</summary>
    public LocalDate EstablishedOn => establishment.Date;

    /// <summary>The posts, in the order added.</summary>
    public IReadOnlyList<Post> Posts => posts;

    /// <summary>Every membership ever held, in the order added; an ended one with its last day.</summary>
    public IReadOnlyList<Membership> Memberships => roster.Memberships;

    /// <summary>Sets up a body without posts or members.</summary>
    /// <param name="id">The body's own organisation id.</param>
    /// <param name="date">The day it was set up.</param>
    /// <param name="name">The name, for example <c>관악S밸리 지역혁신 거버넌스</c>.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">The id is default or the name is null.</exception>
    public static GovernanceBody Create(OrganizationId id, LocalDate date, LocalizedText name)
        => Found(new GovernanceBodyEstablished(Guard.Against.Default(id), date, name)).Value;

    /// <summary>Rebuilds a body from its history, deciding every event again.</summary>
    /// <param name="history">The events, starting with a <see cref="GovernanceBodyEstablished"/>.</param>
    /// <returns>The body, equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule: its rule id says which, <see cref="DomainRuleException.EventIndex"/> where.</exception>
    /// <exception cref="ArgumentException">The history or one of its events is null.</exception>
    public static GovernanceBody Replay(IEnumerable<GovernanceEvent> history) => Replay<GovernanceBodyEstablished>(history, Found);

    /// <summary>Creates a post on the body.</summary>
    /// <param name="date">The day the post is created.</param>
    /// <param name="post">The post.</param>
    /// <returns>The body with the post.</returns>
    /// <exception cref="ArgumentException">The post is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="GovernanceRules.DuplicatePost"/>.</exception>
    [Transition]
    public GovernanceBody AddPost(LocalDate date, Post post) => Record(new PostCreated(Id, date, post));

    /// <summary>Creates a post on the body, or the rule that stops it.</summary>
    /// <param name="date">The day the post is created.</param>
    /// <param name="post">The post.</param>
    /// <returns>The body with the post, or the refusal (as <see cref="AddPost"/> would throw it).</returns>
    /// <exception cref="ArgumentException">The post is null.</exception>
    [Transition]
    public Decision<GovernanceBody> TryAddPost(LocalDate date, Post post) => TryRecord(new PostCreated(Id, date, post));

    /// <summary>True when <see cref="AddPost"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day the post is created.</param>
    /// <param name="post">The post.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="ArgumentException">The post is null.</exception>
    public bool CanAddPost(LocalDate date, Post post) => CanRecord(new PostCreated(Id, date, post));

    /// <summary>Seats a member, dated on the membership's first day.</summary>
    /// <param name="membership">The membership, open or already with its last day.</param>
    /// <returns>The body with the membership.</returns>
    /// <exception cref="ArgumentException">The membership is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="GovernanceRules.UnknownPost"/>, <see cref="GovernanceRules.PostAlreadyHeld"/>, <see cref="GovernanceRules.OverlappingMembership"/>.</exception>
    [Transition]
    public GovernanceBody AddMembership(Membership membership) => Record(new MembershipAdded(Id, membership));

    /// <summary>Seats a member, or the rule that stops it.</summary>
    /// <param name="membership">The membership, open or already with its last day.</param>
    /// <returns>The body with the membership, or the refusal (as <see cref="AddMembership"/> would throw it).</returns>
    /// <exception cref="ArgumentException">The membership is null.</exception>
    [Transition]
    public Decision<GovernanceBody> TryAddMembership(Membership membership) => TryRecord(new MembershipAdded(Id, membership));

    /// <summary>True when <see cref="AddMembership"/> with the same argument would succeed.</summary>
    /// <param name="membership">The membership, open or already with its last day.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="ArgumentException">The membership is null.</exception>
    public bool CanAddMembership(Membership membership) => CanRecord(new MembershipAdded(Id, membership));

    /// <summary>Ends an open membership, named by its member and first day.</summary>
    /// <param name="date">The last day of the membership, on or after its first day.</param>
    /// <param name="organization">The member organisation, or the organisation the person acts for.</param>
    /// <param name="firstDay">The first day of the membership.</param>
    /// <param name="person">The person acting for the organisation, when the membership is a person's.</param>
    /// <returns>The body with the membership ended.</returns>
    /// <exception cref="ArgumentException">The organisation's id is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="GovernanceRules.EndedBeforeFirstDay"/>, <see cref="GovernanceRules.UnknownMembership"/>, <see cref="GovernanceRules.MembershipAlreadyEnded"/>.</exception>
    [Transition]
    public GovernanceBody EndMembership(LocalDate date, OrganizationId organization, LocalDate firstDay, PersonName? person = null)
        => Record(new MembershipEnded(Id, date, organization, firstDay, person));

    /// <summary>Ends an open membership, or the rule that stops it.</summary>
    /// <param name="date">The last day of the membership, on or after its first day.</param>
    /// <param name="organization">The member organisation, or the organisation the person acts for.</param>
    /// <param name="firstDay">The first day of the membership.</param>
    /// <param name="person">The person acting for the organisation, when the membership is a person's.</param>
    /// <returns>The body with the membership ended, or the refusal (as <see cref="EndMembership"/> would throw it).</returns>
    /// <exception cref="ArgumentException">The organisation's id is default.</exception>
    [Transition]
    public Decision<GovernanceBody> TryEndMembership(LocalDate date, OrganizationId organization, LocalDate firstDay, PersonName? person = null)
        => TryRecord(new MembershipEnded(Id, date, organization, firstDay, person));

    /// <summary>True when <see cref="EndMembership"/> with the same arguments would succeed.</summary>
    /// <param name="date">The last day of the membership, on or after its first day.</param>
    /// <param name="organization">The member organisation, or the organisation the person acts for.</param>
    /// <param name="firstDay">The first day of the membership.</param>
    /// <param name="person">The person acting for the organisation, when the membership is a person's.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="ArgumentException">The organisation's id is default.</exception>
    public bool CanEndMembership(LocalDate date, OrganizationId organization, LocalDate firstDay, PersonName? person = null)
        => CanRecord(new MembershipEnded(Id, date, organization, firstDay, person));

    /// <summary>The memberships held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The memberships whose period contains the date, in the order added.</returns>
    public IReadOnlyList<Membership> MembersOn(LocalDate date) => roster.On(date);

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
        var seats = Enum.GetValues<HelixSector>().ToImmutableSortedDictionary(s => s, s => members.Count(m => m.Sector == s));
        int total = members.Count;
        EquatableArray<HelixSector> missing = [.. policy.RequiredSectors.Where(s => seats[s] == 0)];
        // The seats are in sector order; with no seats at all no sector holds more than a share of them.
        EquatableArray<HelixSector> over = [.. seats.Where(kv => kv.Value > policy.MaximumSeatShare * total).Select(kv => kv.Key)];
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
    /// <remarks>
    /// It reads the memberships that share a day with the span, found by day in O(log n) plus a step per membership
    /// found, not every membership the body has had.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<MembershipChange> ChangesBetween(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The later date {to:uuuu-MM-dd} is before the earlier date {from:uuuu-MM-dd}.");
        }

        // A membership that joins or leaves in the span shares a day with it: only those are read, not every membership.
        var changes = new List<MembershipChange>();
        foreach (var m in roster.Overlapping(from, to))
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

    /// <summary>The primary name and the id.</summary>
    /// <returns>For example <c>관악S밸리 지역혁신 거버넌스 (gwanak-innovation-council)</c>.</returns>
    public override string ToString() => $"{Name} ({Id})";

    private protected override Refusal? Decide(GovernanceEvent e) => e switch
    {
        PostCreated p => GovernanceDecisions.PostCreation(this, p, postKeys),
        MembershipAdded m => GovernanceDecisions.MembershipAddition(this, m.Membership, postKeys, roster),
        MembershipEnded x => GovernanceDecisions.MembershipEnding(this, x, roster),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the body is founded."),
    };

    private protected override GovernanceBody Evolve(GovernanceEvent e, AppendList<GovernanceEvent> history) => e switch
    {
        PostCreated p => new(history, establishment, posts.Add(p.Post), postKeys.SetItem(p.Post.Key, posts.Count), roster),
        MembershipAdded m => new(history, establishment, posts, postKeys, roster.Add(m.Membership)),
        MembershipEnded x => new(history, establishment, posts, postKeys, roster.End(x.Organization, x.Person, x.FirstDay, x.Date)),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the body is founded."),
    };

    private static Decision<GovernanceBody> Found(GovernanceBodyEstablished established)
        => new(new GovernanceBody(Founded(established), established, AppendList<Post>.Empty, PersistentMap<string, int>.Empty, MembershipRoster.Empty));
}

using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>
/// A governance body's memberships in the order added, indexed by post, by member and by day, so that finding the
/// membership a new period would overlap, the one a member began on a day, or those held on a day, costs O(log n) (and a
/// step per membership found) however many the body has had.
/// </summary>
/// <remarks>
/// The memberships of one post never overlap (<see cref="GovernanceRules.PostAlreadyHeld"/>), nor those of one member
/// (<see cref="GovernanceRules.OverlappingMembership"/>). Sorted by first day, only the last one that begins on or before
/// a period's last day can overlap the period: every earlier one ended before that one began. Ending a membership
/// replaces it at its position in the list, which the indexes hold and which never changes.
/// </remarks>
internal sealed class MembershipRoster
{
    private readonly AppendList<Membership> memberships;
    private readonly PositionsByKey<string> byPost;
    private readonly PositionsByKey<(OrganizationId Organization, PersonName? Person)> byMember;
    private readonly DatedIntervals days;

    private MembershipRoster(
        AppendList<Membership> memberships,
        PositionsByKey<string> byPost,
        PositionsByKey<(OrganizationId Organization, PersonName? Person)> byMember,
        DatedIntervals days)
    {
        this.memberships = memberships;
        this.byPost = byPost;
        this.byMember = byMember;
        this.days = days;
    }

    /// <summary>No memberships.</summary>
    public static MembershipRoster Empty { get; } = new(
        AppendList<Membership>.Empty,
        PositionsByKey<string>.Empty,
        PositionsByKey<(OrganizationId Organization, PersonName? Person)>.Empty,
        DatedIntervals.Empty);

    /// <summary>Every membership ever held, in the order added, ended ones with their last day.</summary>
    public IReadOnlyList<Membership> Memberships => memberships;

    /// <summary>The memberships held on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The memberships whose period contains the day, in the order added.</returns>
    public IReadOnlyList<Membership> On(LocalDate date) => days.On(date).Select(i => memberships[i]).ToArray();

    /// <summary>The memberships held on at least one day from one day to another.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, on or after <paramref name="from"/>.</param>
    /// <returns>The memberships whose period shares a day with the span, in the order added.</returns>
    public IEnumerable<Membership> Overlapping(LocalDate from, LocalDate to) => days.Overlapping(from, to).Select(i => memberships[i]);

    /// <summary>The membership that holds a post on some day of a period.</summary>
    /// <param name="postKey">The post's key.</param>
    /// <param name="period">The period.</param>
    /// <returns>The holder, or <see langword="null"/> when the post is free on every day of the period.</returns>
    public Membership? HolderOverlapping(string postKey, DateRange period) => Overlapping(byPost, postKey, period);

    /// <summary>The membership of the same member as another that shares a day with it.</summary>
    /// <param name="membership">The other membership.</param>
    /// <returns>The membership, or <see langword="null"/> when the member holds none on those days.</returns>
    public Membership? SameMemberOverlapping(Membership membership)
        => Overlapping(byMember, (membership.Organization, membership.Person), membership.Period);

    /// <summary>The membership a member began on a day.</summary>
    /// <param name="organization">The member organisation, or the organisation the person acts for.</param>
    /// <param name="person">The person, or <see langword="null"/>.</param>
    /// <param name="firstDay">The first day.</param>
    /// <returns>The membership, or <see langword="null"/> when the member began none on that day.</returns>
    public Membership? Find(OrganizationId organization, PersonName? person, LocalDate firstDay)
        => IndexOf(organization, person, firstDay) is int index ? memberships[index] : null;

    /// <summary>The roster with one more membership.</summary>
    /// <param name="membership">A membership overlapping no other of its post or its member.</param>
    /// <returns>The new roster.</returns>
    public MembershipRoster Add(Membership membership)
    {
        var firstDay = membership.Period.Start;
        return new(
            memberships.Add(membership),
            membership.PostKey is { } key ? byPost.Add(key, firstDay, memberships.Count) : byPost,
            byMember.Add((membership.Organization, membership.Person), firstDay, memberships.Count),
            days.Add(membership.Period, memberships.Count));
    }

    /// <summary>The roster with a membership ended on a last day.</summary>
    /// <param name="organization">The member organisation, or the organisation the person acts for.</param>
    /// <param name="person">The person, or <see langword="null"/>.</param>
    /// <param name="firstDay">The membership's first day.</param>
    /// <param name="lastDay">The last day, not before the first.</param>
    /// <returns>The new roster.</returns>
    public MembershipRoster End(OrganizationId organization, PersonName? person, LocalDate firstDay, LocalDate lastDay)
    {
        int index = IndexOf(organization, person, firstDay) ?? throw new UnreachableException($"The membership of {organization} from {firstDay:uuuu-MM-dd} is ended only after it was found.");
        var membership = memberships[index];
        var ended = membership.Period.EndingOn(lastDay);
        return new(memberships.SetItem(index, membership with { Period = ended }), byPost, byMember, days.Replace(firstDay, index, ended));
    }

    private int? IndexOf(OrganizationId organization, PersonName? person, LocalDate firstDay)
        => byMember.LatestBy((organization, person), firstDay) is { } seat && seat.FirstDay == firstDay ? seat.Position : null;

    // The last membership of the key beginning on or before the period's last day: the only one that can overlap it.
    private Membership? Overlapping<TKey>(PositionsByKey<TKey> index, TKey key, DateRange period)
        where TKey : notnull
        => index.LatestBy(key, period.End ?? LocalDate.MaxIsoValue) is { } seat && memberships[seat.Position] is var candidate && candidate.Period.Overlaps(period)
            ? candidate
            : null;
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    private static readonly ImmutableSortedSet<Seat> NoSeats = ImmutableSortedSet.Create<Seat>(Comparer<Seat>.Create((a, b) => a.FirstDay.CompareTo(b.FirstDay)));

    private readonly AppendList<Membership> memberships;
    private readonly ImmutableDictionary<string, ImmutableSortedSet<Seat>> byPost;
    private readonly ImmutableDictionary<(OrganizationId Organization, PersonName? Person), ImmutableSortedSet<Seat>> byMember;
    private readonly DatedIntervals days;

    private MembershipRoster(
        AppendList<Membership> memberships,
        ImmutableDictionary<string, ImmutableSortedSet<Seat>> byPost,
        ImmutableDictionary<(OrganizationId Organization, PersonName? Person), ImmutableSortedSet<Seat>> byMember,
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
        ImmutableDictionary.Create<string, ImmutableSortedSet<Seat>>(StringComparer.Ordinal),
        ImmutableDictionary<(OrganizationId Organization, PersonName? Person), ImmutableSortedSet<Seat>>.Empty,
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
    public Membership? HolderOverlapping(string postKey, DateRange period) => Overlapping(byPost.GetValueOrDefault(postKey), period);

    /// <summary>The membership of the same member as another that shares a day with it.</summary>
    /// <param name="membership">The other membership.</param>
    /// <returns>The membership, or <see langword="null"/> when the member holds none on those days.</returns>
    public Membership? SameMemberOverlapping(Membership membership)
        => Overlapping(byMember.GetValueOrDefault((membership.Organization, membership.Person)), membership.Period);

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
        var seat = new Seat(membership.Period.Start, memberships.Count);
        var member = (membership.Organization, membership.Person);
        return new(
            memberships.Add(membership),
            membership.PostKey is { } key ? byPost.SetItem(key, byPost.GetValueOrDefault(key, NoSeats).Add(seat)) : byPost,
            byMember.SetItem(member, byMember.GetValueOrDefault(member, NoSeats).Add(seat)),
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
        => byMember.TryGetValue((organization, person), out var seats) && seats.IndexOf(new Seat(firstDay, -1)) is int found and >= 0
            ? seats[found].Index
            : null;

    private Membership? Overlapping(ImmutableSortedSet<Seat>? seats, DateRange period)
    {
        if (seats is null)
        {
            return null;
        }

        // The last seat beginning on or before the period's last day: the only one that can overlap it.
        int found = seats.IndexOf(new Seat(period.End ?? LocalDate.MaxIsoValue, -1));
        int last = found >= 0 ? found : ~found - 1;
        return last >= 0 && memberships[seats[last].Index] is var candidate && candidate.Period.Overlaps(period) ? candidate : null;
    }

    /// <summary>A membership's first day and its position in the list.</summary>
    private readonly record struct Seat(LocalDate FirstDay, int Index);
}

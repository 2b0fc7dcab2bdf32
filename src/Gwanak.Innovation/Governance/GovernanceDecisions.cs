using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>The rules a governance body's events are decided by, each with the refusal it gives (<see cref="GovernanceRules"/>).</summary>
internal static class GovernanceDecisions
{
    public static Refusal? PostCreation(GovernanceBody body, PostCreated e, PersistentMap<string, int> postKeys)
        => postKeys.ContainsKey(e.Post.Key)
            ? new(GovernanceRules.DuplicatePost, $"Cannot add the post '{e.Post.Key}' to {body.Name.English}: it already has a post with that key. Each post needs its own key.")
            : null;

    public static Refusal? MembershipAddition(GovernanceBody body, Membership membership, PersistentMap<string, int> postKeys, MembershipRoster roster)
    {
        if (membership.PostKey is { } key)
        {
            if (!postKeys.ContainsKey(key))
            {
                return new(GovernanceRules.UnknownPost, $"Cannot seat {membership.Organization} in the post '{key}' of {body.Name.English}: the body has no such post. Add the post first; posts: {string.Join(", ", body.Posts.Select(p => p.Key))}.");
            }

            if (roster.HolderOverlapping(key, membership.Period) is { } holder)
            {
                return new(GovernanceRules.PostAlreadyHeld, $"Cannot seat {membership.Organization} in the post '{key}' for {membership.Period}: {holder.Organization} holds it for {holder.Period}. A post has one holder at a time; end the other membership first.");
            }
        }

        return roster.SameMemberOverlapping(membership) is { } same
            ? new(GovernanceRules.OverlappingMembership, $"Cannot add a membership of {Member(membership.Organization, membership.Person)} for {membership.Period}: the same member already sits on {body.Name.English} for {same.Period}. A member holds one membership at a time.")
            : null;
    }

    public static Refusal? MembershipEnding(GovernanceBody body, MembershipEnded e, MembershipRoster roster)
    {
        if (e.Date < e.FirstDay)
        {
            return new(GovernanceRules.EndedBeforeFirstDay, $"Cannot end {Ended(e)} on {e.Date:uuuu-MM-dd}, before it began; a membership's last day is on or after its first day ({e.FirstDay:uuuu-MM-dd}).");
        }

        if (roster.Find(e.Organization, e.Person, e.FirstDay) is not { } membership)
        {
            return new(GovernanceRules.UnknownMembership, $"Cannot end {Ended(e)} on {e.Date:uuuu-MM-dd}: {body.Name.English} has no membership of that member beginning on that day. A membership is named by its member and its first day.");
        }

        return membership.Period.End is { } end
            ? new(GovernanceRules.MembershipAlreadyEnded, $"Cannot end {Ended(e)} on {e.Date:uuuu-MM-dd}: it already ended on {end:uuuu-MM-dd}. Only an open membership can be ended.")
            : null;
    }

    private static string Ended(MembershipEnded e) => $"the membership of {Member(e.Organization, e.Person)} that began on {e.FirstDay:uuuu-MM-dd}";

    // Messages name the organisation, never the person acting for it: a refusal is logged, and a name is personal data.
    private static string Member(OrganizationId organization, PersonName? person)
        => person is null ? organization.ToString() : $"a person acting for {organization}";
}

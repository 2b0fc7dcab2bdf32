using Ardalis.GuardClauses;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Governance;

/// <summary>
/// A member's seat on a governance body for a span of days: an organisation, or a person acting for it, in a
/// role and optionally a post (Popolo <c>Membership</c> with <c>start_date</c> and <c>end_date</c>).
/// </summary>
/// <remarks>
/// The <see cref="Sector"/> is the sector the member represents on the body, recorded with the membership
/// because the body refers to organisations only by id. The member (organisation and person) and the first day
/// identify a membership within its body: the same member never holds two memberships on one day.
/// </remarks>
public sealed record Membership
{
    /// <summary>Creates a membership.</summary>
    /// <param name="organization">The member organisation, or the organisation the person acts for.</param>
    /// <param name="sector">The sector the member represents on the body.</param>
    /// <param name="role">The role, for example <c>위원</c> / <c>Member</c>.</param>
    /// <param name="period">The first and (when known) last day of the membership.</param>
    /// <param name="person">The person acting for the organisation, if the seat is held by a person; personal data.</param>
    /// <param name="postKey">The key of the post held, if any.</param>
    /// <exception cref="System.ArgumentException">The organisation id is default, the role is null or the sector is undefined.</exception>
    public Membership(OrganizationId organization, HelixSector sector, LocalizedText role, DateRange period, PersonName? person = null, string? postKey = null)
    {
        Organization = Guard.Against.Default(organization);
        Sector = Guard.Against.EnumOutOfRange(sector);
        Role = Guard.Against.Null(role);
        Period = period;
        Person = person;
        PostKey = string.IsNullOrWhiteSpace(postKey) ? null : postKey.Trim();
    }

    /// <summary>The member organisation, or the organisation the person acts for.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The sector the member represents on the body.</summary>
    public HelixSector Sector { get; }

    /// <summary>The role.</summary>
    public LocalizedText Role { get; }

    /// <summary>The first and (when known) last day of the membership.</summary>
    public DateRange Period { get; internal init; }

    /// <summary>The person acting for the organisation, if any. Personal data: exports may leave it out.</summary>
    [PersonalData]
    public PersonName? Person { get; }

    /// <summary>The key of the post held, if any.</summary>
    public string? PostKey { get; }
}

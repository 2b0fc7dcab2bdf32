using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>
/// An open membership was ended; the event is dated on its last day. The membership is named by its member and first
/// day, which identify it because the same member never holds two memberships on one day.
/// </summary>
[EventType("governance-body.membership-ended")]
public sealed record MembershipEnded : GovernanceEvent
{
    /// <summary>Records the end of a membership.</summary>
    /// <param name="body">The body's own organisation id.</param>
    /// <param name="date">The last day of the membership.</param>
    /// <param name="organization">The member organisation, or the organisation the person acts for.</param>
    /// <param name="firstDay">The first day of the membership.</param>
    /// <param name="person">The person acting for the organisation, when the membership is a person's; personal data.</param>
    /// <exception cref="System.ArgumentException">The body's or the organisation's id is default.</exception>
    public MembershipEnded(OrganizationId body, LocalDate date, OrganizationId organization, LocalDate firstDay, PersonName? person)
        : base(body, date)
    {
        Organization = Guard.Against.Default(organization);
        FirstDay = firstDay;
        Person = person;
    }

    /// <summary>The member organisation, or the organisation the person acts for.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The first day of the membership.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The person acting for the organisation, if any. Personal data: exports may leave it out.</summary>
    [PersonalData]
    public PersonName? Person { get; }
}

using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The designation was lifted or revoked; the zone is no longer designated from this day.</summary>
/// <remarks>Source: Act on Special Measures for the Promotion of Venture Businesses, Art. 18-4 and its Enforcement Decree (requirements and procedures of a designation, its lifting among them).</remarks>
[EventType("zone.designation-ended")]
public sealed record ZoneDesignationEnded : ZoneEvent
{
    /// <summary>Records the end of a designation.</summary>
    /// <param name="zone">The zone's id.</param>
    /// <param name="date">The first day the zone is no longer designated.</param>
    /// <param name="revoked">True when revoked because the zone no longer meets the requirements; false when lifted (지정 해제).</param>
    /// <param name="noticeReference">The reference of the notice; surrounding white space is dropped.</param>
    /// <param name="reason">The stated reason; surrounding white space is dropped.</param>
    /// <exception cref="System.ArgumentException">The id is default, or the notice reference or the reason is empty.</exception>
    public ZoneDesignationEnded(ZoneId zone, LocalDate date, bool revoked, string noticeReference, string reason)
        : base(zone, date)
    {
        Revoked = revoked;
        NoticeReference = Guard.Against.NullOrWhiteSpace(noticeReference).Trim();
        Reason = Guard.Against.NullOrWhiteSpace(reason).Trim();
    }

    /// <summary>True when revoked for no longer meeting the requirements; false when lifted.</summary>
    public bool Revoked { get; }

    /// <summary>The reference of the notice.</summary>
    public string NoticeReference { get; }

    /// <summary>The stated reason.</summary>
    public string Reason { get; }
}

using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The Minister of SMEs and Startups designated the zone and published a notice (고시).</summary>
[EventType("zone.designated")]
public sealed record ZoneDesignated : ZoneEvent
{
    /// <summary>Records a designation.</summary>
    /// <param name="zone">The zone's id.</param>
    /// <param name="date">The day the designation took effect (Gwanak: 2022-01-10).</param>
    /// <param name="designatedBy">The designating authority, the Ministry of SMEs and Startups.</param>
    /// <param name="noticeReference">The reference of the published notice; surrounding white space is dropped.</param>
    /// <exception cref="System.ArgumentException">An id is default or the notice reference is empty.</exception>
    public ZoneDesignated(ZoneId zone, LocalDate date, OrganizationId designatedBy, string noticeReference)
        : base(zone, date)
    {
        DesignatedBy = Guard.Against.Default(designatedBy);
        NoticeReference = Guard.Against.NullOrWhiteSpace(noticeReference).Trim();
    }

    /// <summary>The designating authority.</summary>
    public OrganizationId DesignatedBy { get; }

    /// <summary>The reference of the published notice.</summary>
    public string NoticeReference { get; }
}

using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The city or province governor (시·도지사) requested designation from the Minister of SMEs and Startups.</summary>
[EventType("zone.designation-requested")]
public sealed record ZoneDesignationRequested : ZoneEvent
{
    /// <summary>Records a request.</summary>
    /// <param name="zone">The zone's id.</param>
    /// <param name="date">The day of the request.</param>
    /// <param name="requestedBy">The requesting government, for example the Seoul Metropolitan Government.</param>
    /// <exception cref="System.ArgumentException">An id is default.</exception>
    public ZoneDesignationRequested(ZoneId zone, LocalDate date, OrganizationId requestedBy)
        : base(zone, date)
        => RequestedBy = Guard.Against.Default(requestedBy);

    /// <summary>The requesting government.</summary>
    public OrganizationId RequestedBy { get; }
}

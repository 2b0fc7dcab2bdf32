using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A tenant moved into a facility, possibly recorded after the fact with its last day already known.</summary>
[EventType("facility.tenant-moved-in")]
public sealed record TenantMovedIn : FacilityEvent
{
    /// <summary>Records a move-in.</summary>
    /// <param name="facility">The facility's id.</param>
    /// <param name="date">The move-in day, the first day the tenant occupies its place.</param>
    /// <param name="tenant">The tenant company.</param>
    /// <param name="lastDay">The last day the tenant occupies its place, when already known.</param>
    /// <exception cref="System.ArgumentException">The id or the tenant is default.</exception>
    public TenantMovedIn(FacilityId facility, LocalDate date, BusinessRegistrationNumber tenant, LocalDate? lastDay)
        : base(facility, date)
    {
        Tenant = Guard.Against.Default(tenant);
        LastDay = lastDay;
    }

    /// <summary>The tenant company.</summary>
    public BusinessRegistrationNumber Tenant { get; }

    /// <summary>The last day the tenant occupies its place, when known at the move-in; otherwise <see langword="null"/>.</summary>
    public LocalDate? LastDay { get; }
}

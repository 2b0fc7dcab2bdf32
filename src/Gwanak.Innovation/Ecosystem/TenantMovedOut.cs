using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A tenant moved out of a facility; <see cref="FacilityEvent.Date"/> is its last day there.</summary>
[EventType("facility.tenant-moved-out")]
public sealed record TenantMovedOut : FacilityEvent
{
    /// <summary>Records a move-out.</summary>
    /// <param name="facility">The facility's id.</param>
    /// <param name="date">The last day the tenant occupies its place.</param>
    /// <param name="tenant">The tenant company.</param>
    /// <exception cref="System.ArgumentException">The id or the tenant is default.</exception>
    public TenantMovedOut(FacilityId facility, LocalDate date, BusinessRegistrationNumber tenant)
        : base(facility, date)
        => Tenant = Guard.Against.Default(tenant);

    /// <summary>The tenant company.</summary>
    public BusinessRegistrationNumber Tenant { get; }
}

using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A company's stay in a facility: from its move-in day through its move-out day (open while it stays), as
/// <see cref="Facility.Tenancies"/> lists it from the facility's moves in and out.
/// </summary>
public sealed record Tenancy
{
    internal Tenancy(BusinessRegistrationNumber tenant, DateRange days)
    {
        Tenant = tenant;
        Days = days;
    }

    /// <summary>The tenant company.</summary>
    public BusinessRegistrationNumber Tenant { get; }

    /// <summary>The days it occupies a place, move-in and move-out day included.</summary>
    public DateRange Days { get; }
}

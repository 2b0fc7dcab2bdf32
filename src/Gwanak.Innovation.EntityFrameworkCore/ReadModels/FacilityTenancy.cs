using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>A company's stay in a summarised facility.</summary>
public sealed class FacilityTenancy
{
    internal FacilityTenancy()
    {
    }

    /// <summary>The district.</summary>
    public AdministrativeDistrictCode District { get; internal set; }

    /// <summary>The facility.</summary>
    public FacilityId Facility { get; internal set; }

    /// <summary>The place of the tenancy in the order recorded, from 0.</summary>
    public int Position { get; internal set; }

    /// <summary>The tenant company.</summary>
    public BusinessRegistrationNumber Tenant { get; internal set; }

    /// <summary>The move-in day.</summary>
    public LocalDate FirstDay { get; internal set; }

    /// <summary>The last day, once known.</summary>
    public LocalDate? LastDay { get; internal set; }
}

using Gwanak.Innovation.Primitives;
using NodaTime;

namespace DistrictPortal.Portal;

/// <summary>The district this portal serves, known once the store holds it at start-up, and its calendar.</summary>
public sealed class PortalDistrict(IClock clock, DateTimeZone zone)
{
    private AdministrativeDistrictCode code;
    private LocalizedText? name;

    /// <summary>The district's code.</summary>
    public AdministrativeDistrictCode Code => name is null ? throw new InvalidOperationException("The portal's district is known once the store holds it.") : code;

    /// <summary>The district's name.</summary>
    public LocalizedText Name => name ?? throw new InvalidOperationException("The portal's district is known once the store holds it.");

    /// <summary>The district's time zone: "today" is the date there.</summary>
    public DateTimeZone Zone { get; } = zone;

    /// <summary>The clock.</summary>
    public IClock Clock { get; } = clock;

    /// <summary>Today in the district.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Zone).Date;

    /// <summary>Sets the district once it is stored.</summary>
    public void Set(AdministrativeDistrictCode districtCode, LocalizedText districtName)
    {
        code = districtCode;
        name = districtName;
    }
}

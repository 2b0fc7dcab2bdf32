using System;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The district planned a venture promotion zone: the first event of every zone.</summary>
[EventType("zone.planned")]
public sealed record ZonePlanned : ZoneEvent
{
    /// <summary>Records a plan.</summary>
    /// <param name="zone">The zone's id.</param>
    /// <param name="date">The day of the plan.</param>
    /// <param name="name">The zone's name.</param>
    /// <param name="district">The autonomous district (시·군·구, a 5-digit code such as 11620) the zone lies in.</param>
    /// <param name="areaSquareKilometres">The area in km², more than zero.</param>
    /// <param name="subAreas">The named sub-areas (for Gwanak 낙성벤처밸리, 신림창업밸리, 서울대지구).</param>
    /// <param name="administrativeDongs">The administrative dongs (행정동) the zone lies in, by name.</param>
    /// <param name="legalDongs">The legal dongs (법정동, 10-digit codes) the zone covers, at least one; kept once each, in code order.</param>
    /// <param name="anchorInstitutions">The anchor institutions in the zone (universities, research institutes, public bodies); kept once each.</param>
    /// <exception cref="ArgumentException">
    /// The id or an institution is default, a name is null, the district is not a district code, the area is not
    /// positive, or the legal dongs are empty or include a code that is not a legal dong.
    /// </exception>
    public ZonePlanned(
        ZoneId zone,
        LocalDate date,
        LocalizedText name,
        AdministrativeDistrictCode district,
        decimal areaSquareKilometres,
        EquatableArray<LocalizedText> subAreas,
        EquatableArray<LocalizedText> administrativeDongs,
        EquatableArray<AdministrativeDistrictCode> legalDongs,
        EquatableArray<OrganizationId> anchorInstitutions)
        : base(zone, date)
    {
        Name = Guard.Against.Null(name);
        District = district.Level == AdministrativeLevel.District
            ? district
            : throw new ArgumentException($"{district} is not a district (시·군·구) code such as 11620.", nameof(district));
        AreaSquareKilometres = Guard.Against.NegativeOrZero(areaSquareKilometres);
        SubAreas = ZoneFacts.NoNulls(subAreas, nameof(subAreas));
        AdministrativeDongs = ZoneFacts.NoNulls(administrativeDongs, nameof(administrativeDongs));
        LegalDongs = ZoneFacts.LegalDongs(legalDongs, nameof(legalDongs));
        foreach (var institution in anchorInstitutions)
        {
            Guard.Against.Default(institution, nameof(anchorInstitutions));
        }

        AnchorInstitutions = [.. anchorInstitutions.Distinct()];
    }

    /// <summary>The zone's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The autonomous district (시·군·구) the zone lies in.</summary>
    public AdministrativeDistrictCode District { get; }

    /// <summary>The area in km².</summary>
    public decimal AreaSquareKilometres { get; }

    /// <summary>The named sub-areas.</summary>
    public EquatableArray<LocalizedText> SubAreas { get; }

    /// <summary>The administrative dongs (행정동) the zone lies in, by name.</summary>
    public EquatableArray<LocalizedText> AdministrativeDongs { get; }

    /// <summary>The legal dongs (법정동) the zone covers, in code order.</summary>
    public EquatableArray<AdministrativeDistrictCode> LegalDongs { get; }

    /// <summary>The anchor institutions in the zone.</summary>
    public EquatableArray<OrganizationId> AnchorInstitutions { get; }
}

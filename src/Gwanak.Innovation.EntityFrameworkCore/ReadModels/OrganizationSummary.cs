using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>An organisation of a district as its lists show it, kept with the organisation's record.</summary>
public sealed class OrganizationSummary
{
    internal OrganizationSummary()
    {
    }

    /// <summary>The district.</summary>
    public AdministrativeDistrictCode District { get; internal set; }

    /// <summary>The organisation's id.</summary>
    public OrganizationId Id { get; internal set; }

    /// <summary>The name in Korean (the first language of the name when it has no Korean).</summary>
    public string NameKorean { get; internal set; } = string.Empty;

    /// <summary>The name in English (the first language of the name when it has no English).</summary>
    public string NameEnglish { get; internal set; } = string.Empty;

    /// <summary>The kind of organisation.</summary>
    public OrganizationKind Kind { get; internal set; }

    /// <summary>The sector it stands for (민·관·산·학·연).</summary>
    public HelixSector Sector { get; internal set; }

    /// <summary>The ISO 3166-1 country code.</summary>
    public string Country { get; internal set; } = string.Empty;

    /// <summary>Where in Korea it is, when known.</summary>
    public AdministrativeDistrictCode? Location { get; internal set; }
}

using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>A startup facility as its lists show it, with its tenancies, kept in the same transaction as its events.</summary>
public sealed class FacilitySummary
{
    internal FacilitySummary()
    {
    }

    /// <summary>The district.</summary>
    public AdministrativeDistrictCode District { get; internal set; }

    /// <summary>The facility's id.</summary>
    public FacilityId Id { get; internal set; }

    /// <summary>The name in Korean.</summary>
    public string NameKorean { get; internal set; } = string.Empty;

    /// <summary>The name in English.</summary>
    public string NameEnglish { get; internal set; } = string.Empty;

    /// <summary>The kind of facility.</summary>
    public FacilityKind Kind { get; internal set; }

    /// <summary>The operating organisation.</summary>
    public OrganizationId Operator { get; internal set; }

    /// <summary>The legal dong it lies in.</summary>
    public AdministrativeDistrictCode Location { get; internal set; }

    /// <summary>True when it lies inside the venture promotion zone.</summary>
    public bool InsideZone { get; internal set; }

    /// <summary>The number of tenant places.</summary>
    public int Capacity { get; internal set; }

    /// <summary>The opening day.</summary>
    public LocalDate OpenedOn { get; internal set; }

    /// <summary>The tenancies, in the order recorded.</summary>
    public ICollection<FacilityTenancy> Tenancies { get; internal set; } = [];

    /// <summary>The number of events in its stream.</summary>
    public int Version { get; internal set; }

    /// <summary>The places taken on a day, from the loaded <see cref="Tenancies"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The count.</returns>
    public int OccupancyOn(LocalDate date) => Tenancies.Count(t => t.FirstDay <= date && (t.LastDay is not { } last || last >= date));
}

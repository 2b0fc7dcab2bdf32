using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A facility opened with a number of tenant places: the first event of every facility.</summary>
[EventType("facility.opened")]
public sealed record FacilityOpened : FacilityEvent
{
    /// <summary>Records an opening.</summary>
    /// <param name="facility">The facility's id.</param>
    /// <param name="date">The opening day.</param>
    /// <param name="name">The facility's name.</param>
    /// <param name="kind">The kind of facility.</param>
    /// <param name="operatorId">The operating organisation.</param>
    /// <param name="location">The legal dong the facility lies in (a 10-digit 법정동코드).</param>
    /// <param name="insideZone">True when the facility lies inside the venture promotion zone.</param>
    /// <param name="capacity">The number of tenant places, at least one.</param>
    /// <exception cref="ArgumentException">An id or the location is default, the name is null, the kind is not defined, the location is not a legal dong or the capacity is not positive; the exception names the parameter.</exception>
    public FacilityOpened(FacilityId facility, LocalDate date, LocalizedText name, FacilityKind kind, OrganizationId operatorId, AdministrativeDistrictCode location, bool insideZone, int capacity)
        : base(facility, date)
    {
        Name = Guard.Against.Null(name);
        Kind = Guard.Against.EnumOutOfRange(kind);
        OperatorId = Guard.Against.Default(operatorId);
        if (Guard.Against.Default(location).Level < AdministrativeLevel.Dong)
        {
            throw new ArgumentException($"The location {location} is a {location.Level}; a facility lies in a legal dong (10-digit code).", nameof(location));
        }

        Location = location;
        InsideZone = insideZone;
        Capacity = Guard.Against.NegativeOrZero(capacity);
    }

    /// <summary>The facility's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The kind of facility.</summary>
    public FacilityKind Kind { get; }

    /// <summary>The operating organisation.</summary>
    public OrganizationId OperatorId { get; }

    /// <summary>The legal dong the facility lies in.</summary>
    public AdministrativeDistrictCode Location { get; }

    /// <summary>True when the facility lies inside the venture promotion zone.</summary>
    public bool InsideZone { get; }

    /// <summary>The number of tenant places.</summary>
    public int Capacity { get; }
}

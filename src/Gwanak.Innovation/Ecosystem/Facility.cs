using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A startup infrastructure facility (창업 인프라 시설) — incubator, co-working space, startup centre — with its
/// tenants over time. Gwanak had built 16 by 2023 (seed article), about 13 of them at the 2022 designation.
/// </summary>
/// <remarks>
/// Immutable and audited: <see cref="MoveIn"/> and <see cref="MoveOut"/> return a new facility with one more event in
/// <see cref="History"/>; <see cref="Replay"/> rebuilds an equal facility. Invariants: a tenant never holds two
/// places at once (<see cref="FacilityRules.TenantAlreadyIn"/>) and the tenants on any day never exceed the capacity
/// (<see cref="FacilityRules.CapacityExceeded"/>). Tenancies may be recorded after the fact, in any order.
/// </remarks>
public sealed class Facility : IEquatable<Facility>
{
    private readonly FacilityOpened opening;

    private Facility(FacilityOpened opening, ImmutableArray<Tenancy> tenancies, ImmutableArray<FacilityEvent> history)
    {
        this.opening = opening;
        Tenancies = tenancies;
        History = history;
    }

    /// <summary>The name.</summary>
    public LocalizedText Name => opening.Name;

    /// <summary>The kind of facility.</summary>
    public FacilityKind Kind => opening.Kind;

    /// <summary>The operating organisation.</summary>
    public OrganizationId Operator => opening.Operator;

    /// <summary>The legal dong the facility lies in.</summary>
    public AdministrativeDistrictCode Location => opening.Location;

    /// <summary>True when the facility lies inside the venture promotion zone.</summary>
    public bool InsideZone => opening.InsideZone;

    /// <summary>The opening day.</summary>
    public LocalDate OpenedOn => opening.Date;

    /// <summary>The number of tenant places.</summary>
    public int Capacity => opening.Capacity;

    /// <summary>Every tenancy, in the order recorded.</summary>
    public ImmutableArray<Tenancy> Tenancies { get; }

    /// <summary>Every step, in the order recorded; the facility is their fold.</summary>
    public ImmutableArray<FacilityEvent> History { get; }

    /// <summary>Opens a facility.</summary>
    /// <param name="openedOn">The opening day.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="operatorId">The operating organisation.</param>
    /// <param name="location">The legal dong (a 10-digit code).</param>
    /// <param name="insideZone">True when inside the venture promotion zone.</param>
    /// <param name="capacity">The number of tenant places, at least one.</param>
    /// <returns>The facility, without tenants.</returns>
    /// <exception cref="ArgumentException">The name is missing, the capacity is not positive or the location is not a dong.</exception>
    public static Facility Open(LocalDate openedOn, LocalizedText name, FacilityKind kind, OrganizationId operatorId, AdministrativeDistrictCode location, bool insideZone, int capacity)
        => Replay([new FacilityOpened(openedOn, name, kind, operatorId, location, insideZone, capacity)]);

    /// <summary>Rebuilds a facility from its history.</summary>
    /// <param name="history">The steps, starting with a <see cref="FacilityOpened"/>.</param>
    /// <returns>The facility, equal to the one that produced the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule (its rule id says which).</exception>
    public static Facility Replay(IEnumerable<FacilityEvent> history)
        => EventHistory.Replay(history, (FacilityOpened opened) => new Facility(Checked(opened), [], [opened]), (facility, e) => facility.Apply(e), e => e.Date, FacilityRules.HistoryMustStartWithOpening, "A facility's history starts with its opening");

    /// <summary>True when a tenant could move in on a day (for the given stay) without breaking a rule.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="moveIn">The move-in day.</param>
    /// <param name="lastDay">The move-out day when known.</param>
    /// <returns><see langword="true"/> when <see cref="MoveIn"/> would succeed.</returns>
    public bool CanMoveIn(BusinessRegistrationNumber tenant, LocalDate moveIn, LocalDate? lastDay = null)
        => (lastDay is not { } l || l >= moveIn) && WhyNotMoveIn(tenant, new DateRange(moveIn, lastDay)) is null;

    /// <summary>A tenant moves in.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="moveIn">The move-in day.</param>
    /// <param name="lastDay">The move-out day when already known (a stay recorded after the fact).</param>
    /// <returns>The facility with the tenancy.</returns>
    /// <exception cref="DomainRuleException"><see cref="FacilityRules.MoveInBeforeOpening"/>, <see cref="FacilityRules.TenantAlreadyIn"/>, <see cref="FacilityRules.CapacityExceeded"/>, <see cref="FacilityRules.MoveOutBeforeMoveIn"/>.</exception>
    public Facility MoveIn(BusinessRegistrationNumber tenant, LocalDate moveIn, LocalDate? lastDay = null)
        => Apply(new TenantMovedIn(moveIn, tenant, lastDay));

    /// <summary>A tenant moves out; the day given is its last day in the facility.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="lastDay">The last day the tenant occupies its place.</param>
    /// <returns>The facility with the tenancy closed.</returns>
    /// <exception cref="DomainRuleException"><see cref="FacilityRules.TenantNotIn"/>, <see cref="FacilityRules.MoveOutBeforeMoveIn"/>.</exception>
    public Facility MoveOut(BusinessRegistrationNumber tenant, LocalDate lastDay)
        => Apply(new TenantMovedOut(lastDay, tenant));

    /// <summary>The tenants on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The tenants occupying a place that day.</returns>
    public ImmutableArray<BusinessRegistrationNumber> TenantsOn(LocalDate date)
        => [.. Tenancies.Where(t => t.Days.Contains(date)).Select(t => t.Tenant)];

    /// <summary>The number of places occupied on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>From zero to <see cref="Capacity"/>.</returns>
    public int OccupancyOn(LocalDate date) => Tenancies.Count(t => t.Days.Contains(date));

    /// <summary>The share of places occupied on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>From 0 to 1.</returns>
    public decimal OccupancyRateOn(LocalDate date) => (decimal)OccupancyOn(date) / Capacity;

    /// <summary>True when the facility is open on a day (on or after its opening day).</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when open.</returns>
    public bool IsOpenOn(LocalDate date) => date >= OpenedOn;

    /// <inheritdoc/>
    public bool Equals(Facility? other) => other is not null && History.SequenceEqual(other.History);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Facility);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, History.Length);

    /// <summary>The name and kind.</summary>
    /// <returns>For example <c>관악S밸리 창업센터 (StartupCentre)</c>.</returns>
    public override string ToString() => $"{Name.Korean} ({Kind})";

    private static FacilityOpened Checked(FacilityOpened opened)
    {
        Guard.Against.Null(opened.Name, nameof(opened));
        Guard.Against.NegativeOrZero(opened.Capacity, "capacity");
        if (opened.Location.Level < AdministrativeLevel.Dong)
        {
            throw new ArgumentException($"The location {opened.Location} is a {opened.Location.Level}; a facility lies in a legal dong (10-digit code).", "location");
        }

        return opened;
    }

    private (string RuleId, string Message)? WhyNotMoveIn(BusinessRegistrationNumber tenant, DateRange stay)
    {
        if (stay.Start < OpenedOn)
        {
            return (FacilityRules.MoveInBeforeOpening, $"Tried to move {tenant} into {Name.Korean} on {stay.Start:uuuu-MM-dd}, before it opened on {OpenedOn:uuuu-MM-dd}; tenants move in from the opening day on.");
        }

        var clash = Tenancies.FirstOrDefault(t => t.Tenant == tenant && t.Days.Overlaps(stay));
        if (clash is not null)
        {
            return (FacilityRules.TenantAlreadyIn, $"Tried to move {tenant} into {Name.Korean} for {stay}, but it is already a tenant for {clash.Days}; a tenant holds one place at a time.");
        }

        var overlapping = Tenancies.Where(t => t.Days.Overlaps(stay)).ToArray();
        foreach (var day in overlapping.Select(t => t.Days.Start).Where(stay.Contains).Append(stay.Start))
        {
            int occupied = overlapping.Count(t => t.Days.Contains(day));
            if (occupied >= Capacity)
            {
                return (FacilityRules.CapacityExceeded, $"Tried to move {tenant} into {Name.Korean} for {stay}, but on {day:uuuu-MM-dd} all {Capacity} places are taken; a facility holds at most its capacity.");
            }
        }

        return null;
    }

    private Facility Apply(FacilityEvent e)
    {
        switch (e)
        {
            case TenantMovedIn m:
                if (m.LastDay is { } last && last < m.Date)
                {
                    throw new DomainRuleException(FacilityRules.MoveOutBeforeMoveIn, $"Tried to record a stay of {m.Tenant} in {Name.Korean} from {m.Date:uuuu-MM-dd} to {last:uuuu-MM-dd}; the move-out day cannot precede the move-in day.");
                }

                var stay = new DateRange(m.Date, m.LastDay);
                if (WhyNotMoveIn(m.Tenant, stay) is { } why)
                {
                    throw new DomainRuleException(why.RuleId, why.Message);
                }

                return new Facility(opening, Tenancies.Add(new Tenancy(m.Tenant, stay)), History.Add(e));
            case TenantMovedOut o:
                var open = Tenancies.FirstOrDefault(t => t.Tenant == o.Tenant && t.Days.IsOpen)
                    ?? throw new DomainRuleException(FacilityRules.TenantNotIn, $"Tried to move {o.Tenant} out of {Name.Korean} on {o.Date:uuuu-MM-dd}, but it has no open tenancy there; only a present tenant can move out.");
                if (o.Date < open.Days.Start)
                {
                    throw new DomainRuleException(FacilityRules.MoveOutBeforeMoveIn, $"Tried to move {o.Tenant} out of {Name.Korean} on {o.Date:uuuu-MM-dd}, before it moved in on {open.Days.Start:uuuu-MM-dd}; the move-out day is on or after the move-in day.");
                }

                return new Facility(opening, Tenancies.Replace(open, open with { Days = open.Days.EndingOn(o.Date) }), History.Add(e));
            case FacilityOpened:
                throw new DomainRuleException(FacilityRules.HistoryMustStartWithOpening, $"{Name.Korean} already opened on {OpenedOn:uuuu-MM-dd}; a history has exactly one opening, at its start.");
            default:
                throw new ArgumentException($"Unknown facility event {e.GetType().Name}.", nameof(e));
        }
    }
}

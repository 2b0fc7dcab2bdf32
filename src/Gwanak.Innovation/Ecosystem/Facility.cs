using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A startup infrastructure facility (창업 인프라 시설) — incubator, co-working space, startup centre — with its
/// tenants over time.
/// </summary>
/// <remarks>
/// Gwanak had built 16 startup infrastructure facilities by 2023 (창업 인프라 시설 16개소; press article "한국형
/// 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23), about 13 of them when the venture promotion zone was
/// designated on 2022-01-10. Invariants on every day: a tenant never holds two places at once
/// (<see cref="FacilityRules.TenantAlreadyIn"/>) and the tenants never exceed the capacity
/// (<see cref="FacilityRules.CapacityExceeded"/>). Tenancies may be recorded after the fact, in any date order: the
/// places taken are indexed by day and each tenant's stays by their first day, so every decision costs O(log n).
/// </remarks>
public sealed class Facility : EventSourcedAggregate<Facility, FacilityId, FacilityEvent>
{
    private readonly FacilityOpened opening;
    private readonly FacilityTenancies tenancies;

    private Facility(AppendList<FacilityEvent> history, FacilityOpened opening, FacilityTenancies tenancies)
        : base(history)
    {
        this.opening = opening;
        this.tenancies = tenancies;
    }

    /// <summary>The name.</summary>
    public LocalizedText Name => opening.Name;

    /// <summary>The kind of facility.</summary>
    public FacilityKind Kind => opening.Kind;

    /// <summary>The operating organisation.</summary>
    public OrganizationId Operator => opening.OperatorId;

    /// <summary>The legal dong the facility lies in.</summary>
    public AdministrativeDistrictCode Location => opening.Location;

    /// <summary>True when the facility lies inside the venture promotion zone.</summary>
    public bool InsideZone => opening.InsideZone;

    /// <summary>The opening day.</summary>
    public LocalDate OpenedOn => opening.Date;

    /// <summary>The number of tenant places.</summary>
    public int Capacity => opening.Capacity;

    /// <summary>Every tenancy, in the order recorded; a move-out closes the tenancy it ends.</summary>
    public IReadOnlyList<Tenancy> Tenancies => tenancies.Recorded;

    /// <summary>Opens a facility.</summary>
    /// <param name="id">The facility's id.</param>
    /// <param name="date">The opening day.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="operatorId">The operating organisation.</param>
    /// <param name="location">The legal dong (a 10-digit code).</param>
    /// <param name="insideZone">True when inside the venture promotion zone.</param>
    /// <param name="capacity">The number of tenant places, at least one.</param>
    /// <returns>The facility, without tenants.</returns>
    /// <exception cref="System.ArgumentException">An id or the location is default, the name is null, the kind is not defined, the location is not a legal dong or the capacity is not positive; the exception names the parameter.</exception>
    public static Facility Create(FacilityId id, LocalDate date, LocalizedText name, FacilityKind kind, OrganizationId operatorId, AdministrativeDistrictCode location, bool insideZone, int capacity)
        => Found(new FacilityOpened(Guard.Against.Default(id), date, name, kind, operatorId, location, insideZone, capacity)).Value;

    /// <summary>Rebuilds a facility from its history, deciding every step again.</summary>
    /// <param name="history">The steps, starting with a <see cref="FacilityOpened"/>.</param>
    /// <returns>The facility, equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule: its rule id says which, <see cref="DomainRuleException.EventIndex"/> where.</exception>
    /// <exception cref="System.ArgumentException">The history or one of its events is null.</exception>
    public static Facility Replay(IEnumerable<FacilityEvent> history) => Replay<FacilityOpened>(history, Found);

    /// <summary>A tenant moves in.</summary>
    /// <param name="date">The move-in day.</param>
    /// <param name="tenant">The tenant.</param>
    /// <param name="lastDay">The last day in the facility when already known (a stay recorded after the fact).</param>
    /// <returns>The facility with the tenancy.</returns>
    /// <exception cref="System.ArgumentException">The tenant is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="FacilityRules.MoveOutBeforeMoveIn"/>, <see cref="FacilityRules.MoveInBeforeOpening"/>, <see cref="FacilityRules.TenantAlreadyIn"/>, <see cref="FacilityRules.CapacityExceeded"/>.</exception>
    [Transition]
    public Facility MoveIn(LocalDate date, BusinessRegistrationNumber tenant, LocalDate? lastDay = null) => Record(new TenantMovedIn(Id, date, tenant, lastDay));

    /// <summary>A tenant moves in, or the rule that stops it.</summary>
    /// <param name="date">The move-in day.</param>
    /// <param name="tenant">The tenant.</param>
    /// <param name="lastDay">The last day in the facility when already known (a stay recorded after the fact).</param>
    /// <returns>The facility with the tenancy, or the refusal (as <see cref="MoveIn"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The tenant is default.</exception>
    [Transition]
    public Decision<Facility> TryMoveIn(LocalDate date, BusinessRegistrationNumber tenant, LocalDate? lastDay = null) => TryRecord(new TenantMovedIn(Id, date, tenant, lastDay));

    /// <summary>True when <see cref="MoveIn"/> with the same arguments would succeed.</summary>
    /// <param name="date">The move-in day.</param>
    /// <param name="tenant">The tenant.</param>
    /// <param name="lastDay">The last day in the facility when already known.</param>
    /// <returns><see langword="true"/> when no rule stops the move-in.</returns>
    /// <exception cref="System.ArgumentException">The tenant is default.</exception>
    public bool CanMoveIn(LocalDate date, BusinessRegistrationNumber tenant, LocalDate? lastDay = null) => CanRecord(new TenantMovedIn(Id, date, tenant, lastDay));

    /// <summary>A tenant moves out; the day given is its last day in the facility.</summary>
    /// <param name="date">The last day the tenant occupies its place.</param>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The facility with the tenancy closed.</returns>
    /// <exception cref="System.ArgumentException">The tenant is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="FacilityRules.TenantNotIn"/>, <see cref="FacilityRules.MoveOutBeforeMoveIn"/>.</exception>
    [Transition]
    public Facility MoveOut(LocalDate date, BusinessRegistrationNumber tenant) => Record(new TenantMovedOut(Id, date, tenant));

    /// <summary>A tenant moves out, or the rule that stops it.</summary>
    /// <param name="date">The last day the tenant occupies its place.</param>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The facility with the tenancy closed, or the refusal (as <see cref="MoveOut"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The tenant is default.</exception>
    [Transition]
    public Decision<Facility> TryMoveOut(LocalDate date, BusinessRegistrationNumber tenant) => TryRecord(new TenantMovedOut(Id, date, tenant));

    /// <summary>True when <see cref="MoveOut"/> with the same arguments would succeed.</summary>
    /// <param name="date">The last day the tenant occupies its place.</param>
    /// <param name="tenant">The tenant.</param>
    /// <returns><see langword="true"/> when no rule stops the move-out.</returns>
    /// <exception cref="System.ArgumentException">The tenant is default.</exception>
    public bool CanMoveOut(LocalDate date, BusinessRegistrationNumber tenant) => CanRecord(new TenantMovedOut(Id, date, tenant));

    /// <summary>The tenants on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The tenants occupying a place that day, in the order their tenancies were recorded.</returns>
    public ImmutableArray<BusinessRegistrationNumber> TenantsOn(LocalDate date)
        => [.. tenancies.On(date).Select(t => t.Tenant)];

    /// <summary>The number of places occupied on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>From zero to <see cref="Capacity"/>.</returns>
    public int OccupancyOn(LocalDate date) => tenancies.OccupancyOn(date);

    /// <summary>The share of places occupied on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>From 0 to 1.</returns>
    public decimal OccupancyRateOn(LocalDate date) => (decimal)OccupancyOn(date) / Capacity;

    /// <summary>True when the facility is open on a day (on or after its opening day).</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when open.</returns>
    public bool IsOpenOn(LocalDate date) => date >= OpenedOn;

    /// <summary>The name and kind.</summary>
    /// <returns>For example <c>관악S밸리 창업센터 (StartupCentre)</c>.</returns>
    public override string ToString() => $"{Name.Korean} ({Kind})";

    private protected override Refusal? Decide(FacilityEvent e) => e switch
    {
        TenantMovedIn m => FacilityDecisions.MoveIn(this, m, tenancies),
        TenantMovedOut o => FacilityDecisions.MoveOut(this, o, tenancies.OpenStayOf(o.Tenant)),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the facility is founded."),
    };

    private protected override Facility Evolve(FacilityEvent e, AppendList<FacilityEvent> history) => e switch
    {
        TenantMovedIn m => new(history, opening, tenancies.MovedIn(m.Tenant, new DateRange(m.Date, m.LastDay))),
        TenantMovedOut o => new(history, opening, tenancies.MovedOut(o.Tenant, o.Date)),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the facility is founded."),
    };

    private static Decision<Facility> Found(FacilityOpened opened) => new(new Facility(Founded(opened), opened, FacilityTenancies.Empty));
}

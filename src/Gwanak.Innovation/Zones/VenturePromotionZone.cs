using System;
using System.Collections.Generic;
using System.Diagnostics;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>
/// A venture business promotion zone (벤처기업육성촉진지구): an area of a district where venture companies cluster
/// around universities and research institutes, designated by the Minister of SMEs and Startups at the request of
/// the city or province governor.
/// </summary>
/// <remarks>
/// <para>
/// Source: Act on Special Measures for the Promotion of Venture Businesses (벤처기업육성에 관한 특별조치법) Art. 2(6)
/// (definition) and Art. 18-4 (request by the governor, designation and notice by the Minister; requirements and
/// procedures by Enforcement Decree). Gwanak's zone was designated by the Ministry of SMEs and Startups' notice of
/// 2022-01-10 (press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23): about 0.67 km² in
/// Nakseongdae-dong and Daehak-dong, administrative dongs lying in the legal dongs 봉천동 (1162010100) and 신림동
/// (1162010200) (docs/domain.md).
/// </para>
/// <para>
/// The zone is the fold of its <see cref="EventSourcedAggregate{TSelf, TId, TEvent}.History"/>: planned, requested,
/// designated, amended, lifted or revoked, each step dated on or after the one before
/// (<see cref="ZoneRules.StepBeforePreviousStep"/>). Coverage is recorded by legal dong; a zone usually covers only
/// part of each, so a portal with parcel data narrows the companies down before asking the criteria.
/// </para>
/// </remarks>
public sealed partial class VenturePromotionZone : EventSourcedAggregate<VenturePromotionZone, ZoneId, ZoneEvent>
{
    private readonly ZonePlanned plan;
    private readonly ZoneDesignationStatus status;
    private readonly ZoneDesignated? designation;
    private readonly ZoneDesignationEnded? ending;
    private readonly AppendList<ZoneAreaAmended> amendments;

    private VenturePromotionZone(
        AppendList<ZoneEvent> history,
        ZonePlanned plan,
        ZoneDesignationStatus status,
        ZoneDesignated? designation,
        ZoneDesignationEnded? ending,
        AppendList<ZoneAreaAmended> amendments)
        : base(history)
    {
        this.plan = plan;
        this.status = status;
        this.designation = designation;
        this.ending = ending;
        this.amendments = amendments;
    }

    /// <summary>The zone's name.</summary>
    public LocalizedText Name => plan.Name;

    /// <summary>The autonomous district the zone lies in.</summary>
    public AdministrativeDistrictCode District => plan.District;

    /// <summary>The current area in km² (the plan's, or the latest amendment's).</summary>
    public decimal AreaSquareKilometres => amendments.Count == 0 ? plan.AreaSquareKilometres : amendments.Last.AreaSquareKilometres;

    /// <summary>The named sub-areas.</summary>
    public EquatableArray<LocalizedText> SubAreas => plan.SubAreas;

    /// <summary>The administrative dongs (행정동) the zone lies in, by name.</summary>
    public EquatableArray<LocalizedText> AdministrativeDongs => plan.AdministrativeDongs;

    /// <summary>The legal dongs (법정동) currently covered, in code order (the plan's, or the latest amendment's).</summary>
    public EquatableArray<AdministrativeDistrictCode> LegalDongs => amendments.Count == 0 ? plan.LegalDongs : amendments.Last.LegalDongs;

    /// <summary>The anchor institutions in the zone, by id.</summary>
    public EquatableArray<OrganizationId> AnchorInstitutions => plan.AnchorInstitutions;

    /// <summary>The lifecycle state.</summary>
    public ZoneDesignationStatus Status => status;

    /// <summary>The designation (day, authority, notice), once designated.</summary>
    public ZoneDesignated? Designation => designation;

    /// <summary>The lifting or revocation, once ended.</summary>
    public ZoneDesignationEnded? Ending => ending;

    /// <summary>Plans a zone.</summary>
    /// <param name="id">The zone's id.</param>
    /// <param name="date">The day of the plan.</param>
    /// <param name="name">The zone's name.</param>
    /// <param name="district">The autonomous district (a 5-digit code).</param>
    /// <param name="areaSquareKilometres">The area in km², more than zero.</param>
    /// <param name="subAreas">The named sub-areas.</param>
    /// <param name="administrativeDongs">The administrative dongs the zone lies in, by name.</param>
    /// <param name="legalDongs">The legal dongs covered (10-digit codes), at least one.</param>
    /// <param name="anchorInstitutions">The anchor institutions.</param>
    /// <returns>The planned zone.</returns>
    /// <exception cref="ArgumentException">A value is missing or default, the area is not positive, or a code is of the wrong level.</exception>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.LegalDongOutsideDistrict"/> when a legal dong lies in another district.</exception>
    public static VenturePromotionZone Create(
        ZoneId id,
        LocalDate date,
        LocalizedText name,
        AdministrativeDistrictCode district,
        decimal areaSquareKilometres,
        IEnumerable<LocalizedText> subAreas,
        IEnumerable<LocalizedText> administrativeDongs,
        IEnumerable<AdministrativeDistrictCode> legalDongs,
        IEnumerable<OrganizationId> anchorInstitutions)
        => TryCreate(id, date, name, district, areaSquareKilometres, subAreas, administrativeDongs, legalDongs, anchorInstitutions).Value;

    /// <summary>Plans a zone, or gives the rule that stops it.</summary>
    /// <param name="id">The zone's id.</param>
    /// <param name="date">The day of the plan.</param>
    /// <param name="name">The zone's name.</param>
    /// <param name="district">The autonomous district (a 5-digit code).</param>
    /// <param name="areaSquareKilometres">The area in km², more than zero.</param>
    /// <param name="subAreas">The named sub-areas.</param>
    /// <param name="administrativeDongs">The administrative dongs the zone lies in, by name.</param>
    /// <param name="legalDongs">The legal dongs covered (10-digit codes), at least one.</param>
    /// <param name="anchorInstitutions">The anchor institutions.</param>
    /// <returns>The planned zone, or the refusal (<see cref="ZoneRules.LegalDongOutsideDistrict"/>) as <see cref="Create"/> would throw it.</returns>
    /// <exception cref="ArgumentException">A value is missing or default, the area is not positive, or a code is of the wrong level.</exception>
    public static Decision<VenturePromotionZone> TryCreate(
        ZoneId id,
        LocalDate date,
        LocalizedText name,
        AdministrativeDistrictCode district,
        decimal areaSquareKilometres,
        IEnumerable<LocalizedText> subAreas,
        IEnumerable<LocalizedText> administrativeDongs,
        IEnumerable<AdministrativeDistrictCode> legalDongs,
        IEnumerable<OrganizationId> anchorInstitutions)
        => Found(new ZonePlanned(
            Guard.Against.Default(id),
            date,
            name,
            district,
            areaSquareKilometres,
            [.. Guard.Against.Null(subAreas)],
            [.. Guard.Against.Null(administrativeDongs)],
            [.. Guard.Against.Null(legalDongs)],
            [.. Guard.Against.Null(anchorInstitutions)]));

    /// <summary>Rebuilds a zone from its history, deciding every step again.</summary>
    /// <param name="history">The steps, oldest first, starting with a <see cref="ZonePlanned"/>.</param>
    /// <returns>The zone, equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule: its rule id says which, <see cref="DomainRuleException.EventIndex"/> where.</exception>
    /// <exception cref="ArgumentException">The history or one of its events is null.</exception>
    public static VenturePromotionZone Replay(IEnumerable<ZoneEvent> history) => Replay<ZonePlanned>(history, Found);

    /// <summary>True when the zone is designated on a day: from the designation day, up to the day before lifting or revocation.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when designated that day.</returns>
    public bool IsDesignatedOn(LocalDate date)
        => designation is { } d && date >= d.Date && (ending is not { } end || date < end.Date);

    /// <summary>True when a code (a legal dong, or a ri inside one) lies in a legal dong the zone currently covers.</summary>
    /// <param name="code">The code, for example a company's location.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(AdministrativeDistrictCode code) => Covers(LegalDongs.AsSpan(), code);

    /// <summary>True when a code lies in a legal dong the zone covered on a day (before or after an area amendment).</summary>
    /// <param name="code">The code, for example a company's location.</param>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when covered that day.</returns>
    public bool CoversOn(AdministrativeDistrictCode code, LocalDate date) => Covers(LegalDongsOn(date).AsSpan(), code);

    /// <summary>The legal dongs covered on a day: those of the latest amendment dated on or before it, otherwise the plan's.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The legal dongs, in code order.</returns>
    public EquatableArray<AdministrativeDistrictCode> LegalDongsOn(LocalDate date)
        => AmendmentOn(date)?.LegalDongs ?? plan.LegalDongs;

    /// <summary>The area in km² on a day: that of the latest amendment dated on or before it, otherwise the plan's.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The area.</returns>
    public decimal AreaOn(LocalDate date)
        => AmendmentOn(date)?.AreaSquareKilometres ?? plan.AreaSquareKilometres;

    /// <summary>The name and state.</summary>
    /// <returns>For example <c>관악 벤처기업육성촉진지구 (Designated)</c>.</returns>
    public override string ToString() => $"{Name.Korean} ({Status})";

    /// <summary>Coverage test on a list of legal dongs; a zone covers a handful, so a linear scan beats hashing (see DesignationCriteriaBenchmarks).</summary>
    internal static bool Covers(ReadOnlySpan<AdministrativeDistrictCode> legalDongs, AdministrativeDistrictCode code)
        => legalDongs.Contains(code) || (code.Level == AdministrativeLevel.Ri && code.Parent is { } dong && legalDongs.Contains(dong));

    private protected override Refusal? Decide(ZoneEvent e) => e switch
    {
        ZoneDesignationRequested r => ZoneDecisions.Request(this, LastEvent, r),
        ZoneDesignated d => ZoneDecisions.Designation(this, LastEvent, d),
        ZoneAreaAmended a => ZoneDecisions.Amendment(this, LastEvent, a),
        ZoneDesignationEnded end => ZoneDecisions.Ending(this, LastEvent, end),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the zone is planned."),
    };

    private protected override VenturePromotionZone Evolve(ZoneEvent e, AppendList<ZoneEvent> history) => e switch
    {
        ZoneDesignationRequested => new(history, plan, ZoneDesignationStatus.Requested, designation, ending, amendments),
        ZoneDesignated d => new(history, plan, ZoneDesignationStatus.Designated, d, ending, amendments),
        ZoneAreaAmended a => new(history, plan, status, designation, ending, amendments.Add(a)),
        ZoneDesignationEnded end => new(history, plan, end.Revoked ? ZoneDesignationStatus.Revoked : ZoneDesignationStatus.Lifted, designation, end, amendments),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the zone is planned."),
    };

    private static Decision<VenturePromotionZone> Found(ZonePlanned plan)
        => ZoneDecisions.Plan(plan) is { } refusal
            ? new(refusal)
            : new(new VenturePromotionZone(Founded(plan), plan, ZoneDesignationStatus.Planned, null, null, AppendList<ZoneAreaAmended>.Empty));

    // Steps are in date order (ZON-005), so the amendments are too: the one in force on a day is found by binary search.
    private ZoneAreaAmended? AmendmentOn(LocalDate date)
        => amendments.LastIndexWhere(a => a.Date <= date) is var i and >= 0 ? amendments[i] : null;
}

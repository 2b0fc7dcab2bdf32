using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
/// Source: Act on Special Measures for the Promotion of Venture Businesses, Art. 2(6), 18-4, 18-5 (DESIGN §3).
/// Gwanak's zone was designated on 2022-01-10: about 0.67 km² in Nakseongdae-dong and Daehak-dong, which are
/// administrative dongs lying in the legal dongs 봉천동 (1162010100) and 신림동 (1162010200).
/// </para>
/// <para>
/// Immutable and audited: every transition returns a new zone with one more event in <see cref="History"/>, and
/// <see cref="Replay"/> of that history gives an equal zone. Coverage is recorded by legal dong; a zone usually
/// covers only part of each, so a portal with parcel data narrows the companies down before asking the criteria.
/// </para>
/// </remarks>
public sealed class VenturePromotionZone : IEquatable<VenturePromotionZone>
{
    private VenturePromotionZone(
        ZonePlanned plan,
        ZoneDesignationStatus status,
        decimal area,
        ImmutableArray<AdministrativeDistrictCode> legalDongs,
        ZoneDesignated? designation,
        ZoneDesignationEnded? ending,
        ImmutableArray<ZoneEvent> history)
    {
        Plan = plan;
        Status = status;
        AreaSquareKilometres = area;
        LegalDongs = legalDongs;
        Designation = designation;
        Ending = ending;
        History = history;
    }

    /// <summary>The zone's name.</summary>
    public LocalizedText Name => Plan.Name;

    /// <summary>The autonomous district the zone lies in.</summary>
    public AdministrativeDistrictCode District => Plan.District;

    /// <summary>The current area in km² (the plan's, or the latest amendment's).</summary>
    public decimal AreaSquareKilometres { get; }

    /// <summary>The named sub-areas.</summary>
    public ImmutableArray<LocalizedText> SubAreas => Plan.SubAreas;

    /// <summary>The administrative dongs (행정동) the zone lies in, by name.</summary>
    public ImmutableArray<LocalizedText> AdministrativeDongs => Plan.AdministrativeDongs;

    /// <summary>The legal dongs (법정동) currently covered.</summary>
    public ImmutableArray<AdministrativeDistrictCode> LegalDongs { get; }

    /// <summary>The anchor institutions in the zone, by id.</summary>
    public ImmutableArray<OrganizationId> AnchorInstitutions => Plan.AnchorInstitutions;

    /// <summary>The lifecycle state.</summary>
    public ZoneDesignationStatus Status { get; }

    /// <summary>The designation (day, authority, notice), once designated.</summary>
    public ZoneDesignated? Designation { get; }

    /// <summary>The lifting or revocation, once ended.</summary>
    public ZoneDesignationEnded? Ending { get; }

    /// <summary>Every step, oldest first; the zone is their fold.</summary>
    public ImmutableArray<ZoneEvent> History { get; }

    /// <summary>True while designation may be requested (the zone is planned).</summary>
    public bool CanRequestDesignation => Status == ZoneDesignationStatus.Planned;

    /// <summary>True while the zone may be designated (designation has been requested).</summary>
    public bool CanDesignate => Status == ZoneDesignationStatus.Requested;

    /// <summary>True while the area may be amended, lifted or revoked (the zone is designated).</summary>
    public bool CanAmendOrEnd => Status == ZoneDesignationStatus.Designated;

    private ZonePlanned Plan { get; }

    /// <summary>Plans a zone.</summary>
    /// <param name="date">The day of the plan.</param>
    /// <param name="name">The zone's name.</param>
    /// <param name="district">The autonomous district (a 5-digit code).</param>
    /// <param name="areaSquareKilometres">The area in km², more than zero.</param>
    /// <param name="subAreas">The named sub-areas.</param>
    /// <param name="administrativeDongs">The administrative dongs the zone lies in, by name.</param>
    /// <param name="legalDongs">The legal dongs covered (10-digit codes), at least one.</param>
    /// <param name="anchorInstitutions">The anchor institutions.</param>
    /// <returns>The planned zone.</returns>
    /// <exception cref="ArgumentException">A value is missing, the area is not positive, or a code is of the wrong level.</exception>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.LegalDongOutsideDistrict"/> when a legal dong lies in another district.</exception>
    public static VenturePromotionZone Planned(
        LocalDate date,
        LocalizedText name,
        AdministrativeDistrictCode district,
        decimal areaSquareKilometres,
        IEnumerable<LocalizedText> subAreas,
        IEnumerable<LocalizedText> administrativeDongs,
        IEnumerable<AdministrativeDistrictCode> legalDongs,
        IEnumerable<OrganizationId> anchorInstitutions)
    {
        Guard.Against.Null(subAreas);
        Guard.Against.Null(administrativeDongs);
        Guard.Against.Null(anchorInstitutions);
        CheckedDistrict(district);
        var plan = new ZonePlanned(
            date,
            name,
            district,
            areaSquareKilometres,
            [.. subAreas],
            [.. administrativeDongs],
            CheckedLegalDongs(district, legalDongs, areaSquareKilometres),
            [.. anchorInstitutions.Distinct()]);
        return Replay([plan]);
    }

    /// <summary>Rebuilds a zone from its history.</summary>
    /// <param name="history">The steps, oldest first, starting with a <see cref="ZonePlanned"/>.</param>
    /// <returns>The zone, equal to the one that produced the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a lifecycle rule (its rule id says which).</exception>
    public static VenturePromotionZone Replay(IEnumerable<ZoneEvent> history)
        => EventHistory.Replay(
            history,
            (ZonePlanned plan) => new VenturePromotionZone(plan, ZoneDesignationStatus.Planned, plan.AreaSquareKilometres, CheckedPlan(plan), null, null, [plan]),
            (zone, e) => zone.Apply(e),
            e => e.Date,
            ZoneRules.HistoryMustStartWithPlan,
            "A zone's history starts with its plan");

    /// <summary>The city or province governor requests designation.</summary>
    /// <param name="date">The day of the request.</param>
    /// <param name="requestedBy">The requesting government.</param>
    /// <returns>The requested zone.</returns>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.RequestOnlyWhenPlanned"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>.</exception>
    public VenturePromotionZone RequestDesignation(LocalDate date, OrganizationId requestedBy)
        => Apply(new ZoneDesignationRequested(date, requestedBy));

    /// <summary>The Minister of SMEs and Startups designates the zone.</summary>
    /// <param name="date">The day the designation takes effect.</param>
    /// <param name="designatedBy">The designating authority.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <returns>The designated zone.</returns>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.DesignateOnlyWhenRequested"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>.</exception>
    public VenturePromotionZone Designate(LocalDate date, OrganizationId designatedBy, string noticeReference)
    {
        Guard.Against.NullOrWhiteSpace(noticeReference);
        return Apply(new ZoneDesignated(date, designatedBy, noticeReference.Trim()));
    }

    /// <summary>Amends the designated area.</summary>
    /// <param name="date">The day the amendment takes effect.</param>
    /// <param name="areaSquareKilometres">The new area in km².</param>
    /// <param name="legalDongs">The legal dongs covered after the amendment.</param>
    /// <param name="noticeReference">The amending notice.</param>
    /// <returns>The amended zone.</returns>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.AmendOnlyWhenDesignated"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>, <see cref="ZoneRules.LegalDongOutsideDistrict"/>.</exception>
    public VenturePromotionZone AmendArea(LocalDate date, decimal areaSquareKilometres, IEnumerable<AdministrativeDistrictCode> legalDongs, string noticeReference)
    {
        Guard.Against.NullOrWhiteSpace(noticeReference);
        return Apply(new ZoneAreaAmended(date, areaSquareKilometres, CheckedLegalDongs(District, legalDongs, areaSquareKilometres), noticeReference.Trim()));
    }

    /// <summary>Lifts the designation (지정 해제).</summary>
    /// <param name="date">The first day the zone is no longer designated.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The lifted zone.</returns>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.EndOnlyWhenDesignated"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>.</exception>
    public VenturePromotionZone Lift(LocalDate date, string noticeReference, string reason)
        => End(date, revoked: false, noticeReference, reason);

    /// <summary>Revokes the designation because the zone no longer meets the requirements.</summary>
    /// <param name="date">The first day the zone is no longer designated.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The revoked zone.</returns>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.EndOnlyWhenDesignated"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>.</exception>
    public VenturePromotionZone Revoke(LocalDate date, string noticeReference, string reason)
        => End(date, revoked: true, noticeReference, reason);

    /// <summary>True when the zone is designated on a day: from the designation day, up to the day before lifting or revocation.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when designated that day.</returns>
    public bool IsDesignatedOn(LocalDate date)
        => Designation is { } d && date >= d.Date && (Ending is not { } end || date < end.Date);

    /// <summary>True when a code (a legal dong, or a ri inside one) lies in a legal dong the zone currently covers.</summary>
    /// <param name="code">The code, for example a company's location.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(AdministrativeDistrictCode code) => Covers(LegalDongs.AsSpan(), code);

    /// <summary>True when a code lies in a legal dong the zone covered on a day (before or after an area amendment).</summary>
    /// <param name="code">The code, for example a company's location.</param>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when covered that day.</returns>
    public bool CoversOn(AdministrativeDistrictCode code, LocalDate date) => Covers(LegalDongsOn(date).AsSpan(), code);

    /// <summary>The legal dongs covered on a day: those of the latest plan or amendment dated on or before it (the plan's before the plan).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The legal dongs.</returns>
    public ImmutableArray<AdministrativeDistrictCode> LegalDongsOn(LocalDate date)
        => History.OfType<ZoneAreaAmended>().LastOrDefault(a => a.Date <= date)?.LegalDongs ?? Plan.LegalDongs;

    /// <summary>The area in km² on a day: that of the latest plan or amendment dated on or before it (the plan's before the plan).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The area.</returns>
    public decimal AreaOn(LocalDate date)
        => History.OfType<ZoneAreaAmended>().LastOrDefault(a => a.Date <= date)?.AreaSquareKilometres ?? Plan.AreaSquareKilometres;

    /// <inheritdoc/>
    public bool Equals(VenturePromotionZone? other)
        => other is not null && History.SequenceEqual(other.History);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VenturePromotionZone);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, History.Length, Status);

    /// <summary>The name and state.</summary>
    /// <returns>For example <c>관악 벤처기업육성촉진지구 (Designated)</c>.</returns>
    public override string ToString() => $"{Name.Korean} ({Status})";

    /// <summary>Coverage test on a list of legal dongs; a zone covers a handful, so a linear scan beats hashing (see DesignationCriteriaBenchmarks).</summary>
    internal static bool Covers(ReadOnlySpan<AdministrativeDistrictCode> legalDongs, AdministrativeDistrictCode code)
        => legalDongs.Contains(code) || (code.Level == AdministrativeLevel.Ri && code.Parent is { } dong && legalDongs.Contains(dong));

    private static ImmutableArray<AdministrativeDistrictCode> CheckedPlan(ZonePlanned plan)
    {
        Guard.Against.Null(plan.Name, "name");
        return CheckedLegalDongs(CheckedDistrict(plan.District), plan.LegalDongs, plan.AreaSquareKilometres);
    }

    private static AdministrativeDistrictCode CheckedDistrict(AdministrativeDistrictCode district)
        => district.Level == AdministrativeLevel.District
            ? district
            : throw new ArgumentException($"{district} is not a district (시·군·구) code such as 11620.", nameof(district));

    private static ImmutableArray<AdministrativeDistrictCode> CheckedLegalDongs(AdministrativeDistrictCode district, IEnumerable<AdministrativeDistrictCode> legalDongs, decimal area)
    {
        Guard.Against.Null(legalDongs);
        Guard.Against.NegativeOrZero(area, "areaSquareKilometres");
        var dongs = legalDongs.Distinct().Order().ToImmutableArray();
        if (dongs.IsEmpty)
        {
            throw new ArgumentException("A zone covers at least one legal dong.", nameof(legalDongs));
        }

        foreach (var dong in dongs)
        {
            if (dong.Level != AdministrativeLevel.Dong)
            {
                throw new ArgumentException($"{dong} is not a legal-dong code (10 digits ending in 00, such as 1162010100).", nameof(legalDongs));
            }

            if (dong.District != district)
            {
                throw new DomainRuleException(ZoneRules.LegalDongOutsideDistrict, $"The legal dong {dong} lies in district {dong.District}, but the zone lies in district {district}; a zone covers legal dongs of its own district only.");
            }
        }

        return dongs;
    }

    private VenturePromotionZone End(LocalDate date, bool revoked, string noticeReference, string reason)
    {
        Guard.Against.NullOrWhiteSpace(noticeReference);
        Guard.Against.NullOrWhiteSpace(reason);
        return Apply(new ZoneDesignationEnded(date, revoked, noticeReference.Trim(), reason.Trim()));
    }

    private VenturePromotionZone Apply(ZoneEvent e)
    {
        var last = History[^1];
        if (e.Date < last.Date)
        {
            throw new DomainRuleException(ZoneRules.StepBeforePreviousStep, $"{e.GetType().Name} is dated {e.Date:uuuu-MM-dd}, before the previous step ({last.GetType().Name}, {last.Date:uuuu-MM-dd}); steps are recorded in date order.");
        }

        var history = History.Add(e);
        return e switch
        {
            ZoneDesignationRequested => Require(ZoneDesignationStatus.Planned, ZoneRules.RequestOnlyWhenPlanned, "request designation")
                .With(ZoneDesignationStatus.Requested, history),
            ZoneDesignated d => Require(ZoneDesignationStatus.Requested, ZoneRules.DesignateOnlyWhenRequested, "designate it")
                .With(ZoneDesignationStatus.Designated, history, designation: d),
            ZoneAreaAmended a => Require(ZoneDesignationStatus.Designated, ZoneRules.AmendOnlyWhenDesignated, "amend the area")
                .With(ZoneDesignationStatus.Designated, history, area: a.AreaSquareKilometres, legalDongs: CheckedLegalDongs(District, a.LegalDongs, a.AreaSquareKilometres)),
            ZoneDesignationEnded end => Require(ZoneDesignationStatus.Designated, ZoneRules.EndOnlyWhenDesignated, end.Revoked ? "revoke the designation" : "lift the designation")
                .With(end.Revoked ? ZoneDesignationStatus.Revoked : ZoneDesignationStatus.Lifted, history, ending: end),
            ZonePlanned => throw new DomainRuleException(ZoneRules.HistoryMustStartWithPlan, $"The zone {Name.Korean} was already planned on {Plan.Date:uuuu-MM-dd}; a history has exactly one plan, at its start."),
            _ => throw new ArgumentException($"Unknown zone event {e.GetType().Name}.", nameof(e)),
        };
    }

    private VenturePromotionZone Require(ZoneDesignationStatus required, string ruleId, string attempt)
        => Status == required
            ? this
            : throw new DomainRuleException(ruleId, $"Tried to {attempt} for the zone {Name.Korean}, which is {Status}; that is allowed only when the zone is {required}.");

    private VenturePromotionZone With(
        ZoneDesignationStatus status,
        ImmutableArray<ZoneEvent> history,
        decimal? area = null,
        ImmutableArray<AdministrativeDistrictCode>? legalDongs = null,
        ZoneDesignated? designation = null,
        ZoneDesignationEnded? ending = null)
        => new(Plan, status, area ?? AreaSquareKilometres, legalDongs ?? LegalDongs, designation ?? Designation, ending ?? Ending, history);
}

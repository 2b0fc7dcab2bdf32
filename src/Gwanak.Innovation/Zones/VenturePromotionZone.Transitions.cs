using System.Collections.Generic;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The steps of a zone's designation lifecycle, each as <c>X</c>, <c>TryX</c> and <c>CanX</c> from one decision.</summary>
public sealed partial class VenturePromotionZone
{
    /// <summary>The city or province governor requests designation.</summary>
    /// <param name="date">The day of the request.</param>
    /// <param name="requestedBy">The requesting government.</param>
    /// <returns>The requested zone.</returns>
    /// <exception cref="System.ArgumentException">The requesting government is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.RequestOnlyWhenPlanned"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>.</exception>
    [Transition]
    public VenturePromotionZone RequestDesignation(LocalDate date, OrganizationId requestedBy) => Record(new ZoneDesignationRequested(Id, date, requestedBy));

    /// <summary>The city or province governor requests designation, or the rule that stops it.</summary>
    /// <param name="date">The day of the request.</param>
    /// <param name="requestedBy">The requesting government.</param>
    /// <returns>The requested zone, or the refusal (as <see cref="RequestDesignation"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The requesting government is default.</exception>
    [Transition]
    public Decision<VenturePromotionZone> TryRequestDesignation(LocalDate date, OrganizationId requestedBy) => TryRecord(new ZoneDesignationRequested(Id, date, requestedBy));

    /// <summary>True when <see cref="RequestDesignation"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day of the request.</param>
    /// <param name="requestedBy">The requesting government.</param>
    /// <returns><see langword="true"/> when no rule stops the request.</returns>
    /// <exception cref="System.ArgumentException">The requesting government is default.</exception>
    public bool CanRequestDesignation(LocalDate date, OrganizationId requestedBy) => CanRecord(new ZoneDesignationRequested(Id, date, requestedBy));

    /// <summary>The Minister of SMEs and Startups designates the zone and publishes a notice.</summary>
    /// <param name="date">The day the designation takes effect.</param>
    /// <param name="designatedBy">The designating authority.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <returns>The designated zone.</returns>
    /// <exception cref="System.ArgumentException">The authority is default or the notice reference is empty.</exception>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.DesignateOnlyWhenRequested"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>.</exception>
    [Transition]
    public VenturePromotionZone Designate(LocalDate date, OrganizationId designatedBy, string noticeReference) => Record(new ZoneDesignated(Id, date, designatedBy, noticeReference));

    /// <summary>The Minister of SMEs and Startups designates the zone, or the rule that stops it.</summary>
    /// <param name="date">The day the designation takes effect.</param>
    /// <param name="designatedBy">The designating authority.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <returns>The designated zone, or the refusal (as <see cref="Designate"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The authority is default or the notice reference is empty.</exception>
    [Transition]
    public Decision<VenturePromotionZone> TryDesignate(LocalDate date, OrganizationId designatedBy, string noticeReference) => TryRecord(new ZoneDesignated(Id, date, designatedBy, noticeReference));

    /// <summary>True when <see cref="Designate"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day the designation takes effect.</param>
    /// <param name="designatedBy">The designating authority.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <returns><see langword="true"/> when no rule stops the designation.</returns>
    /// <exception cref="System.ArgumentException">The authority is default or the notice reference is empty.</exception>
    public bool CanDesignate(LocalDate date, OrganizationId designatedBy, string noticeReference) => CanRecord(new ZoneDesignated(Id, date, designatedBy, noticeReference));

    /// <summary>Amends the designated area by a notice.</summary>
    /// <param name="date">The day the amendment takes effect.</param>
    /// <param name="areaSquareKilometres">The new area in km², more than zero.</param>
    /// <param name="legalDongs">The legal dongs covered after the amendment, at least one.</param>
    /// <param name="noticeReference">The amending notice.</param>
    /// <returns>The amended zone.</returns>
    /// <exception cref="System.ArgumentException">The area is not positive, a legal dong is missing or of the wrong level, or the notice reference is empty.</exception>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.AmendOnlyWhenDesignated"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>, <see cref="ZoneRules.LegalDongOutsideDistrict"/>.</exception>
    [Transition]
    public VenturePromotionZone AmendArea(LocalDate date, decimal areaSquareKilometres, IEnumerable<AdministrativeDistrictCode> legalDongs, string noticeReference)
        => Record(Amendment(date, areaSquareKilometres, legalDongs, noticeReference));

    /// <summary>Amends the designated area by a notice, or gives the rule that stops it.</summary>
    /// <param name="date">The day the amendment takes effect.</param>
    /// <param name="areaSquareKilometres">The new area in km², more than zero.</param>
    /// <param name="legalDongs">The legal dongs covered after the amendment, at least one.</param>
    /// <param name="noticeReference">The amending notice.</param>
    /// <returns>The amended zone, or the refusal (as <see cref="AmendArea"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The area is not positive, a legal dong is missing or of the wrong level, or the notice reference is empty.</exception>
    [Transition]
    public Decision<VenturePromotionZone> TryAmendArea(LocalDate date, decimal areaSquareKilometres, IEnumerable<AdministrativeDistrictCode> legalDongs, string noticeReference)
        => TryRecord(Amendment(date, areaSquareKilometres, legalDongs, noticeReference));

    /// <summary>True when <see cref="AmendArea"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day the amendment takes effect.</param>
    /// <param name="areaSquareKilometres">The new area in km², more than zero.</param>
    /// <param name="legalDongs">The legal dongs covered after the amendment, at least one.</param>
    /// <param name="noticeReference">The amending notice.</param>
    /// <returns><see langword="true"/> when no rule stops the amendment.</returns>
    /// <exception cref="System.ArgumentException">The area is not positive, a legal dong is missing or of the wrong level, or the notice reference is empty.</exception>
    public bool CanAmendArea(LocalDate date, decimal areaSquareKilometres, IEnumerable<AdministrativeDistrictCode> legalDongs, string noticeReference)
        => CanRecord(Amendment(date, areaSquareKilometres, legalDongs, noticeReference));

    /// <summary>Lifts the designation (지정 해제).</summary>
    /// <param name="date">The first day the zone is no longer designated.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The lifted zone.</returns>
    /// <exception cref="System.ArgumentException">The notice reference or the reason is empty.</exception>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.EndOnlyWhenDesignated"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>.</exception>
    [Transition]
    public VenturePromotionZone Lift(LocalDate date, string noticeReference, string reason) => Record(new ZoneDesignationEnded(Id, date, revoked: false, noticeReference, reason));

    /// <summary>Lifts the designation (지정 해제), or gives the rule that stops it.</summary>
    /// <param name="date">The first day the zone is no longer designated.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The lifted zone, or the refusal (as <see cref="Lift"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The notice reference or the reason is empty.</exception>
    [Transition]
    public Decision<VenturePromotionZone> TryLift(LocalDate date, string noticeReference, string reason) => TryRecord(new ZoneDesignationEnded(Id, date, revoked: false, noticeReference, reason));

    /// <summary>True when <see cref="Lift"/> with the same arguments would succeed.</summary>
    /// <param name="date">The first day the zone is no longer designated.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="true"/> when no rule stops the lifting.</returns>
    /// <exception cref="System.ArgumentException">The notice reference or the reason is empty.</exception>
    public bool CanLift(LocalDate date, string noticeReference, string reason) => CanRecord(new ZoneDesignationEnded(Id, date, revoked: false, noticeReference, reason));

    /// <summary>Revokes the designation because the zone no longer meets the requirements.</summary>
    /// <param name="date">The first day the zone is no longer designated.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The revoked zone.</returns>
    /// <exception cref="System.ArgumentException">The notice reference or the reason is empty.</exception>
    /// <exception cref="DomainRuleException"><see cref="ZoneRules.EndOnlyWhenDesignated"/>, <see cref="ZoneRules.StepBeforePreviousStep"/>.</exception>
    [Transition]
    public VenturePromotionZone Revoke(LocalDate date, string noticeReference, string reason) => Record(new ZoneDesignationEnded(Id, date, revoked: true, noticeReference, reason));

    /// <summary>Revokes the designation, or gives the rule that stops it.</summary>
    /// <param name="date">The first day the zone is no longer designated.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The revoked zone, or the refusal (as <see cref="Revoke"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The notice reference or the reason is empty.</exception>
    [Transition]
    public Decision<VenturePromotionZone> TryRevoke(LocalDate date, string noticeReference, string reason) => TryRecord(new ZoneDesignationEnded(Id, date, revoked: true, noticeReference, reason));

    /// <summary>True when <see cref="Revoke"/> with the same arguments would succeed.</summary>
    /// <param name="date">The first day the zone is no longer designated.</param>
    /// <param name="noticeReference">The notice reference.</param>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="true"/> when no rule stops the revocation.</returns>
    /// <exception cref="System.ArgumentException">The notice reference or the reason is empty.</exception>
    public bool CanRevoke(LocalDate date, string noticeReference, string reason) => CanRecord(new ZoneDesignationEnded(Id, date, revoked: true, noticeReference, reason));

    private ZoneAreaAmended Amendment(LocalDate date, decimal areaSquareKilometres, IEnumerable<AdministrativeDistrictCode> legalDongs, string noticeReference)
        => new(Id, date, areaSquareKilometres, [.. Guard.Against.Null(legalDongs)], noticeReference);
}

using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace DistrictPortal.Api;

/// <summary>An organisation of the district.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name in Korean and English.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Sector">Its helix sector.</param>
/// <param name="Country">Its country (ISO 3166-1 alpha-2).</param>
/// <param name="Location">The administrative district it is in, for a Korean organisation that gave one.</param>
public sealed record OrganizationResource(OrganizationId Id, LocalizedText Name, OrganizationKind Kind, HelixSector Sector, string Country, AdministrativeDistrictCode? Location);

/// <summary>An agreement on a day, as the list shows it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Purpose">Its purpose in Korean and English.</param>
/// <param name="Parties">The parties, in the order drafted.</param>
/// <param name="DraftedOn">The day it was drafted.</param>
/// <param name="EffectiveDate">The first day of its term, once known.</param>
/// <param name="Status">Its status on the day.</param>
/// <param name="OcdsStatus">The same status as an OCDS contract status code.</param>
/// <param name="NextNoticeDeadline">The next last day to give notice that stops an automatic renewal, if any.</param>
public sealed record AgreementResource(AgreementId Id, AgreementKind Kind, LocalizedText Purpose, IReadOnlyList<OrganizationId> Parties, LocalDate DraftedOn, LocalDate? EffectiveDate, AgreementStatus Status, string OcdsStatus, NoticeDeadlineResource? NextNoticeDeadline);

/// <summary>The last day to give notice, and the renewal it prevents.</summary>
/// <param name="Deadline">The last day.</param>
/// <param name="RenewalDate">The day the agreement would renew itself.</param>
public sealed record NoticeDeadlineResource(LocalDate Deadline, LocalDate RenewalDate)
{
    /// <summary>The resource of a deadline, or null.</summary>
    public static NoticeDeadlineResource? Of(RenewalNoticeDeadline? deadline) => deadline is { } d ? new(d.Deadline, d.RenewalDate) : null;
}

/// <summary>One page of agreements.</summary>
/// <param name="Date">The day the statuses are for.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">The most agreements a page holds.</param>
/// <param name="Count">The agreements matching the filters, on every page.</param>
/// <param name="Pages">The pages.</param>
/// <param name="Items">The agreements of this page.</param>
public sealed record AgreementPage(LocalDate Date, int Page, int PageSize, int Count, int Pages, IReadOnlyList<AgreementResource> Items);

/// <summary>Where an agreement stands on a day.</summary>
/// <param name="Id">The agreement.</param>
/// <param name="Date">The day.</param>
/// <param name="Status">Its status that day.</param>
/// <param name="OcdsStatus">The same status as an OCDS contract status code.</param>
/// <param name="OcdsFinalStatus">The OCDS final status once closed (terminatedSuccessfully, terminatedEarly, cancelled).</param>
/// <param name="EffectiveDate">The first day of its term, once known.</param>
/// <param name="ExpiryDate">The last day of the term running (or last run) that day.</param>
/// <param name="NextRenewalDate">The next automatic renewal after the day.</param>
/// <param name="NextNoticeDeadline">The next last day to give notice that stops an automatic renewal.</param>
public sealed record AgreementStatusResource(AgreementId Id, LocalDate Date, AgreementStatus Status, string OcdsStatus, string? OcdsFinalStatus, LocalDate? EffectiveDate, LocalDate? ExpiryDate, LocalDate? NextRenewalDate, NoticeDeadlineResource? NextNoticeDeadline);

/// <summary>The innovation-district scorecard on a day.</summary>
/// <param name="District">The district's name.</param>
/// <param name="Date">The day.</param>
/// <param name="Categories">The indicators' latest values by category of innovation asset.</param>
public sealed record ScorecardResource(LocalizedText District, LocalDate Date, IReadOnlyList<ScorecardCategory> Categories);

/// <summary>The indicators of one category of innovation asset.</summary>
/// <param name="Category">The category.</param>
/// <param name="Indicators">Its indicators' latest values.</param>
public sealed record ScorecardCategory(InnovationAssetCategory Category, IReadOnlyList<ScorecardValue> Indicators);

/// <summary>An indicator's latest value on or before the scorecard's day.</summary>
/// <param name="Code">The indicator's stable code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Unit">Its unit of measure.</param>
/// <param name="Value">The value.</param>
/// <param name="Date">The day the value is for.</param>
/// <param name="Source">Where the value comes from.</param>
public sealed record ScorecardValue(string Code, LocalizedText Name, string Unit, decimal Value, LocalDate Date, string Source);

using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Gwanak.Innovation.Benchmarks.Json;

// Plain records mirroring everything a district document holds (the Gwanak district's document, every register of the
// model, and the generated district's organizations and agreements): strings, numbers, booleans and DateOnly, texts in
// several languages as dictionaries, each aggregate's events as a [JsonPolymorphic] record told apart by "type", no
// validation, with their own source-generated context. The setup fails unless the records write back exactly what the
// document has.

/// <summary>The document's root.</summary>
internal sealed record DocumentDto(
    [property: JsonPropertyName("$schema")] string Schema,
    long SchemaVersion,
    DistrictDto District);

/// <summary>District as the document writes it.</summary>
internal sealed record DistrictDto(
    string Code,
    Dictionary<string, string> Name,
    IReadOnlyList<OrganizationDto> Organizations,
    IReadOnlyList<GovernanceBodyDto> GovernanceBodies,
    IReadOnlyList<AgreementDto> Agreements,
    IReadOnlyList<ZoneDto> Zones,
    IReadOnlyList<VentureCompanyDto> VentureCompanies,
    IReadOnlyList<FacilityDto> Facilities,
    IReadOnlyList<FundDto> Funds,
    IReadOnlyList<SupportProgramDto> SupportPrograms,
    IReadOnlyList<IndicatorValueDto> IndicatorValues,
    IReadOnlyList<CityPartnershipDto> CityPartnerships,
    IReadOnlyList<OverseasTripDto> OverseasTrips,
    IReadOnlyList<ExchangeProgramDto> ExchangePrograms,
    IReadOnlyList<RecurringEventDto> RecurringEvents);

/// <summary>Organization as the document writes it.</summary>
internal sealed record OrganizationDto(
    string Id,
    Dictionary<string, string> Name,
    string Kind,
    string Sector,
    string Country,
    string? District,
    string? BusinessRegistrationNumber,
    string? CorporateRegistrationNumber);

/// <summary>GovernanceBody as the document writes it.</summary>
internal sealed record GovernanceBodyDto(
    IReadOnlyList<GovernanceBodyEventDto> History);

/// <summary>The event governance-body.established.</summary>
internal sealed record GovernanceBodyEstablishedDto(
    string Body,
    DateOnly Date,
    Dictionary<string, string> Name) : GovernanceBodyEventDto;

/// <summary>The event governance-body.membership-added.</summary>
internal sealed record GovernanceBodyMembershipAddedDto(
    string Body,
    MembershipDto Membership) : GovernanceBodyEventDto;

/// <summary>Membership as the document writes it.</summary>
internal sealed record MembershipDto(
    string Organization,
    string Sector,
    Dictionary<string, string> Role,
    string Period,
    string? Person,
    string? PostKey);

/// <summary>Agreement as the document writes it.</summary>
internal sealed record AgreementDto(
    IReadOnlyList<AgreementEventDto> History);

/// <summary>The event agreement.drafted.</summary>
internal sealed record AgreementDraftedDto(
    string Agreement,
    DateOnly Date,
    string Kind,
    Dictionary<string, string> Purpose,
    IReadOnlyList<string> Parties,
    IReadOnlyList<CommitmentDto> Commitments,
    BindingDto Binding,
    TermsDto Terms) : AgreementEventDto;

/// <summary>Commitment as the document writes it.</summary>
internal sealed record CommitmentDto(
    string Party,
    string Category,
    Dictionary<string, string> Description);

/// <summary>Binding as the document writes it.</summary>
internal sealed record BindingDto(
    bool IsBinding,
    IReadOnlyList<string> BindingClauses);

/// <summary>Terms as the document writes it.</summary>
internal sealed record TermsDto(
    DateOnly EffectiveDate,
    string Term,
    string TerminationNotice,
    string? AutomaticRenewal,
    string Counting);

/// <summary>The event agreement.negotiation-started.</summary>
internal sealed record AgreementNegotiationStartedDto(
    string Agreement,
    DateOnly Date) : AgreementEventDto;

/// <summary>The event agreement.signed.</summary>
internal sealed record AgreementSignedDto(
    string Agreement,
    SignatureDto Signature) : AgreementEventDto;

/// <summary>Signature as the document writes it.</summary>
internal sealed record SignatureDto(
    string Party,
    Dictionary<string, string> Signatory,
    string SignedAt);

/// <summary>Zone as the document writes it.</summary>
internal sealed record ZoneDto(
    IReadOnlyList<ZoneEventDto> History);

/// <summary>The event zone.planned.</summary>
internal sealed record ZonePlannedDto(
    string Zone,
    DateOnly Date,
    Dictionary<string, string> Name,
    string District,
    decimal AreaSquareKilometres,
    IReadOnlyList<Dictionary<string, string>> SubAreas,
    IReadOnlyList<Dictionary<string, string>> AdministrativeDongs,
    IReadOnlyList<string> LegalDongs,
    IReadOnlyList<string> AnchorInstitutions) : ZoneEventDto;

/// <summary>The event zone.designation-requested.</summary>
internal sealed record ZoneDesignationRequestedDto(
    string Zone,
    DateOnly Date,
    string RequestedBy) : ZoneEventDto;

/// <summary>The event zone.designated.</summary>
internal sealed record ZoneDesignatedDto(
    string Zone,
    DateOnly Date,
    string DesignatedBy,
    string NoticeReference) : ZoneEventDto;

/// <summary>VentureCompany as the document writes it.</summary>
internal sealed record VentureCompanyDto(
    IReadOnlyList<VentureCompanyEventDto> History);

/// <summary>The event venture-company.registered.</summary>
internal sealed record VentureCompanyRegisteredDto(
    string Company,
    DateOnly Date,
    Dictionary<string, string> Name,
    string Location,
    IReadOnlyList<TechnologyFieldDto> TechnologyFields,
    long Employees,
    bool IsSmallOrMediumEnterprise) : VentureCompanyEventDto;

/// <summary>TechnologyField as the document writes it.</summary>
internal sealed record TechnologyFieldDto(
    string Code,
    Dictionary<string, string> Name,
    bool IsDeepTech);

/// <summary>The event venture-company.sme-confirmed.</summary>
internal sealed record VentureCompanySmeConfirmedDto(
    string Company,
    ConfirmationDto Confirmation) : VentureCompanyEventDto;

/// <summary>Confirmation as the document writes it.</summary>
internal sealed record ConfirmationDto(
    DateOnly ConfirmedOn,
    DateOnly FiscalYearEnd);

/// <summary>The event venture-company.confirmed.</summary>
internal sealed record VentureCompanyConfirmedDto(
    string Company,
    VentureCompanyConfirmedConfirmationDto Confirmation) : VentureCompanyEventDto;

/// <summary>VentureCompanyConfirmedConfirmation as the document writes it.</summary>
internal sealed record VentureCompanyConfirmedConfirmationDto(
    string Type,
    DateOnly ConfirmedOn);

/// <summary>Facility as the document writes it.</summary>
internal sealed record FacilityDto(
    IReadOnlyList<FacilityEventDto> History);

/// <summary>The event facility.opened.</summary>
internal sealed record FacilityOpenedDto(
    string Facility,
    DateOnly Date,
    Dictionary<string, string> Name,
    string Kind,
    string OperatorId,
    string Location,
    bool InsideZone,
    long Capacity) : FacilityEventDto;

/// <summary>The event facility.tenant-moved-in.</summary>
internal sealed record FacilityTenantMovedInDto(
    string Facility,
    DateOnly Date,
    string Tenant,
    string? LastDay) : FacilityEventDto;

/// <summary>The event facility.tenant-moved-out.</summary>
internal sealed record FacilityTenantMovedOutDto(
    string Facility,
    DateOnly Date,
    string Tenant) : FacilityEventDto;

/// <summary>Fund as the document writes it.</summary>
internal sealed record FundDto(
    IReadOnlyList<FundEventDto> History);

/// <summary>The event fund.established.</summary>
internal sealed record FundEstablishedDto(
    string Fund,
    DateOnly Date,
    Dictionary<string, string> Name,
    string Manager,
    MoneyDto TargetSize,
    string Term,
    string InvestmentPeriod) : FundEventDto;

/// <summary>Money as the document writes it.</summary>
internal sealed record MoneyDto(
    string Amount,
    string Currency);

/// <summary>The event fund.commitment-made.</summary>
internal sealed record FundCommitmentMadeDto(
    string Fund,
    DateOnly Date,
    string Contributor,
    MoneyDto Amount) : FundEventDto;

/// <summary>The event fund.investment-made.</summary>
internal sealed record FundInvestmentMadeDto(
    string Fund,
    DateOnly Date,
    string Company,
    MoneyDto Amount) : FundEventDto;

/// <summary>SupportProgram as the document writes it.</summary>
internal sealed record SupportProgramDto(
    IReadOnlyList<SupportProgramEventDto> History);

/// <summary>The event support-program.launched.</summary>
internal sealed record SupportProgramLaunchedDto(
    string Program,
    DateOnly Date,
    Dictionary<string, string> Name,
    string OperatorId) : SupportProgramEventDto;

/// <summary>The event support-program.round-selected.</summary>
internal sealed record SupportProgramRoundSelectedDto(
    string Program,
    DateOnly Date,
    long Number,
    string Period) : SupportProgramEventDto;

/// <summary>The event support-program.participant-joined.</summary>
internal sealed record SupportProgramParticipantJoinedDto(
    string Program,
    DateOnly Date,
    long Round,
    string Organization,
    string? Company) : SupportProgramEventDto;

/// <summary>IndicatorValue as the document writes it.</summary>
internal sealed record IndicatorValueDto(
    IndicatorDto Indicator,
    DateOnly Date,
    decimal Value,
    string Source);

/// <summary>Indicator as the document writes it.</summary>
internal sealed record IndicatorDto(
    string Code,
    Dictionary<string, string> Name,
    string Unit,
    string Category);

/// <summary>CityPartnership as the document writes it.</summary>
internal sealed record CityPartnershipDto(
    IReadOnlyList<CityPartnershipEventDto> History);

/// <summary>The event city-partnership.opened.</summary>
internal sealed record CityPartnershipOpenedDto(
    string Partnership,
    DateOnly Date,
    string District,
    CityDto City,
    string Note) : CityPartnershipEventDto;

/// <summary>City as the document writes it.</summary>
internal sealed record CityDto(
    Dictionary<string, string> Name,
    string CountryCode,
    Dictionary<string, string> Region,
    string CityHall);

/// <summary>The event city-partnership.activity-recorded.</summary>
internal sealed record CityPartnershipActivityRecordedDto(
    string Partnership,
    DateOnly Date,
    string Description) : CityPartnershipEventDto;

/// <summary>The event city-partnership.advanced.</summary>
internal sealed record CityPartnershipAdvancedDto(
    string Partnership,
    DateOnly Date,
    string Target,
    PolicyDto Policy,
    string Agreement,
    string Note) : CityPartnershipEventDto;

/// <summary>Policy as the document writes it.</summary>
internal sealed record PolicyDto(
    bool FriendshipNeedsCouncilResolution,
    DateOnly StatedOn);

/// <summary>OverseasTrip as the document writes it.</summary>
internal sealed record OverseasTripDto(
    string Id,
    Dictionary<string, string> Title,
    DelegationDto Delegation,
    ItineraryDto Itinerary,
    IReadOnlyList<VisitDto> Visits);

/// <summary>Delegation as the document writes it.</summary>
internal sealed record DelegationDto(
    Dictionary<string, string> Purpose,
    IReadOnlyList<MemberDto> Members,
    long Size);

/// <summary>Member as the document writes it.</summary>
internal sealed record MemberDto(
    Dictionary<string, string> Role,
    string Organization,
    Dictionary<string, string> Name);

/// <summary>Itinerary as the document writes it.</summary>
internal sealed record ItineraryDto(
    IReadOnlyList<LegDto> Legs,
    IReadOnlyList<StayDto> Stays);

/// <summary>Leg as the document writes it.</summary>
internal sealed record LegDto(
    string Mode,
    FromDto From,
    ToDto To,
    string Departure,
    string Arrival,
    string? Service);

/// <summary>From as the document writes it.</summary>
internal sealed record FromDto(
    Dictionary<string, string> Name,
    string CountryCode,
    string Zone);

/// <summary>To as the document writes it.</summary>
internal sealed record ToDto(
    Dictionary<string, string> Name,
    string CountryCode,
    string Zone);

/// <summary>Stay as the document writes it.</summary>
internal sealed record StayDto(
    PlaceDto Place,
    Dictionary<string, string> Lodging,
    DateOnly FirstNight,
    long Nights,
    CheckOutPolicyDto CheckOutPolicy);

/// <summary>Place as the document writes it.</summary>
internal sealed record PlaceDto(
    Dictionary<string, string> Name,
    string CountryCode,
    string Zone);

/// <summary>CheckOutPolicy as the document writes it.</summary>
internal sealed record CheckOutPolicyDto(
    string Time,
    DateOnly StatedOn);

/// <summary>Visit as the document writes it.</summary>
internal sealed record VisitDto(
    string Organization,
    PlaceDto Place,
    DateOnly Date,
    Dictionary<string, string> Purpose,
    OutcomeDto Outcome,
    string Time,
    IReadOnlyList<object> PeopleMet,
    IReadOnlyList<FollowUpDto> FollowUps);

/// <summary>Outcome as the document writes it.</summary>
internal sealed record OutcomeDto(
    string Kind,
    Dictionary<string, string> Summary,
    string? Agreement);

/// <summary>FollowUp as the document writes it.</summary>
internal sealed record FollowUpDto(
    Dictionary<string, string> Action,
    DateOnly Due,
    string With);

/// <summary>ExchangeProgram as the document writes it.</summary>
internal sealed record ExchangeProgramDto(
    IReadOnlyList<ExchangeProgramEventDto> History);

/// <summary>The event exchange-program.opened.</summary>
internal sealed record ExchangeProgramOpenedDto(
    string Program,
    DateOnly Date,
    string Kind,
    Dictionary<string, string> Title,
    string Host,
    string FoundingAgreement,
    long Capacity) : ExchangeProgramEventDto;

/// <summary>RecurringEvent as the document writes it.</summary>
internal sealed record RecurringEventDto(
    string Id,
    Dictionary<string, string> Name,
    string Organizer,
    RuleDto Rule,
    long FirstYear,
    IReadOnlyList<EditionDto> Editions);

/// <summary>Rule as the document writes it.</summary>
internal sealed record RuleDto(
    long Month,
    string? Day,
    string? Nth,
    string? Weekday);

/// <summary>Edition as the document writes it.</summary>
internal sealed record EditionDto(
    long Number,
    string Days,
    string Status,
    Dictionary<string, string> Venue,
    Dictionary<string, string>? Reason,
    string? PostponedFrom);

/// <summary>An event of one aggregate, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(GovernanceBodyEstablishedDto), "governance-body.established")]
[JsonDerivedType(typeof(GovernanceBodyMembershipAddedDto), "governance-body.membership-added")]
internal abstract record GovernanceBodyEventDto;

/// <summary>An event of one aggregate, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AgreementDraftedDto), "agreement.drafted")]
[JsonDerivedType(typeof(AgreementNegotiationStartedDto), "agreement.negotiation-started")]
[JsonDerivedType(typeof(AgreementSignedDto), "agreement.signed")]
internal abstract record AgreementEventDto;

/// <summary>An event of one aggregate, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ZonePlannedDto), "zone.planned")]
[JsonDerivedType(typeof(ZoneDesignationRequestedDto), "zone.designation-requested")]
[JsonDerivedType(typeof(ZoneDesignatedDto), "zone.designated")]
internal abstract record ZoneEventDto;

/// <summary>An event of one aggregate, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(VentureCompanyRegisteredDto), "venture-company.registered")]
[JsonDerivedType(typeof(VentureCompanySmeConfirmedDto), "venture-company.sme-confirmed")]
[JsonDerivedType(typeof(VentureCompanyConfirmedDto), "venture-company.confirmed")]
internal abstract record VentureCompanyEventDto;

/// <summary>An event of one aggregate, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FacilityOpenedDto), "facility.opened")]
[JsonDerivedType(typeof(FacilityTenantMovedInDto), "facility.tenant-moved-in")]
[JsonDerivedType(typeof(FacilityTenantMovedOutDto), "facility.tenant-moved-out")]
internal abstract record FacilityEventDto;

/// <summary>An event of one aggregate, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FundEstablishedDto), "fund.established")]
[JsonDerivedType(typeof(FundCommitmentMadeDto), "fund.commitment-made")]
[JsonDerivedType(typeof(FundInvestmentMadeDto), "fund.investment-made")]
internal abstract record FundEventDto;

/// <summary>An event of one aggregate, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SupportProgramLaunchedDto), "support-program.launched")]
[JsonDerivedType(typeof(SupportProgramRoundSelectedDto), "support-program.round-selected")]
[JsonDerivedType(typeof(SupportProgramParticipantJoinedDto), "support-program.participant-joined")]
internal abstract record SupportProgramEventDto;

/// <summary>An event of one aggregate, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CityPartnershipOpenedDto), "city-partnership.opened")]
[JsonDerivedType(typeof(CityPartnershipActivityRecordedDto), "city-partnership.activity-recorded")]
[JsonDerivedType(typeof(CityPartnershipAdvancedDto), "city-partnership.advanced")]
internal abstract record CityPartnershipEventDto;

/// <summary>An event of one aggregate, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExchangeProgramOpenedDto), "exchange-program.opened")]
internal abstract record ExchangeProgramEventDto;

/// <summary>The records' source-generated serializer, with the document's naming.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DocumentDto))]
internal sealed partial class DocumentDtoContext : JsonSerializerContext;

using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>A district as the document writes it: its code and name, then one array per register, every one required.</summary>
internal sealed record DistrictRecords(
    AdministrativeDistrictCode Code,
    LocalizedText Name,
    EquatableArray<Organization> Organizations,
    EquatableArray<GovernanceBody> GovernanceBodies,
    EquatableArray<Agreement> Agreements,
    EquatableArray<VenturePromotionZone> Zones,
    EquatableArray<VentureCompany> VentureCompanies,
    EquatableArray<Facility> Facilities,
    EquatableArray<Fund> Funds,
    EquatableArray<SupportProgram> SupportPrograms,
    EquatableArray<IndicatorValue> IndicatorValues,
    EquatableArray<CityPartnership> CityPartnerships,
    EquatableArray<OverseasTrip> OverseasTrips,
    EquatableArray<ExchangeProgram> ExchangePrograms,
    EquatableArray<RecurringEvent> RecurringEvents);

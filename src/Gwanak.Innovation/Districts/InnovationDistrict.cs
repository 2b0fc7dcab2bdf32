using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Districts;

/// <summary>
/// One district's records in one immutable value: its organisations, governance bodies, agreements, venture promotion
/// zones, venture companies, facilities, funds, support programmes, indicator values, city partnerships, overseas trips,
/// exchange programmes and recurring events. A portal loads it from a document or a store, asks it questions, and saves
/// it; adding or replacing a record returns a new district.
/// </summary>
/// <remarks>
/// Records refer to each other by id only; <see cref="Check"/> reports references that do not hold together
/// (<see cref="DistrictRules"/>) instead of refusing them, because records arrive one by one and in any order. Each list
/// keeps the order records were first added in; adding a record whose id is already there replaces it in place. Two districts
/// are equal when they hold the same records, in whatever order.
/// </remarks>
public sealed partial class InnovationDistrict : IEquatable<InnovationDistrict>
{
    private readonly Registers registers;

    private InnovationDistrict(AdministrativeDistrictCode code, LocalizedText name, Registers registers)
    {
        Code = code;
        Name = name;
        this.registers = registers;
    }

    /// <summary>The district's code, for example 11620 for Gwanak-gu.</summary>
    public AdministrativeDistrictCode Code { get; }

    /// <summary>The district's name, for example 관악구 / Gwanak-gu.</summary>
    public LocalizedText Name { get; }

    /// <summary>The organisations: partners, companies' parents, ministries, foreign cities and chambers.</summary>
    public IReadOnlyList<Organization> Organizations => registers.Organizations;

    /// <summary>The governance bodies.</summary>
    public IReadOnlyList<GovernanceBody> GovernanceBodies => registers.GovernanceBodies;

    /// <summary>The agreements.</summary>
    public IReadOnlyList<Agreement> Agreements => registers.Agreements;

    /// <summary>The venture promotion zones.</summary>
    public IReadOnlyList<VenturePromotionZone> Zones => registers.Zones;

    /// <summary>The venture companies (and the other SMEs the zone criteria count).</summary>
    public IReadOnlyList<VentureCompany> VentureCompanies => registers.VentureCompanies;

    /// <summary>The startup facilities.</summary>
    public IReadOnlyList<Facility> Facilities => registers.Facilities;

    /// <summary>The funds.</summary>
    public IReadOnlyList<Fund> Funds => registers.Funds;

    /// <summary>The support programmes.</summary>
    public IReadOnlyList<SupportProgram> SupportPrograms => registers.SupportPrograms;

    /// <summary>The recorded indicator values (one per indicator and day).</summary>
    public IReadOnlyList<IndicatorValue> IndicatorValues => registers.IndicatorValues;

    /// <summary>The city partnerships.</summary>
    public IReadOnlyList<CityPartnership> CityPartnerships => registers.CityPartnerships;

    /// <summary>The official overseas trips, with their delegations.</summary>
    public IReadOnlyList<OverseasTrip> OverseasTrips => registers.OverseasTrips;

    /// <summary>The exchange programmes.</summary>
    public IReadOnlyList<ExchangeProgram> ExchangePrograms => registers.ExchangePrograms;

    /// <summary>The recurring events.</summary>
    public IReadOnlyList<RecurringEvent> RecurringEvents => registers.RecurringEvents;

    /// <summary>A district without records.</summary>
    /// <param name="code">The district's code (a 5-digit si/gun/gu code such as 11620).</param>
    /// <param name="name">The district's name.</param>
    /// <returns>The district.</returns>
    /// <exception cref="ArgumentException">The code is default or not a district code, or the name is null.</exception>
    public static InnovationDistrict Create(AdministrativeDistrictCode code, LocalizedText name)
    {
        Guard.Against.Default(code);
        if (code.Level != AdministrativeLevel.District)
        {
            throw new ArgumentException($"{code} is not a district (시·군·구) code such as 11620.", nameof(code));
        }

        return new(code, Guard.Against.Null(name), Registers.Empty);
    }

    /// <summary>The organisation with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The organisation, or <see langword="null"/>.</returns>
    public Organization? FindOrganization(OrganizationId id) => registers.Organizations.TryGet(id, out var found) ? found : null;

    /// <summary>The governance body with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The body, or <see langword="null"/>.</returns>
    public GovernanceBody? FindGovernanceBody(OrganizationId id) => registers.GovernanceBodies.TryGet(id, out var found) ? found : null;

    /// <summary>The agreement with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The agreement, or <see langword="null"/>.</returns>
    public Agreement? FindAgreement(AgreementId id) => registers.Agreements.TryGet(id, out var found) ? found : null;

    /// <summary>The zone with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The zone, or <see langword="null"/>.</returns>
    public VenturePromotionZone? FindZone(ZoneId id) => registers.Zones.TryGet(id, out var found) ? found : null;

    /// <summary>The venture company with a business registration number.</summary>
    /// <param name="id">The number.</param>
    /// <returns>The company, or <see langword="null"/>.</returns>
    public VentureCompany? FindVentureCompany(BusinessRegistrationNumber id) => registers.VentureCompanies.TryGet(id, out var found) ? found : null;

    /// <summary>The facility with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The facility, or <see langword="null"/>.</returns>
    public Facility? FindFacility(FacilityId id) => registers.Facilities.TryGet(id, out var found) ? found : null;

    /// <summary>The fund with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The fund, or <see langword="null"/>.</returns>
    public Fund? FindFund(FundId id) => registers.Funds.TryGet(id, out var found) ? found : null;

    /// <summary>The support programme with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The programme, or <see langword="null"/>.</returns>
    public SupportProgram? FindSupportProgram(SupportProgramId id) => registers.SupportPrograms.TryGet(id, out var found) ? found : null;

    /// <summary>The city partnership with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The partnership, or <see langword="null"/>.</returns>
    public CityPartnership? FindCityPartnership(PartnershipId id) => registers.CityPartnerships.TryGet(id, out var found) ? found : null;

    /// <summary>The overseas trip with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The trip, or <see langword="null"/>.</returns>
    public OverseasTrip? FindOverseasTrip(TripId id) => registers.OverseasTrips.TryGet(id, out var found) ? found : null;

    /// <summary>The exchange programme with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The programme, or <see langword="null"/>.</returns>
    public ExchangeProgram? FindExchangeProgram(ExchangeProgramId id) => registers.ExchangePrograms.TryGet(id, out var found) ? found : null;

    /// <summary>The recurring event with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public RecurringEvent? FindRecurringEvent(RecurringEventId id) => registers.RecurringEvents.TryGet(id, out var found) ? found : null;

    /// <inheritdoc/>
    public bool Equals(InnovationDistrict? other)
        => other is not null && Code == other.Code && Name.Equals(other.Name) && registers.SameRecordsAs(other.registers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InnovationDistrict);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, registers.Count);

    /// <summary>The name and code.</summary>
    /// <returns>For example <c>관악구 (11620)</c>.</returns>
    public override string ToString() => $"{Name.Korean} ({Code})";

    private InnovationDistrict With(Registers changed) => new(Code, Name, changed);
}

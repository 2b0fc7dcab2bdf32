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

namespace Gwanak.Innovation.Districts;

/// <summary>Adding and replacing records: each returns a new district (one file of the class, for length).</summary>
public sealed partial class InnovationDistrict
{
    /// <summary>The district with an organisation added, or replacing the one with its id.</summary>
    /// <param name="organization">The organisation.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(Organization organization) => With(registers with { Organizations = registers.Organizations.With(Guard.Against.Null(organization)) });

    /// <summary>The district with several records added at once, each as <see cref="With(Organization)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="organizations">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<Organization> organizations) => With(registers with { Organizations = registers.Organizations.With(Guard.Against.Null(organizations), nameof(organizations)) });

    /// <summary>The district with a governance body added, or replacing the one with its id.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(GovernanceBody body) => With(registers with { GovernanceBodies = registers.GovernanceBodies.With(Guard.Against.Null(body)) });

    /// <summary>The district with several records added at once, each as <see cref="With(GovernanceBody)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="bodies">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<GovernanceBody> bodies) => With(registers with { GovernanceBodies = registers.GovernanceBodies.With(Guard.Against.Null(bodies), nameof(bodies)) });

    /// <summary>The district with an agreement added, or replacing the one with its id.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(Agreement agreement) => With(registers with { Agreements = registers.Agreements.With(Guard.Against.Null(agreement)) });

    /// <summary>The district with several records added at once, each as <see cref="With(Agreement)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="agreements">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<Agreement> agreements) => With(registers with { Agreements = registers.Agreements.With(Guard.Against.Null(agreements), nameof(agreements)) });

    /// <summary>The district with a venture promotion zone added, or replacing the one with its id.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(VenturePromotionZone zone) => With(registers with { Zones = registers.Zones.With(Guard.Against.Null(zone)) });

    /// <summary>The district with several records added at once, each as <see cref="With(VenturePromotionZone)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="zones">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<VenturePromotionZone> zones) => With(registers with { Zones = registers.Zones.With(Guard.Against.Null(zones), nameof(zones)) });

    /// <summary>The district with a venture company added, or replacing the one with its registration number.</summary>
    /// <param name="company">The company.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(VentureCompany company) => With(registers with { VentureCompanies = registers.VentureCompanies.With(Guard.Against.Null(company)) });

    /// <summary>The district with several records added at once, each as <see cref="With(VentureCompany)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="companies">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<VentureCompany> companies) => With(registers with { VentureCompanies = registers.VentureCompanies.With(Guard.Against.Null(companies), nameof(companies)) });

    /// <summary>The district with a facility added, or replacing the one with its id.</summary>
    /// <param name="facility">The facility.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(Facility facility) => With(registers with { Facilities = registers.Facilities.With(Guard.Against.Null(facility)) });

    /// <summary>The district with several records added at once, each as <see cref="With(Facility)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="facilities">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<Facility> facilities) => With(registers with { Facilities = registers.Facilities.With(Guard.Against.Null(facilities), nameof(facilities)) });

    /// <summary>The district with a fund added, or replacing the one with its id.</summary>
    /// <param name="fund">The fund.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(Fund fund) => With(registers with { Funds = registers.Funds.With(Guard.Against.Null(fund)) });

    /// <summary>The district with several records added at once, each as <see cref="With(Fund)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="funds">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<Fund> funds) => With(registers with { Funds = registers.Funds.With(Guard.Against.Null(funds), nameof(funds)) });

    /// <summary>The district with a support programme added, or replacing the one with its id.</summary>
    /// <param name="program">The programme.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(SupportProgram program) => With(registers with { SupportPrograms = registers.SupportPrograms.With(Guard.Against.Null(program)) });

    /// <summary>The district with several records added at once, each as <see cref="With(SupportProgram)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="programs">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<SupportProgram> programs) => With(registers with { SupportPrograms = registers.SupportPrograms.With(Guard.Against.Null(programs), nameof(programs)) });

    /// <summary>The district with an indicator value added, or replacing the value of that indicator on that day.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(IndicatorValue value) => With(registers with { IndicatorValues = registers.IndicatorValues.With(Guard.Against.Null(value)) });

    /// <summary>The district with several records added at once, each as <see cref="With(IndicatorValue)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="values">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<IndicatorValue> values) => With(registers with { IndicatorValues = registers.IndicatorValues.With(Guard.Against.Null(values), nameof(values)) });

    /// <summary>The district with a city partnership added, or replacing the one with its id.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(CityPartnership partnership) => With(registers with { CityPartnerships = registers.CityPartnerships.With(Guard.Against.Null(partnership)) });

    /// <summary>The district with several records added at once, each as <see cref="With(CityPartnership)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="partnerships">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<CityPartnership> partnerships) => With(registers with { CityPartnerships = registers.CityPartnerships.With(Guard.Against.Null(partnerships), nameof(partnerships)) });

    /// <summary>The district with an overseas trip added, or replacing the one with its id.</summary>
    /// <param name="trip">The trip.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(OverseasTrip trip) => With(registers with { OverseasTrips = registers.OverseasTrips.With(Guard.Against.Null(trip)) });

    /// <summary>The district with several records added at once, each as <see cref="With(OverseasTrip)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="trips">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<OverseasTrip> trips) => With(registers with { OverseasTrips = registers.OverseasTrips.With(Guard.Against.Null(trips), nameof(trips)) });

    /// <summary>The district with an exchange programme added, or replacing the one with its id.</summary>
    /// <param name="program">The programme.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(ExchangeProgram program) => With(registers with { ExchangePrograms = registers.ExchangePrograms.With(Guard.Against.Null(program)) });

    /// <summary>The district with several records added at once, each as <see cref="With(ExchangeProgram)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="programs">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<ExchangeProgram> programs) => With(registers with { ExchangePrograms = registers.ExchangePrograms.With(Guard.Against.Null(programs), nameof(programs)) });

    /// <summary>The district with a recurring event added, or replacing the one with its id.</summary>
    /// <param name="recurringEvent">The event.</param>
    /// <returns>The new district.</returns>
    [Transition]
    public InnovationDistrict With(RecurringEvent recurringEvent) => With(registers with { RecurringEvents = registers.RecurringEvents.With(Guard.Against.Null(recurringEvent)) });

    /// <summary>The district with several records added at once, each as <see cref="With(RecurringEvent)"/> adds one, in their order; the register is built once, not once per record.</summary>
    /// <param name="recurringEvents">The records.</param>
    /// <returns>The new district.</returns>
    /// <exception cref="System.ArgumentException">The sequence or one of its records is null.</exception>
    [Transition]
    public InnovationDistrict With(IEnumerable<RecurringEvent> recurringEvents) => With(registers with { RecurringEvents = registers.RecurringEvents.With(Guard.Against.Null(recurringEvents), nameof(recurringEvents)) });

    /// <summary>The district's registers, one per kind of record.</summary>
    private sealed record Registers(
        Register<OrganizationId, Organization> Organizations,
        Register<OrganizationId, GovernanceBody> GovernanceBodies,
        Register<AgreementId, Agreement> Agreements,
        Register<ZoneId, VenturePromotionZone> Zones,
        Register<BusinessRegistrationNumber, VentureCompany> VentureCompanies,
        Register<FacilityId, Facility> Facilities,
        Register<FundId, Fund> Funds,
        Register<SupportProgramId, SupportProgram> SupportPrograms,
        Register<(string Code, NodaTime.LocalDate Date), IndicatorValue> IndicatorValues,
        Register<PartnershipId, CityPartnership> CityPartnerships,
        Register<TripId, OverseasTrip> OverseasTrips,
        Register<ExchangeProgramId, ExchangeProgram> ExchangePrograms,
        Register<RecurringEventId, RecurringEvent> RecurringEvents)
    {
        public static Registers Empty { get; } = new(
            Register<OrganizationId, Organization>.Empty(o => o.Id),
            Register<OrganizationId, GovernanceBody>.Empty(b => b.Id),
            Register<AgreementId, Agreement>.Empty(a => a.Id),
            Register<ZoneId, VenturePromotionZone>.Empty(z => z.Id),
            Register<BusinessRegistrationNumber, VentureCompany>.Empty(c => c.Id),
            Register<FacilityId, Facility>.Empty(f => f.Id),
            Register<FundId, Fund>.Empty(f => f.Id),
            Register<SupportProgramId, SupportProgram>.Empty(p => p.Id),
            Register<(string Code, NodaTime.LocalDate Date), IndicatorValue>.Empty(v => (v.Indicator.Code, v.Date)),
            Register<PartnershipId, CityPartnership>.Empty(p => p.Id),
            Register<TripId, OverseasTrip>.Empty(t => t.Id),
            Register<ExchangeProgramId, ExchangeProgram>.Empty(p => p.Id),
            Register<RecurringEventId, RecurringEvent>.Empty(e => e.Id));

        public int Count => Organizations.Count + Agreements.Count + Facilities.Count + Funds.Count;

        public bool SameRecordsAs(Registers other)
            => Same(Organizations, other.Organizations) && Same(GovernanceBodies, other.GovernanceBodies)
               && Same(Agreements, other.Agreements) && Same(Zones, other.Zones)
               && Same(VentureCompanies, other.VentureCompanies) && Same(Facilities, other.Facilities)
               && Same(Funds, other.Funds) && Same(SupportPrograms, other.SupportPrograms)
               && Same(IndicatorValues, other.IndicatorValues) && Same(CityPartnerships, other.CityPartnerships)
               && Same(OverseasTrips, other.OverseasTrips) && Same(ExchangePrograms, other.ExchangePrograms)
               && Same(RecurringEvents, other.RecurringEvents);

        // A register is a set of records by key: the order records were added in is kept for display, not compared.
        private static bool Same<TKey, TValue>(Register<TKey, TValue> one, Register<TKey, TValue> other)
            where TKey : notnull
            => one.Count == other.Count && one.All(r => other.TryGet(one.KeyOf(r), out var same) && Equals(r, same));
    }
}

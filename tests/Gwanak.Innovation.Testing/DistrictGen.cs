using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Testing;

/// <summary>
/// Random valid districts of every shape: organisations, agreements, governance bodies, zones, venture companies,
/// facilities, funds, support programmes, indicator values, city partnerships, overseas trips, exchange programmes and
/// recurring events. Every record is built through the library's public API: an aggregate is founded by its factory and
/// taken through random transitions in their <c>Try…</c> form, keeping those the rules accept, so every history is one
/// the library itself wrote; values come from their public constructors.
/// </summary>
/// <remarks>
/// A record is drawn as a <see cref="Plan"/> of small numbers, so CsCheck shrinks a failing district towards fewer records,
/// fewer steps and smaller numbers. Texts mix Korean, English and other cultures with characters a JSON writer must escape;
/// every person's name starts with <see cref="PersonNameMarker"/> (in English) or <see cref="KoreanPersonNameMarker"/>
/// (in Korean), which no other text holds, so a test can tell whether a name left a document.
/// </remarks>
public static class DistrictGen
{
    /// <summary>The start of every generated person's name in English; no other generated text contains it.</summary>
    public const string PersonNameMarker = "Person-";

    /// <summary>The start of every generated person's name in Korean; no other generated text contains it.</summary>
    public const string KoreanPersonNameMarker = "성명";

    private static readonly LocalDate Origin = new(2019, 1, 1);
    private static readonly AdministrativeDistrictCode[] LegalDongs = [.. new[] { "1162010100", "1162010200", "1162010300" }.Select(AdministrativeDistrictCode.Parse)];
    private static readonly DateTimeZone SeoulZone = DateTimeZoneProviders.Tzdb["Asia/Seoul"];
    private static readonly Place Incheon = Place.Of("인천국제공항", "Incheon International Airport", "KR", "Asia/Seoul");

    // Each destination: the airport, the city the delegation stays in (same zone) and the hours of the flight from Incheon.
    private static readonly (Place Airport, Place City, int Hours)[] Destinations =
    [
        (Place.Of("샌프란시스코 국제공항", "San Francisco International Airport", "US", "America/Los_Angeles"), Place.Of("산호세", "San Jose", "US", "America/Los_Angeles"), 11),
        (Place.Of("나리타 국제공항", "Narita International Airport", "JP", "Asia/Tokyo"), Place.Of("도쿄", "Tokyo", "JP", "Asia/Tokyo"), 2),
        (Place.Of("프랑크푸르트 공항", "Frankfurt Airport", "DE", "Europe/Berlin"), Place.Of("베를린", "Berlin", "DE", "Europe/Berlin"), 14),
    ];

    // Texts a writer must get right: quotes, backslashes, control characters, HTML, surrogate pairs, combining marks, RTL.
    private static readonly string[] Words =
    [
        "혁신", "Innovation", "\"quoted\" \\ back\\slash", "line\nbreak\ttab", "<script>&amp;</script>", "emoji 🚀🇰🇷", "e\u0301 combining",
        "עברית", "\u0001\u001f control", "  spaced  ", "관악S밸리", "100%", "'single'", "日本語テキスト", "Ω≈ç√∫", "\u2028\u2029 separators",
    ];

    private static readonly string[] OtherCultures = ["ja", "zh-Hans", "fr", "de-DE", "es-419"];

    /// <summary>One step of a plan: which transition, how many days after the previous event, and two free numbers.</summary>
    /// <param name="Kind">Which transition (taken modulo the aggregate's number of transitions).</param>
    /// <param name="Days">Days after the previous event.</param>
    /// <param name="A">A free number.</param>
    /// <param name="B">Another free number.</param>
    public sealed record Step(int Kind, int Days, int A, int B);

    /// <summary>How to build one record: the numbers it is founded with, then its steps.</summary>
    /// <param name="Head">The founding numbers.</param>
    /// <param name="Steps">The transitions tried after founding.</param>
    public sealed record Plan(Step Head, Step[] Steps);

    /// <summary>Random steps.</summary>
    public static readonly Gen<Step> Steps = Gen.Select(Gen.Int[0, 99], Gen.Int[0, 120], Gen.Int[0, 999], Gen.Int[0, 999], (kind, days, a, b) => new Step(kind, days, a, b));

    /// <summary>Random plans of up to 16 steps.</summary>
    public static readonly Gen<Plan> Plans = Gen.Select(Steps, Steps.Array[0, 16], (head, steps) => new Plan(head, steps));

    /// <summary>Valid districts of Gwanak-gu with up to four records in each register (at least three organisations).</summary>
    public static readonly Gen<InnovationDistrict> Districts =
        Gen.Select(Gen.Int[0, 999], Plans.Array[3, 8], Plans.Array[0, 4].Array[12], (name, organizations, registers) => Build(name, organizations, registers));

    /// <summary>Builds the district a set of plans describes (what <see cref="Districts"/> generates).</summary>
    /// <param name="name">Picks the district's name.</param>
    /// <param name="organizations">One plan per organisation.</param>
    /// <param name="registers">Twelve lists of plans, one per register after the organisations.</param>
    /// <returns>The district.</returns>
    public static InnovationDistrict Build(int name, Plan[] organizations, Plan[][] registers)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(registers);
        var district = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, Text(name));
        var context = new Context(organizations.Length);
        for (int i = 0; i < organizations.Length; i++)
        {
            district = district.With(Organization(i, organizations[i].Head));
        }

        Plan[] At(int register) => register < registers.Length ? registers[register] : [];
        district = Add(district, At(0), (i, p) => GovernanceBody(context, i, p), (d, r) => d.With(r));
        district = Add(district, At(1), (i, p) => Agreement(context, i, p), (d, r) => d.With(r));
        district = Add(district, At(2), (i, p) => Zone(context, i, p), (d, r) => d.With(r));
        district = Add(district, At(3), (i, p) => VentureCompany(context, i, p), (d, r) => d.With(r));
        district = Add(district, At(4), (i, p) => Facility(context, i, p), (d, r) => d.With(r));
        district = Add(district, At(5), (i, p) => Fund(context, i, p), (d, r) => d.With(r));
        district = Add(district, At(6), (i, p) => SupportProgram(context, i, p), (d, r) => d.With(r));
        district = Add(district, At(7), (i, p) => IndicatorValue(i, p), (d, r) => d.With(r));
        district = Add(district, At(8), (i, p) => CityPartnership(context, i, p), (d, r) => d.With(r));
        district = Add(district, At(9), (i, p) => Trip(context, i, p), (d, r) => d.With(r));
        district = Add(district, At(10), (i, p) => ExchangeProgram(context, i, p), (d, r) => d.With(r));
        return Add(district, At(11), (i, p) => RecurringEvent(context, i, p), (d, r) => d.With(r));
    }

    /// <summary>A person's name, unique to <paramref name="n"/>, in Korean and English (or in English alone).</summary>
    /// <param name="n">Which person.</param>
    /// <returns>The name.</returns>
    public static PersonName Person(int n)
    {
        string letters = Letters(n);
        return n % 3 == 0
            ? PersonName.Of("en", $"{PersonNameMarker}{letters} \"{Words[n % Words.Length]}\"")
            : PersonName.Create($"{KoreanPersonNameMarker}{Hangul(n)}", $"{PersonNameMarker}{letters}");
    }

    private static InnovationDistrict Add<T>(InnovationDistrict district, Plan[] plans, Func<int, Plan, T> build, Func<InnovationDistrict, T, InnovationDistrict> with)
    {
        for (int i = 0; i < plans.Length; i++)
        {
            district = with(district, build(i, plans[i]));
        }

        return district;
    }

    private static Organization Organization(int i, Step s)
    {
        var kinds = Enum.GetValues<OrganizationKind>();
        var sectors = Enum.GetValues<HelixSector>();
        bool korean = s.A % 4 != 0;
        return new Organization(
            Context.OrganizationId(i),
            Text(s.B),
            kinds[s.Kind % kinds.Length],
            sectors[s.A % sectors.Length],
            korean ? "KR" : (s.A % 8 == 0 ? "US" : "jp"),
            korean && s.B % 2 == 0 ? AdministrativeDistrictCode.Seoul.Gwanak : null,
            korean && s.B % 3 == 0 ? BusinessNumber(s.A) : null,
            korean && s.B % 5 == 0 ? CorporateNumber(s.A + s.B) : null);
    }

    private static GovernanceBody GovernanceBody(Context c, int i, Plan plan)
    {
        var date = Day(plan.Head);
        var body = Innovation.Governance.GovernanceBody.Create(new OrganizationId($"body-{i}"), date, Text(plan.Head.A));
        var sectors = Enum.GetValues<HelixSector>();
        var added = new List<Membership>();
        foreach (var s in plan.Steps)
        {
            date = date.PlusDays(s.Days);
            switch (s.Kind % 4)
            {
                case 0:
                    body = Keep(body, body.TryAddPost(date, new Post($"post-{s.A % 3}", Text(s.B))));
                    break;
                case 3 when added.Count > 0:
                    var open = added[s.A % added.Count];
                    body = Keep(body, body.TryEndMembership(date, open.Organization, open.Period.Start, open.Person));
                    break;
                default:
                    var membership = new Membership(
                        c.Organization(s.A),
                        sectors[s.B % sectors.Length],
                        Text(s.B),
                        s.A % 5 == 0 ? new DateRange(date, date.PlusDays(30 + s.B)) : new DateRange(date),
                        s.B % 2 == 0 ? Person(s.A + s.B) : null,
                        s.A % 3 == 0 ? $"post-{s.B % 3}" : null);
                    var next = body.TryAddMembership(membership);
                    if (next.IsAccepted)
                    {
                        added.Add(membership);
                    }

                    body = Keep(body, next);
                    break;
            }
        }

        return body;
    }

    private static Agreement Agreement(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        var date = Day(h);
        var parties = new[] { c.Organization(h.A), c.Organization(h.A + 1), c.Organization(h.A + 2) }.Distinct().Take(2 + (h.B % 2)).ToArray();
        var kinds = Enum.GetValues<AgreementKind>();
        var categories = Enum.GetValues<CommitmentCategory>();
        var binding = (h.B % 3) switch
        {
            0 => AgreementBinding.NonBinding,
            1 => AgreementBinding.NonBindingExcept("confidentiality", Words[h.A % Words.Length]),
            _ => new AgreementBinding(true),
        };
        var terms = new AgreementTerms(
            h.A % 3 == 0 ? null : date.PlusDays(h.B % 60),
            Period.FromMonths(1 + (h.A % 36)) + Period.FromDays(h.B % 5),
            Period.FromMonths(h.B % 4),
            (h.A % 4) switch { 0 => null, 1 => Period.FromYears(1), 2 => Period.FromWeeks(6), _ => Period.FromMonths(1 + (h.B % 12)) },
            h.B % 5 == 0 ? PeriodCounting.FirstDayIncluded : PeriodCounting.CivilCode);
        var agreement = Innovation.Agreements.Agreement.Create(
            new AgreementId($"agreement-{i}"),
            date,
            kinds[h.Kind % kinds.Length],
            Text(h.A),
            parties,
            [new Commitment(parties[h.B % parties.Length], categories[h.A % categories.Length], Text(h.B)), .. h.A % 2 == 0 ? [new Commitment(parties[0], categories[h.B % categories.Length], Text(h.A + 7))] : Array.Empty<Commitment>()],
            binding,
            terms);

        // Half the agreements are negotiated and signed by every party first, so the steps after meet signed ones too.
        IEnumerable<Step> steps = h.Kind % 2 == 0
            ? [new Step(0, 1, 0, 0), .. parties.Select((_, p) => new Step(1, p == 0 ? 1 : 0, p, h.B + p)), .. plan.Steps]
            : plan.Steps;
        foreach (var s in steps)
        {
            date = date.PlusDays(s.Days);
            var party = s.Kind % 9 is 1 or 2 ? parties[s.A % parties.Length] : c.Organization(s.A);
            agreement = (s.Kind % 9) switch
            {
                0 => Keep(agreement, agreement.TryStartNegotiation(date)),
                1 or 2 => Keep(agreement, agreement.TrySign(new Signature(party, Person(s.B), date.At(new LocalTime(9 + (s.B % 9), s.A % 60)).InZoneLeniently(Zone(s.A))))),
                3 => Keep(agreement, agreement.TryCancel(date, Text(s.B))),
                4 => Keep(agreement, agreement.TryGiveTerminationNotice(date, parties[s.A % parties.Length])),
                5 => Keep(agreement, agreement.TryRenew(date, Period.FromMonths(1 + (s.B % 24)))),
                6 => Keep(agreement, agreement.TryAmend(date, Text(s.B), agreement.Terms.WithTerminationNotice(Period.FromDays(s.A % 90)), agreement.Commitments)),
                7 => Keep(agreement, agreement.TryAmend(date, Text(s.A), agreement.Terms.WithAutomaticRenewal(s.B % 2 == 0 ? null : Period.FromMonths(1 + (s.B % 12))), [.. agreement.Commitments, new Commitment(parties[s.B % parties.Length], categories[s.A % categories.Length], Text(s.B))])),
                _ => Keep(agreement, agreement.TryGiveNonRenewalNotice(date, parties[s.A % parties.Length])),
            };
        }

        return agreement;
    }

    private static VenturePromotionZone Zone(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        var date = Day(h);
        var zone = VenturePromotionZone.Create(
            new ZoneId($"zone-{i}"),
            date,
            Text(h.A),
            AdministrativeDistrictCode.Seoul.Gwanak,
            Area(h.B),
            [Text(h.A + 1), .. h.B % 2 == 0 ? [Text(h.B)] : Array.Empty<LocalizedText>()],
            [Text(h.B + 3)],
            LegalDongs[..(1 + (h.A % LegalDongs.Length))],
            [c.Organization(h.B)]);

        // Most zones are requested first, so that designation, amendment and its end are reached.
        IEnumerable<Step> steps = h.Kind % 3 == 0 ? plan.Steps : [new Step(0, 30, h.A, h.B), new Step(1, 60, h.A, h.B), .. plan.Steps];
        foreach (var s in steps)
        {
            date = date.PlusDays(s.Days);
            zone = (s.Kind % 5) switch
            {
                0 => Keep(zone, zone.TryRequestDesignation(date, c.Organization(s.A))),
                1 => Keep(zone, zone.TryDesignate(date, c.Organization(s.B), Notice(s.A))),
                2 => Keep(zone, zone.TryAmendArea(date, Area(s.A), LegalDongs[(s.B % LegalDongs.Length)..], Notice(s.B))),
                3 => Keep(zone, zone.TryLift(date, Notice(s.A), Words[s.B % Words.Length])),
                _ => Keep(zone, zone.TryRevoke(date, Notice(s.B), Words[s.A % Words.Length])),
            };
        }

        return zone;
    }

    private static VentureCompany VentureCompany(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        var date = Day(h);
        TechnologyField[] fields = [TechnologyField.ArtificialIntelligence, TechnologyField.Semiconductors, TechnologyField.Biotechnology, TechnologyField.Robotics, TechnologyField.Software, TechnologyField.Content];
        var company = Innovation.Ventures.VentureCompany.Create(
            c.Company(i),
            date,
            Text(h.A),
            LegalDongs[h.B % LegalDongs.Length],
            [fields[h.A % fields.Length], .. h.B % 2 == 0 ? [new TechnologyField($"field-{h.B % 7}", Text(h.B), h.A % 2 == 0)] : Array.Empty<TechnologyField>()],
            h.B % 300,
            h.Kind % 5 != 0);
        var types = Enum.GetValues<VentureConfirmationType>();
        var confirmed = new List<VentureConfirmation>();
        foreach (var s in plan.Steps)
        {
            date = date.PlusDays(s.Days);
            switch (s.Kind % 4)
            {
                case 0:
                    company = Keep(company, company.TryConfirmSme(new SmeConfirmation(date, new LocalDate(date.Year - 1, 12, 31))));
                    break;
                case 1:
                    var confirmation = new VentureConfirmation(types[s.A % types.Length], date);
                    var next = company.TryConfirm(confirmation);
                    if (next.IsAccepted)
                    {
                        confirmed.Add(confirmation);
                    }

                    company = Keep(company, next);
                    break;
                case 2 when confirmed.Count > 0:
                    company = Keep(company, company.TryCancelConfirmation(date, confirmed[s.B % confirmed.Count]));
                    break;
                default:
                    company = Keep(company, company.TryReportEmployees(date, s.B % 500));
                    break;
            }
        }

        return company;
    }

    private static Facility Facility(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        var date = Day(h);
        var kinds = Enum.GetValues<FacilityKind>();
        var facility = Innovation.Ecosystem.Facility.Create(new FacilityId($"facility-{i}"), date, Text(h.A), kinds[h.Kind % kinds.Length], c.Organization(h.B), LegalDongs[h.A % LegalDongs.Length], h.B % 2 == 0, 1 + (h.A % 6));
        foreach (var s in plan.Steps)
        {
            date = date.PlusDays(s.Days);
            var tenant = c.Company(s.A);
            facility = (s.Kind % 3) switch
            {
                0 => Keep(facility, facility.TryMoveIn(date, tenant, s.B % 3 == 0 ? date.PlusDays(30 + s.B) : null)),
                1 => Keep(facility, facility.TryMoveIn(date, tenant)),
                _ => Keep(facility, facility.TryMoveOut(date, tenant)),
            };
        }

        return facility;
    }

    private static Fund Fund(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        var date = Day(h);
        var currency = h.B % 4 == 0 ? Currency.Usd : Currency.Krw;
        decimal unit = currency == Currency.Krw ? 100_000_000m : 100_000m;
        var fund = Innovation.Ecosystem.Fund.Create(
            new FundId($"fund-{i}"),
            date,
            Text(h.A),
            c.Organization(h.B),
            new Money((50 + (h.A % 200)) * unit, currency),
            Period.FromYears(4 + (h.A % 6)),
            h.B % 3 == 0 ? null : Period.FromYears(1 + (h.B % 4)));
        Money Amount(int n) => new(((1 + (n % 40)) * unit) + (n % 7 == 0 ? 0.5m * unit : 0m), currency);

        // Most funds take commitments first, so that investments, exits and distributions are reached.
        IEnumerable<Step> steps = h.Kind % 4 == 0 ? plan.Steps : [new Step(0, 0, h.A, 30 + h.B), new Step(1, 30, h.B, h.A), .. plan.Steps];
        foreach (var s in steps)
        {
            date = date.PlusDays(s.Days);
            fund = (s.Kind % 6) switch
            {
                0 => Keep(fund, fund.TryCommit(date, c.Organization(s.A), Amount(s.B))),
                1 => Keep(fund, fund.TryInvest(date, c.Company(s.A), Amount(s.B))),
                2 => fund.Investments.Count == 0 ? fund : Keep(fund, fund.TryExit(date, fund.Investments[s.A % fund.Investments.Count].Company, fund.Investments[s.A % fund.Investments.Count].Amount, Amount(s.B))),
                3 => fund.Commitments.Count == 0 ? fund : Keep(fund, fund.TryDistribute(date, fund.Commitments[s.A % fund.Commitments.Count].Contributor, Amount(s.B))),
                4 => fund.Commitments.Count == 0 ? fund : Keep(fund, fund.TryReturnCapital(date, fund.Commitments[s.A % fund.Commitments.Count].Contributor, Amount(s.B))),
                _ => Keep(fund, fund.TryExtendTerm(date, Period.FromYears(1 + (s.A % 2)))),
            };
        }

        return fund;
    }

    private static SupportProgram SupportProgram(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        var date = Day(h);
        var program = Innovation.Ecosystem.SupportProgram.Create(new SupportProgramId($"program-{i}"), date, Text(h.A), c.Organization(h.B));
        int round = 0;
        foreach (var s in plan.Steps)
        {
            date = date.PlusDays(s.Days);
            switch (s.Kind % 3)
            {
                case 0:
                    var next = program.TrySelectForRound(date, round + 1, s.A % 4 == 0 ? new DateRange(date.PlusDays(1)) : new DateRange(date.PlusDays(1), date.PlusDays(1 + (s.B % 900))));
                    round += next.IsAccepted ? 1 : 0;
                    program = Keep(program, next);
                    break;
                case 1:
                    program = Keep(program, program.TryAddCompany(date, 1 + (s.A % Math.Max(1, round)), c.Company(s.B)));
                    break;
                default:
                    program = Keep(program, program.TryAddOrganization(date, 1 + (s.A % Math.Max(1, round)), c.Organization(s.B)));
                    break;
            }
        }

        return program;
    }

    private static IndicatorValue IndicatorValue(int i, Plan plan)
    {
        var h = plan.Head;
        Indicator[] known = [Indicator.YouthPopulationShare, Indicator.VentureCompaniesInZone, Indicator.StartupFacilities, Indicator.ZoneArea, Indicator.CampusTownSelections, Indicator.AgreementsInForce];
        var categories = Enum.GetValues<InnovationAssetCategory>();
        var indicator = h.Kind % 3 == 0
            ? new Indicator($"custom-indicator-{h.A % 5}", Text(h.A), Words[h.B % Words.Length], categories[h.B % categories.Length])
            : known[h.A % known.Length];
        decimal value = (h.B % 4) switch
        {
            0 => h.A,
            1 => -h.A / 7m,
            2 => 0.0000000000000000000000000001m * h.A,
            _ => decimal.MaxValue / (1 + h.A),
        };

        // The register keys values by indicator and day: the day follows the record's position.
        return new IndicatorValue(indicator, Origin.PlusDays((i * 400) + (h.Days % 400)), value, Words[h.A % Words.Length]);
    }

    private static CityPartnership CityPartnership(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        var date = Day(h);
        var city = new PartnerCity(Text(h.A), (h.B % 3) switch { 0 => "US", 1 => "JP", _ => "DE" }, h.A % 2 == 0 ? Text(h.B) : null, h.B % 2 == 0 ? c.Organization(h.A) : null);
        var partnership = Innovation.Exchange.CityPartnership.Create(new PartnershipId($"partnership-{i}"), date, AdministrativeDistrictCode.Seoul.Gwanak, city, Words[h.B % Words.Length]);
        var stages = new[] { PartnershipStage.LetterOfIntent, PartnershipStage.FriendshipCity, PartnershipStage.SisterCity };
        foreach (var s in plan.Steps)
        {
            date = date.PlusDays(s.Days);
            string? note = s.B % 3 == 0 ? null : Words[s.B % Words.Length];
            var policy = (s.A % 3) switch
            {
                0 => PartnershipPolicy.Default,
                1 => PartnershipPolicy.FriendshipByResolution(Origin.PlusDays(s.B)),
                _ => new PartnershipPolicy(s.B % 2 == 0, Origin.PlusDays(s.A)),
            };
            partnership = (s.Kind % 8) switch
            {
                0 or 1 => Keep(partnership, partnership.TryAdvanceTo(date, stages[s.A % stages.Length], policy, s.B % 4 == 0 ? null : new AgreementId($"partnership-agreement-{s.B % 5}"), note)),
                2 => Keep(partnership, partnership.TryRecordActivity(date, Words[s.A % Words.Length])),
                3 or 4 => Keep(partnership, partnership.TryRecordCouncilResolution(new CouncilResolution(date, $"의안 제{s.A}호", stages[1 + (s.B % 2)]))),
                5 => Keep(partnership, partnership.TryGoDormant(date, note)),
                6 => Keep(partnership, partnership.TryRevive(date, note)),
                _ => s.A % 3 == 0 ? Keep(partnership, partnership.TryEnd(date, note)) : partnership,
            };
        }

        return partnership;
    }

    private static OverseasTrip Trip(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        var (airport, city, hours) = Destinations[h.A % Destinations.Length];
        var departure = Day(h).At(new LocalTime(8 + (h.B % 12), (h.B * 7) % 60)).InZoneStrictly(SeoulZone);
        var landed = departure.ToInstant().Plus(Duration.FromHours(hours)).InZone(airport.Zone);
        var inCity = landed.ToInstant().Plus(Duration.FromMinutes(60 + (h.B % 60))).InZone(city.Zone);
        int nights = 1 + (h.Kind % 6);
        var firstNight = inCity.Date;
        var leaveCity = firstNight.PlusDays(nights).At(new LocalTime(12, 0)).InZoneStrictly(city.Zone);
        var toAirport = leaveCity.ToInstant().Plus(Duration.FromMinutes(90)).InZone(airport.Zone);
        var flightHome = toAirport.ToInstant().Plus(Duration.FromHours(2)).InZone(airport.Zone);
        var home = flightHome.ToInstant().Plus(Duration.FromHours(hours)).InZone(SeoulZone);
        var modes = Enum.GetValues<TravelMode>();
        var itinerary = new Itinerary(
            [
                new TravelLeg(TravelMode.Flight, Incheon, airport, departure, landed, $"KE{h.A:D3}"),
                new TravelLeg(modes[h.B % modes.Length], airport, city, landed.ToInstant().Plus(Duration.FromMinutes(30)).InZone(airport.Zone), inCity),
                new TravelLeg(TravelMode.Ground, city, airport, leaveCity, toAirport),
                new TravelLeg(TravelMode.Flight, airport, Incheon, flightHome, home, h.B % 2 == 0 ? null : $"OZ{h.B:D3}"),
            ],
            [new Stay(city, Text(h.B), firstNight, nights, h.A % 3 == 0 ? new CheckOutPolicy(new LocalTime(12, 0), Origin) : null)]);
        var outcomes = Enum.GetValues<VisitOutcomeKind>();
        var visits = plan.Steps.Take(nights - 1).Select((s, v) => new Visit(
            c.Organization(s.A),
            city,
            firstNight.PlusDays(1 + v),
            Text(s.B),
            new VisitOutcome(outcomes[s.Kind % outcomes.Length], Text(s.A), outcomes[s.Kind % outcomes.Length] == VisitOutcomeKind.AgreementSigned ? new AgreementId($"agreement-{s.A % 4}") : null),
            s.B % 2 == 0 ? new LocalTime(10, 0) : null,
            s.A % 2 == 0 ? [new PersonInRole(Text(s.A), c.Organization(s.B), s.B % 3 == 0 ? null : Person(s.A * 3))] : default,
            s.A % 3 == 0 ? [new FollowUp(Text(s.B), firstNight.PlusDays(1 + v + (s.B % 30)), s.B % 2 == 0 ? c.Organization(s.A) : null)] : default)).ToArray();
        var members = Enumerable.Range(0, 1 + (h.B % 3)).Select(m => new PersonInRole(Text(h.A + m), m % 2 == 0 ? c.Organization(h.B + m) : null, m == 1 ? null : Person((h.A * 5) + m))).ToArray();
        return new OverseasTrip(new TripId($"trip-{i}"), Text(h.B), new Delegation(Text(h.A), [.. members], members.Length + (h.A % 5)), itinerary, [.. visits]);
    }

    private static ExchangeProgram ExchangeProgram(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        var date = Day(h);
        var kinds = Enum.GetValues<ExchangeProgramKind>();
        var program = Innovation.Exchange.ExchangeProgram.Create(new ExchangeProgramId($"exchange-{i}"), date, kinds[h.Kind % kinds.Length], Text(h.A), c.Organization(h.B), new AgreementId($"agreement-{h.A % 4}"), 1 + (h.B % 4));
        ProgramParticipant Participant(int n) => new(Person(1000 + (i * 10) + (n % 5)), n % 2 == 0 ? c.Organization(n) : null);
        foreach (var s in plan.Steps)
        {
            date = date.PlusDays(s.Days);
            program = (s.Kind % 3) switch
            {
                0 or 1 => Keep(program, program.TryEnroll(date, Participant(s.A), s.B % 3 == 0 ? new DateRange(date.PlusDays(s.B % 20)) : new DateRange(date.PlusDays(s.B % 20), date.PlusDays(20 + s.B)))),
                _ => Keep(program, program.TryWithdraw(date, Participant(s.A), date.PlusDays(s.B % 10))),
            };
        }

        return program;
    }

    private static RecurringEvent RecurringEvent(Context c, int i, Plan plan)
    {
        var h = plan.Head;
        int month = 1 + (h.A % 12);
        var rule = (h.Kind % 3) switch
        {
            0 => RecurrenceRule.EveryYearIn(month),
            1 => RecurrenceRule.EveryYearOn(month, 1 + (h.B % 28)),
            _ => RecurrenceRule.EveryYearOnNth(month, 1 + (h.B % 4), (IsoDayOfWeek)(1 + (h.A % 7))),
        };
        int firstYear = 1990 + (h.B % 30);
        var statuses = Enum.GetValues<EditionStatus>();
        var editions = new List<EventEdition>();
        int year = firstYear + (h.A % 5);
        foreach (var s in plan.Steps)
        {
            year += 1 + (s.Days % 3);
            var status = statuses[s.Kind % statuses.Length];

            // Days in the rule's month fit an every-month rule; any other days carry their reason.
            var start = new LocalDate(year, month, 3 + (s.A % 23));
            bool fits = h.Kind % 3 == 0;
            bool postponed = s.B % 7 == 0;
            bool reasoned = !fits || status != EditionStatus.InPerson || postponed || s.B % 2 == 0;
            editions.Add(new EventEdition(
                s.B % 5 == 0 ? null : year - firstYear + 1,
                new DateRange(start, start.PlusDays(s.B % 4)),
                status,
                s.A % 2 == 0 ? Text(s.A) : null,
                reasoned ? Text(s.B) : null,
                postponed ? new DateRange(new LocalDate(year, month, 1), new LocalDate(year, month, 2)) : null));
        }

        return new RecurringEvent(new RecurringEventId($"recurring-{i}"), Text(h.A), c.Organization(h.B), rule, firstYear, [.. editions]);
    }

    private static T Keep<T>(T current, Decision<T> decision)
        where T : class
        => decision.TryGetValue(out var next) ? next! : current;

    private static LocalDate Day(Step s) => Origin.PlusDays(((s.A * 7) + s.Days) % 1500);

    private static decimal Area(int n) => 0.1m + (n % 200 / 100m);

    private static string Notice(int n) => $"고시 제{2019 + (n % 6)}-{n}호";

    private static DateTimeZone Zone(int n) => DateTimeZoneProviders.Tzdb[(n % 3) switch { 0 => "Asia/Seoul", 1 => "America/Los_Angeles", _ => "Europe/Berlin" }];

    /// <summary>A text in Korean and English, sometimes with another culture or in one culture alone.</summary>
    private static LocalizedText Text(int n)
    {
        string word = Words[n % Words.Length];
        var text = LocalizedText.Create($"{Words[0]} {n} {word}", $"Text {n} {word}");
        return (n % 5) switch
        {
            0 => text.With(OtherCultures[n % OtherCultures.Length], $"{word} {n}"),
            1 => LocalizedText.Of(OtherCultures[n % OtherCultures.Length], $"{word} {n}"),
            _ => text,
        };
    }

    private static string Letters(int n)
    {
        var letters = new System.Text.StringBuilder();
        do
        {
            letters.Append((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return letters.ToString();
    }

    private static string Hangul(int n)
    {
        var syllables = new System.Text.StringBuilder();
        do
        {
            syllables.Append((char)(0xAC00 + (n % 11_172)));
            n /= 11_172;
        }
        while (n > 0);
        return syllables.ToString();
    }

    /// <summary>The business registration number for a serial: nine digits, and the check digit the parser accepts.</summary>
    private static BusinessRegistrationNumber BusinessNumber(int serial)
    {
        string nine = string.Create(CultureInfo.InvariantCulture, $"{101 + (serial % 800):D3}{81 + (serial % 7):D2}{1 + serial:D4}");
        return Enumerable.Range(0, 10).Select(d => BusinessRegistrationNumber.TryParse(nine + d.ToString(CultureInfo.InvariantCulture), out var number) ? number : (BusinessRegistrationNumber?)null).First(n => n is not null)!.Value;
    }

    /// <summary>The corporate registration number for a serial: twelve digits, and the check digit the parser accepts.</summary>
    private static CorporateRegistrationNumber CorporateNumber(int serial)
    {
        string twelve = string.Create(CultureInfo.InvariantCulture, $"110111{serial % 1_000_000:D6}");
        return Enumerable.Range(0, 10).Select(d => CorporateRegistrationNumber.TryParse(twelve + d.ToString(CultureInfo.InvariantCulture), out var number) ? number : (CorporateRegistrationNumber?)null).First(n => n is not null)!.Value;
    }

    /// <summary>The ids records of one district refer to: its organisations and a pool of companies.</summary>
    private sealed class Context(int organizations)
    {
        private static readonly BusinessRegistrationNumber[] Companies = [.. Enumerable.Range(0, 8).Select(n => BusinessNumber(5000 + n))];

        public static OrganizationId OrganizationId(int i) => new($"org-{i}");

        public OrganizationId Organization(int n) => OrganizationId(n % organizations);

        public BusinessRegistrationNumber Company(int n) => Companies[n % Companies.Length];
    }
}

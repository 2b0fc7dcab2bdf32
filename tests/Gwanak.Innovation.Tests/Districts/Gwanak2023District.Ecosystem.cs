using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Organizations;
using Gwanak.Innovation.Tests.Zones;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Tests.Districts;

/// <summary>The ecosystem of the 2023 district: the zone, its companies, the facilities, the funds, Campus Town and the indicator values.</summary>
internal static partial class Gwanak2023District
{
    public static readonly LocalDate DesignationDay = Gwanak2023Zone.DesignationDay;

    /// <summary>The zone designated on 2022-01-10 (planning and request days illustrative, as <see cref="Gwanak2023Zone"/> says).</summary>
    public static VenturePromotionZone Zone() => Gwanak2023Zone.DesignatedZone();

    /// <summary>
    /// The SME confirmation each company holds at designation: issued on 2021-04-01 on the figures of 2020, so holding
    /// through 2022-03-31 (illustrative day).
    /// </summary>
    public static readonly SmeConfirmation SmeConfirmedFor2021 = new(new LocalDate(2021, 4, 1), new LocalDate(2020, 12, 31));

    /// <summary>The SME confirmations of the years after, each issued on 1 April on the figures of the year before.</summary>
    private static readonly SmeConfirmation[] SmeConfirmedLater =
        [new(new LocalDate(2022, 4, 1), new LocalDate(2021, 12, 31)), new(new LocalDate(2023, 4, 1), new LocalDate(2022, 12, 31))];

    /// <summary>
    /// The 1,000 SMEs in the zone's legal dongs the criteria count at designation, each confirmed as an SME for that day and
    /// again each year after, 112 of them confirmed venture companies (the figure the article's designation reported) and
    /// 111 of them confirmed again in 2023 when the first confirmation ended; the companies are illustrative, the first one, Gwanak
    /// Robotics, the story's example of incentives.
    /// </summary>
    public static IReadOnlyList<VentureCompany> Companies()
    {
        var companies = new List<VentureCompany>();
        for (int i = 0; i < 1_000; i++)
        {
            var company = VentureCompany.Create(
                Gwanak2023Zone.Brn(i, taxOffice: 220),
                new LocalDate(2016, 4, 1),
                i == 0 ? LocalizedText.Create("관악로보틱스", "Gwanak Robotics (illustrative)") : LocalizedText.Create($"관악기업 {i} (예시)", $"Gwanak Company {i} (illustrative)"),
                i % 2 == 0 ? Gwanak2023Zone.Bongcheon : Gwanak2023Zone.Sillim,
                [i % 3 == 0 ? TechnologyField.Robotics : TechnologyField.Software],
                4 + (i % 30));
            company = company.ConfirmSme(SmeConfirmedFor2021);
            company = i < 112 ? company.Confirm(new VentureConfirmation(VentureConfirmationType.InnovativeGrowth, new LocalDate(2021, 3, 1))) : company;
            foreach (var later in SmeConfirmedLater)
            {
                company = company.ConfirmSme(later);
            }

            // A venture confirmation holds two years; the confirmed companies renew theirs when it ends, all but Gwanak
            // Robotics, the story's example of a confirmation that lapsed.
            companies.Add(i is > 0 and < 112 ? company.Confirm(new VentureConfirmation(VentureConfirmationType.InnovativeGrowth, new LocalDate(2023, 3, 1))) : company);
        }

        return companies;
    }

    /// <summary>
    /// The 16 startup facilities (창업 인프라 시설 16개소), 13 of them open at designation, 12 inside the zone; the second is the
    /// Gwanak S-Valley Startup Centre with its tenants, the others are illustrative.
    /// </summary>
    public static IReadOnlyList<Facility> Facilities()
        => [.. Enumerable.Range(1, 16).Select(n => n == 2 ? StartupCentre() : Facility.Create(
            new FacilityId($"gwanak-s-valley-facility-{n}"),
            n <= 13 ? new LocalDate(2018 + (n % 4), 3, n) : new LocalDate(2022, 3 + n - 13, 2),
            LocalizedText.Create($"관악S밸리 창업시설 {n} (예시)", $"Gwanak S-Valley facility {n} (illustrative)"),
            (FacilityKind)(n % 5),
            Office,
            n % 2 == 0 ? Gwanak2023Zone.Bongcheon : Gwanak2023Zone.Sillim,
            insideZone: n % 4 != 0,
            capacity: 10 + n))];

    /// <summary>The startup centre: 15 companies moved in on 2021-05-03 and the first left at the end of 2022 (illustrative).</summary>
    public static Facility StartupCentre()
    {
        var companies = Companies();
        var centre = Facility.Create(new FacilityId("gwanak-s-valley-startup-centre"), new LocalDate(2021, 4, 1), LocalizedText.Create("관악S밸리 창업센터", "Gwanak S-Valley Startup Centre"), FacilityKind.StartupCentre, Office, Gwanak2023Zone.Bongcheon, insideZone: true, capacity: 20);
        foreach (var company in companies.Take(15))
        {
            centre = centre.MoveIn(new LocalDate(2021, 5, 3), company.RegistrationNumber);
        }

        return centre.MoveOut(new LocalDate(2022, 12, 31), companies[0].RegistrationNumber);
    }

    /// <summary>The KRW 20 bn startup support fund (press); its establishment, term (8 years, investing for 4), commitments and investment are illustrative.</summary>
    public static Fund StartupFund()
        => Fund.Create(new FundId("gwanak-startup-fund"), new LocalDate(2021, 1, 4), LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), Office, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4))
            .Commit(new LocalDate(2021, 1, 4), Office, Money.Parse("50억 원"))
            .Commit(new LocalDate(2021, 6, 1), PartnerInvestors.Id, Money.Parse("150억 원"))
            .Invest(new LocalDate(2022, 3, 2), Gwanak2023Zone.Brn(1, taxOffice: 220), Money.Parse("5억 원"));

    /// <summary>The KRW 6 bn S-Valley company support fund being set up (press); its establishment day and term (8 years, investing for 4) are illustrative.</summary>
    public static Fund SValleyFund()
        => Fund.Create(new FundId("gwanak-s-valley-fund"), new LocalDate(2023, 3, 1), LocalizedText.Create("관악S밸리기업지원펀드", "Gwanak S-Valley company fund"), Office, Money.Parse("60억 원"), Period.FromYears(8), Period.FromYears(4));

    /// <summary>Seoul Campus Town, Gwanak-gu selected twice in a row (press); the days of the rounds are illustrative.</summary>
    public static SupportProgram CampusTown()
        => SupportProgram.Create(new SupportProgramId("seoul-campus-town"), new LocalDate(2018, 12, 1), LocalizedText.Create("서울 캠퍼스타운", "Seoul Campus Town"), Gwanak2023Organizations.SeoulMetropolitanGovernment.Id)
            .SelectForRound(new LocalDate(2019, 2, 15), 1, DateRange.Parse("2019-03-01/2021-12-31"))
            .SelectForRound(new LocalDate(2022, 2, 15), 2, DateRange.Parse("2022-03-01/2025-12-31"))
            .AddOrganization(new LocalDate(2022, 3, 1), 2, Snu);

    /// <summary>The values the story's scorecard shows, each with where it comes from.</summary>
    public static IReadOnlyList<IndicatorValue> IndicatorValues()
    {
        var facilities = Facilities();
        var zone = Zone();
        var campusTown = CampusTown();
        return
        [
            new(Indicator.StartupFacilities, DesignationDay, facilities.Count(f => f.IsOpenOn(DesignationDay)), "Facility register"),
            new(Indicator.VentureCompaniesInZone, DesignationDay, Companies().Count(c => zone.CoversOn(c.Location, DesignationDay) && c.IsConfirmedVentureOn(DesignationDay)), "Company register"),
            new(Indicator.ZoneArea, DesignationDay, zone.AreaSquareKilometres, "Designation notice"),
            new(Indicator.StartupFacilities, ArticleDay, facilities.Count(f => f.IsOpenOn(ArticleDay)), "Facility register"),
            new(Indicator.YouthPopulationShare, ArticleDay, 41m, "the 2023 press article"),
            new(Indicator.CampusTownSelections, ArticleDay, campusTown.ConsecutiveSelectionsOn(ArticleDay), "the 2023 press article"),
        ];
    }
}

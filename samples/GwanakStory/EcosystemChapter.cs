using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace GwanakStory;

/// <summary>
/// The ecosystem chapter: the venture promotion zone designated on 2022-01-10, its criteria and incentives, the
/// startup facilities, the two funds, Campus Town's two selections and the district's scorecard (seed article, 2023).
/// </summary>
/// <remarks>Dates and identifiers the seed does not give (request day, notice text, company names) are illustrative.</remarks>
internal static class EcosystemChapter
{
    private static readonly AdministrativeDistrictCode Bongcheon = AdministrativeDistrictCode.Parse("1162010100");
    private static readonly AdministrativeDistrictCode Sillim = AdministrativeDistrictCode.Parse("1162010200");
    private static readonly OrganizationId District = new("gwanak-gu-office");
    private static readonly OrganizationId Seoul = new("seoul-metropolitan-government");
    private static readonly OrganizationId Ministry = new("ministry-of-smes-and-startups");
    private static readonly OrganizationId Snu = new("seoul-national-university");
    private static readonly LocalDate DesignationDay = new(2022, 1, 10);
    private static readonly LocalDate ArticleDay = new(2023, 8, 23);

    public static void Tell(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("== 창업 생태계 / The startup ecosystem ==");

        var zone = VenturePromotionZone.Planned(
                new LocalDate(2021, 6, 1),
                LocalizedText.Create("관악 벤처기업육성촉진지구", "Gwanak Venture Business Promotion Zone"),
                AdministrativeDistrictCode.Seoul.Gwanak,
                0.67m,
                [LocalizedText.Create("낙성벤처밸리", "Nakseong Venture Valley"), LocalizedText.Create("신림창업밸리", "Sillim Startup Valley"), LocalizedText.Create("서울대지구", "SNU Area")],
                [LocalizedText.Create("낙성대동", "Nakseongdae-dong"), LocalizedText.Create("대학동", "Daehak-dong")],
                [Bongcheon, Sillim],
                [Snu])
            .RequestDesignation(new LocalDate(2021, 9, 1), Seoul)
            .Designate(DesignationDay, Ministry, "중소벤처기업부 지정 고시 (2022-01-10)");
        output.WriteLine($"{zone.Name.Korean} / {zone.Name.English}: {zone.AreaSquareKilometres} km², {string.Join(" · ", zone.SubAreas.Select(s => s.Korean))}");
        output.WriteLine($"  in {string.Join(", ", zone.AdministrativeDongs.Select(d => d.English))} (legal dongs {string.Join(", ", zone.LegalDongs)}), designated {zone.Designation!.Date:uuuu-MM-dd}");
        foreach (var step in zone.History)
        {
            output.WriteLine($"  {step.Date:uuuu-MM-dd} {step.GetType().Name}");
        }

        var companies = CompaniesAtDesignation();
        var evidence = new ZoneDesignationEvidence(zone, DesignationDay, companies, [Snu], [InfrastructureKind.Transport, InfrastructureKind.Communication, InfrastructureKind.Finance]);
        output.WriteLine();
        output.WriteLine(DesignationCriteria.VentureAct.Evaluate(evidence).ToText());

        var robotics = companies[0];
        output.WriteLine();
        foreach (var day in new[] { DesignationDay.PlusDays(-1), DesignationDay, new LocalDate(2024, 3, 1) })
        {
            var answer = IncentivePolicy.Default.ApplicableTo(robotics, zone, day);
            string incentives = answer.Incentives.IsEmpty
                ? "none — " + string.Join(" ", answer.Reasons)
                : string.Join(", ", answer.Incentives.Select(i => $"{i.Kind} {i.Rate * 100m:0.#}%"));
            output.WriteLine($"Incentives for {robotics} on {day:uuuu-MM-dd}: {incentives}");
        }

        var renewed = robotics.Confirm(new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2024, 3, 1)));
        var afterRenewal = IncentivePolicy.Default.ApplicableTo(renewed, zone, new LocalDate(2024, 3, 1));
        output.WriteLine($"  after a renewed confirmation on 2024-03-01: {string.Join(", ", afterRenewal.Incentives.Select(i => $"{i.Kind} {i.Rate * 100m:0.#}%"))}");

        var facilities = Enumerable.Range(1, 16)
            .Select(n => Facility.Open(
                n <= 13 ? new LocalDate(2018 + (n % 4), 3, n) : new LocalDate(2022, 3 + n - 13, 2),
                LocalizedText.Create($"관악S밸리 창업시설 {n}", $"Gwanak S-Valley facility {n}"),
                (FacilityKind)(n % 5),
                District,
                n % 2 == 0 ? Bongcheon : Sillim,
                insideZone: n % 4 != 0,
                capacity: 10 + n))
            .ToList();
        output.WriteLine();
        output.WriteLine($"Startup facilities open / 창업 인프라 시설: {facilities.Count(f => f.IsOpenOn(DesignationDay))} at designation, {facilities.Count(f => f.IsOpenOn(ArticleDay))} on {ArticleDay:uuuu-MM-dd} ({facilities.Count(f => f.InsideZone)} inside the zone)");

        var centre = Facility.Open(new LocalDate(2021, 4, 1), LocalizedText.Create("관악S밸리 창업센터", "Gwanak S-Valley Startup Centre"), FacilityKind.StartupCentre, District, Bongcheon, insideZone: true, capacity: 20);
        foreach (var company in companies.Take(15))
        {
            centre = centre.MoveIn(company.RegistrationNumber, new LocalDate(2021, 5, 3));
        }

        centre = centre.MoveOut(companies[0].RegistrationNumber, new LocalDate(2022, 12, 31));
        output.WriteLine();
        output.WriteLine($"{centre.Name.Korean}: {centre.OccupancyOn(ArticleDay)} of {centre.Capacity} places taken on {ArticleDay:uuuu-MM-dd}");

        var startupFund = Fund.Establish(new LocalDate(2021, 1, 4), LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), District, Money.Parse("200억 원"))
            .Commit(new LocalDate(2021, 1, 4), District, Money.Parse("50억 원"))
            .Commit(new LocalDate(2021, 6, 1), new OrganizationId("partner-investors"), Money.Parse("150억 원"))
            .Invest(new LocalDate(2022, 3, 2), companies[1].RegistrationNumber, Money.Parse("5억 원"));
        var sValleyFund = Fund.Establish(new LocalDate(2023, 3, 1), LocalizedText.Create("관악S밸리기업지원펀드", "Gwanak S-Valley company fund"), District, Money.Parse("60억 원"));
        foreach (var fund in new[] { startupFund, sValleyFund })
        {
            output.WriteLine($"{fund.Name.Korean} / {fund.Name.English}: target {fund.TargetSize.ToKoreanString()} ({fund.TargetSize.ToEnglishString()}), committed {fund.CommittedOn(ArticleDay).ToKoreanString()}, invested {fund.InvestedOn(ArticleDay).ToKoreanString()}, remaining {fund.RemainingOn(ArticleDay).ToKoreanString()}");
        }

        var campusTown = SupportProgram.Launch(new LocalDate(2018, 12, 1), LocalizedText.Create("서울 캠퍼스타운", "Seoul Campus Town"), Seoul)
            .SelectForRound(new LocalDate(2019, 2, 15), 1, DateRange.Parse("2019-03-01/2021-12-31"))
            .SelectForRound(new LocalDate(2022, 2, 15), 2, DateRange.Parse("2022-03-01/2025-12-31"))
            .AddOrganization(new LocalDate(2022, 3, 1), 2, Snu);
        output.WriteLine($"{campusTown.Name.Korean}: selected {campusTown.ConsecutiveSelectionsOn(ArticleDay)} rounds in a row / {campusTown.ConsecutiveSelectionsOn(ArticleDay)}회 연속 선정");

        IndicatorValue[] values =
        [
            new(Indicator.StartupFacilities, DesignationDay, facilities.Count(f => f.IsOpenOn(DesignationDay)), "Facility register"),
            new(Indicator.VentureCompaniesInZone, DesignationDay, companies.Count(c => zone.CoversOn(c.Location, DesignationDay) && c.IsConfirmedVentureOn(DesignationDay)), "Company register"),
            new(Indicator.ZoneArea, DesignationDay, zone.AreaSquareKilometres, "Designation notice"),
            new(Indicator.StartupFacilities, ArticleDay, facilities.Count(f => f.IsOpenOn(ArticleDay)), "Facility register"),
            new(Indicator.YouthPopulationShare, ArticleDay, 41m, "Seed article"),
            new(Indicator.CampusTownSelections, ArticleDay, campusTown.ConsecutiveSelectionsOn(ArticleDay), "Seed article"),
        ];
        output.WriteLine();
        output.WriteLine(DistrictScorecard.On(LocalizedText.Create("관악구", "Gwanak-gu"), ArticleDay, values).ToText());
        output.WriteLine();
    }

    private static List<VentureCompany> CompaniesAtDesignation()
    {
        var companies = new List<VentureCompany>();
        for (int i = 0; i < 1_000; i++)
        {
            var company = VentureCompany.Register(
                Brn(i),
                i == 0 ? LocalizedText.Create("관악로보틱스", "Gwanak Robotics") : LocalizedText.Create($"관악기업 {i}", $"Gwanak Company {i}"),
                new LocalDate(2016, 4, 1),
                i % 2 == 0 ? Bongcheon : Sillim,
                [i % 3 == 0 ? TechnologyField.Robotics : TechnologyField.Software],
                4 + (i % 30));
            companies.Add(i < 112 ? company.Confirm(new VentureConfirmation(VentureConfirmationType.InnovativeGrowth, new LocalDate(2021, 3, 1))) : company);
        }

        return companies;
    }

    private static BusinessRegistrationNumber Brn(int serial)
    {
        string nine = (220_000_000 + serial).ToString("D9", CultureInfo.InvariantCulture);
        int[] weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        int sum = (nine[8] - '0') * 5 / 10;
        for (int i = 0; i < 9; i++)
        {
            sum += (nine[i] - '0') * weights[i];
        }

        return BusinessRegistrationNumber.Parse(nine + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture));
    }
}

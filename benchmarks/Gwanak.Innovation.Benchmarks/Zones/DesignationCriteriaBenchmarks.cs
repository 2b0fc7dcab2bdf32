using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Zones;

/// <summary>
/// Evaluating the Venture Act designation criteria for a zone whose district has 50,000 companies, against a
/// hand-written loop that computes the same verdict with the validity rules (venture and SME confirmations) inlined.
/// </summary>
[MemoryDiagnoser]
public class DesignationCriteriaBenchmarks
{
    private static readonly LocalDate Day = new(2022, 1, 10);
    private static readonly LocalDate ThreeYearsFrom = new(2021, 2, 12);
    private static readonly SmeConfirmation Sme = new(new LocalDate(2021, 4, 1), new LocalDate(2020, 12, 31));
    private static readonly AdministrativeDistrictCode Bongcheon = AdministrativeDistrictCode.Parse("1162010100");
    private static readonly AdministrativeDistrictCode Sillim = AdministrativeDistrictCode.Parse("1162010200");
    private static readonly AdministrativeDistrictCode Namhyeon = AdministrativeDistrictCode.Parse("1162010300");

    private ZoneDesignationEvidence evidence = null!;
    private List<VentureCompany> companies = null!;

    [Params(50_000)]
    public int Companies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var zone = VenturePromotionZone.Create(
                new ZoneId("gwanak-venture-zone"),
                new LocalDate(2021, 6, 1),
                LocalizedText.Create("관악 벤처기업육성촉진지구", "Gwanak Venture Business Promotion Zone"),
                AdministrativeDistrictCode.Seoul.Gwanak,
                0.67m,
                [],
                [],
                [Bongcheon, Sillim],
                [new OrganizationId("seoul-national-university")])
            .RequestDesignation(new LocalDate(2021, 9, 1), new OrganizationId("seoul"))
            .Designate(Day, new OrganizationId("mss"), "notice");
        companies = new List<VentureCompany>(Companies);
        for (int i = 0; i < Companies; i++)
        {
            var company = VentureCompany.Create(
                Made.Brn(i),
                new LocalDate(2015, 1, 1),
                LocalizedText.Create("기업", "Company"),
                (i % 3) switch { 0 => Bongcheon, 1 => Sillim, _ => Namhyeon },
                [TechnologyField.Software],
                10,
                isSmallOrMediumEnterprise: true);
            company = i % 50 != 0 ? company.ConfirmSme(Sme) : company;
            companies.Add((i % 8) switch
            {
                0 => company.Confirm(new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2021, 3, 1))),
                1 => company.Confirm(new VentureConfirmation(VentureConfirmationType.ResearchAndDevelopment, new LocalDate(2019, 6, 1))),
                _ => company,
            });
        }

        evidence = new ZoneDesignationEvidence(
            zone,
            Day,
            companies,
            [new OrganizationId("seoul-national-university")],
            [InfrastructureKind.Transport, InfrastructureKind.Communication, InfrastructureKind.Finance]);
    }

    [Benchmark(Baseline = true)]
    public bool HandWrittenLoop()
    {
        int smes = 0;
        int ventures = 0;
        foreach (var company in companies)
        {
            if (company.Location != Bongcheon && company.Location != Sillim)
            {
                continue;
            }

            // The SME confirmation on the figures of a calendar year holds from 1 April of the next year for one year.
            bool sme = false;
            foreach (var confirmation in company.SmeConfirmations)
            {
                var first = new LocalDate(confirmation.FiscalYearEnd.Year + 1, 4, 1);
                sme |= confirmation.ConfirmedOn <= Day && first <= Day && Day < first.PlusYears(1);
            }

            if (!sme)
            {
                continue;
            }

            smes++;
            var confirmations = company.Confirmations;
            for (int i = 0; i < confirmations.Count; i++)
            {
                var start = confirmations[i].ConfirmedOn;
                var anniversary = start.PlusYears(start >= ThreeYearsFrom ? 3 : 2);
                var end = anniversary.Day == start.Day ? anniversary.PlusDays(-1) : anniversary;
                if (start <= Day && Day <= end)
                {
                    ventures++;
                    break;
                }
            }
        }

        return smes > 0 && ventures * 10 >= smes;
    }

    [Benchmark]
    public bool VentureActCriteria() => DesignationCriteria.VentureAct.Evaluate(evidence).AllPassed;
}

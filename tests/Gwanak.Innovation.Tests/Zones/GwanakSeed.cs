using System.Collections.Generic;
using System.Globalization;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Tests.Zones;

/// <summary>The seed's Gwanak zone and companies, shared by the tests of this context.</summary>
internal static class GwanakSeed
{
    public static readonly LocalDate DesignationDay = new(2022, 1, 10);
    public static readonly AdministrativeDistrictCode Bongcheon = AdministrativeDistrictCode.Parse("1162010100");
    public static readonly AdministrativeDistrictCode Sillim = AdministrativeDistrictCode.Parse("1162010200");
    public static readonly AdministrativeDistrictCode Namhyeon = AdministrativeDistrictCode.Parse("1162010300");
    public static readonly OrganizationId Seoul = new("seoul-metropolitan-government");
    public static readonly OrganizationId Ministry = new("ministry-of-smes-and-startups");
    public static readonly OrganizationId Snu = new("seoul-national-university");
    public const string Notice = "MSS designation notice of 2022-01-10";

    public static VenturePromotionZone PlannedZone() => VenturePromotionZone.Planned(
        new LocalDate(2021, 6, 1),
        LocalizedText.Create("관악 벤처기업육성촉진지구", "Gwanak Venture Business Promotion Zone"),
        AdministrativeDistrictCode.Seoul.Gwanak,
        0.67m,
        [LocalizedText.Create("낙성벤처밸리", "Nakseong Venture Valley"), LocalizedText.Create("신림창업밸리", "Sillim Startup Valley"), LocalizedText.Create("서울대지구", "SNU Area")],
        [LocalizedText.Create("낙성대동", "Nakseongdae-dong"), LocalizedText.Create("대학동", "Daehak-dong")],
        [Bongcheon, Sillim],
        [Snu]);

    public static VenturePromotionZone DesignatedZone() => PlannedZone()
        .RequestDesignation(new LocalDate(2021, 9, 1), Seoul)
        .Designate(DesignationDay, Ministry, Notice);

    /// <summary>A valid business registration number made from a serial (the check digit is computed).</summary>
    public static BusinessRegistrationNumber Brn(int serial)
    {
        string nine = (100_000_000 + serial).ToString("D9", CultureInfo.InvariantCulture);
        int[] w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            sum += (nine[i] - '0') * w[i];
        }

        sum += (nine[8] - '0') * 5 / 10;
        return BusinessRegistrationNumber.Parse(nine + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture));
    }

    public static VentureCompany Company(int serial, AdministrativeDistrictCode location, LocalDate? confirmedOn = null, bool sme = true)
    {
        var company = VentureCompany.Register(
            Brn(serial),
            LocalizedText.Create($"관악기업{serial}", $"Gwanak Company {serial}"),
            new LocalDate(2015, 3, 2),
            location,
            [serial % 2 == 0 ? TechnologyField.ArtificialIntelligence : TechnologyField.Software],
            5 + (serial % 20),
            sme);
        return confirmedOn is { } day ? company.Confirm(new VentureConfirmation(VentureConfirmationType.InnovativeGrowth, day)) : company;
    }

    /// <summary>
    /// The companies of the seed's zone at designation: 112 confirmed venture firms among 1,000 SMEs in the zone's
    /// legal dongs, plus 8 whose 2-year confirmations expired before the designation, plus companies outside the zone.
    /// </summary>
    public static IReadOnlyList<VentureCompany> CompaniesAtDesignation()
    {
        var companies = new List<VentureCompany>();
        for (int i = 0; i < 1_000; i++)
        {
            var dong = i % 2 == 0 ? Bongcheon : Sillim;
            LocalDate? confirmed = i < 112
                ? (i % 2 == 0 ? new LocalDate(2021, 3, 1) : new LocalDate(2020, 6, 1))
                : i < 120 ? new LocalDate(2019, 6, 1) : null;
            companies.Add(Company(i, dong, confirmed));
        }

        for (int i = 1_000; i < 1_100; i++)
        {
            companies.Add(Company(i, Namhyeon, new LocalDate(2021, 3, 1)));
        }

        return companies;
    }

    public static ZoneDesignationEvidence EvidenceAtDesignation(IReadOnlyList<VentureCompany>? companies = null)
        => new(
            DesignatedZone(),
            DesignationDay,
            companies ?? CompaniesAtDesignation(),
            [Snu],
            [InfrastructureKind.Transport, InfrastructureKind.Communication, InfrastructureKind.Finance]);
}

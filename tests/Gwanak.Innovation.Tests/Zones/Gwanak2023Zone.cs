using System.Collections.Generic;
using System.Globalization;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Organizations;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Tests.Zones;

/// <summary>
/// Gwanak's venture promotion zone, designated on 2022-01-10 (press article "한국형 실리콘밸리 만나고 글로벌
/// 혁신경제도시로 도약한다", 2023-08-23), and its companies, shared by the tests of this context.
/// </summary>
internal static class Gwanak2023Zone
{
    public static readonly LocalDate DesignationDay = new(2022, 1, 10);
    public static readonly AdministrativeDistrictCode Bongcheon = AdministrativeDistrictCode.Parse("1162010100");
    public static readonly AdministrativeDistrictCode Sillim = AdministrativeDistrictCode.Parse("1162010200");
    public static readonly AdministrativeDistrictCode Namhyeon = AdministrativeDistrictCode.Parse("1162010300");
    public static readonly OrganizationId Seoul = Gwanak2023Organizations.SeoulMetropolitanGovernment.Id;
    public static readonly OrganizationId Ministry = Gwanak2023Organizations.MinistryOfSmesAndStartups.Id;
    public static readonly OrganizationId Snu = Gwanak2023Organizations.SeoulNationalUniversity.Id;
    public static readonly ZoneId GwanakZone = new("gwanak-venture-zone");
    public const string Notice = "MSS designation notice of 2022-01-10";

    public static VenturePromotionZone PlannedZone() => VenturePromotionZone.Create(
        GwanakZone,
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

    /// <summary>
    /// A valid made-up business registration number for a serial: the tax office given, business type 81 and up, serial
    /// 0001–9999 and the computed check digit (docs/domain.md); different serials give different numbers.
    /// </summary>
    /// <param name="serial">0 to 189,980.</param>
    /// <param name="taxOffice">The first three digits (the tax office code), 101 or above.</param>
    public static BusinessRegistrationNumber Brn(int serial, int taxOffice = 120)
    {
        System.ArgumentOutOfRangeException.ThrowIfNegative(serial);
        System.ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(serial, 9_999 * 19);
        int businessType = 81 + (serial / 9_999);
        string nine = string.Create(CultureInfo.InvariantCulture, $"{taxOffice:D3}{businessType:D2}{(serial % 9_999) + 1:D4}");
        int[] w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            sum += (nine[i] - '0') * w[i];
        }

        sum += (nine[8] - '0') * 5 / 10;
        return BusinessRegistrationNumber.Parse(nine + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A company founded on 2015-03-02; an SME (the default) is confirmed as one for the designation day (<see cref="SmeOn2022"/>).</summary>
    public static VentureCompany Company(int serial, AdministrativeDistrictCode location, LocalDate? confirmedOn = null, bool sme = true)
    {
        var company = VentureCompany.Create(
            Brn(serial),
            new LocalDate(2015, 3, 2),
            LocalizedText.Create($"관악기업{serial}", $"Gwanak Company {serial}"),
            location,
            [serial % 2 == 0 ? TechnologyField.ArtificialIntelligence : TechnologyField.Software],
            5 + (serial % 20),
            sme);
        company = sme ? company.ConfirmSme(SmeOn2022) : company;
        return confirmedOn is { } day ? company.Confirm(new VentureConfirmation(VentureConfirmationType.InnovativeGrowth, day)) : company;
    }

    /// <summary>An SME confirmation on the figures of 2020, holding from 2021-04-01 through 2022-03-31 (the designation day among them).</summary>
    public static SmeConfirmation SmeOn2022 { get; } = new(new LocalDate(2021, 4, 1), new LocalDate(2020, 12, 31));

    /// <summary>
    /// The companies of Gwanak's zone at designation: 112 confirmed venture firms among 1,000 SMEs in the zone's
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

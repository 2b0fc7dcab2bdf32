using System.Collections.Generic;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Organizations;

/// <summary>The organisations named in the press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다" (2023-08-23), as a district would register them.</summary>
internal static class Gwanak2023Organizations
{
    public static readonly Organization GwanakGuOffice = Korean("gwanak-gu-office", "관악구청", "Gwanak-gu Office", OrganizationKind.LocalGovernment, HelixSector.Public)
        .InDistrict(AdministrativeDistrictCode.Seoul.Gwanak);

    public static readonly Organization MinistryOfSmesAndStartups = Korean("ministry-of-smes-and-startups", "중소벤처기업부", "Ministry of SMEs and Startups", OrganizationKind.CentralAgency, HelixSector.Public);

    // 서울대학교 관악캠퍼스 lies in 신림동 (1162010200).
    public static readonly Organization SeoulNationalUniversity = Korean("seoul-national-university", "서울대학교", "Seoul National University", OrganizationKind.University, HelixSector.Academia)
        .InDistrict(AdministrativeDistrictCode.Parse("1162010200"));

    public static readonly Organization StanfordUniversity = American("stanford-university", "스탠퍼드대학교", "Stanford University", OrganizationKind.University, HelixSector.Academia);

    public static readonly Organization Kaccoc = American("kaccoc", "오렌지카운티 한인상공회의소", "Korean American Chamber of Commerce of Orange County", OrganizationKind.ChamberOfCommerce, HelixSector.Industry);

    public static readonly Organization GwanakChamberOfCommerce = Korean("gwanak-chamber-of-commerce", "관악구 상공회", "Gwanak Chamber of Commerce", OrganizationKind.ChamberOfCommerce, HelixSector.Industry)
        .InDistrict(AdministrativeDistrictCode.Seoul.Gwanak);

    public static readonly Organization GwanakSmallBusinessFederation = Korean("gwanak-small-business-federation", "관악구 소상공인연합회", "Gwanak Small Business Federation", OrganizationKind.Association, HelixSector.Industry)
        .InDistrict(AdministrativeDistrictCode.Seoul.Gwanak);

    public static readonly Organization Fullerton = American("city-of-fullerton", "풀러턴시", "City of Fullerton", OrganizationKind.LocalGovernment, HelixSector.Public);

    public static readonly Organization Cupertino = American("city-of-cupertino", "쿠퍼티노시", "City of Cupertino", OrganizationKind.LocalGovernment, HelixSector.Public);

    public static readonly Organization SanFrancisco = American("city-of-san-francisco", "샌프란시스코시", "City and County of San Francisco", OrganizationKind.LocalGovernment, HelixSector.Public);

    public static readonly Organization Apple = American("apple", "애플", "Apple", OrganizationKind.Company, HelixSector.Industry);

    public static readonly Organization Intel = American("intel", "인텔", "Intel", OrganizationKind.Company, HelixSector.Industry);

    public static readonly Organization Tesla = American("tesla", "테슬라", "Tesla", OrganizationKind.Company, HelixSector.Industry);

    public static readonly Organization Google = American("google", "구글", "Google", OrganizationKind.Company, HelixSector.Industry);

    // 재외동포재단 ran the World Korean Business Convention's centre (세계한상센터) named in the article.
    public static readonly Organization OverseasKoreansFoundation = Korean("overseas-koreans-foundation", "재외동포재단", "Overseas Koreans Foundation", OrganizationKind.Foundation, HelixSector.Public);

    /// <summary>The Seoul Metropolitan Government: it requested the zone's designation and runs Seoul Campus Town.</summary>
    public static readonly Organization SeoulMetropolitanGovernment = Korean("seoul-metropolitan-government", "서울특별시", "Seoul Metropolitan Government", OrganizationKind.LocalGovernment, HelixSector.Public)
        .InDistrict(AdministrativeDistrictCode.Seoul.City);

    /// <summary>The organisations the article names, in the order a district registers them.</summary>
    public static IReadOnlyList<Organization> All { get; } =
    [
        GwanakGuOffice, MinistryOfSmesAndStartups, SeoulNationalUniversity, StanfordUniversity, Kaccoc,
        GwanakChamberOfCommerce, GwanakSmallBusinessFederation, Fullerton, Cupertino, SanFrancisco,
        Apple, Intel, Tesla, Google, OverseasKoreansFoundation,
    ];

    private static Organization Korean(string id, string korean, string english, OrganizationKind kind, HelixSector sector)
        => new(new OrganizationId(id), LocalizedText.Create(korean, english), kind, sector, "KR");

    private static Organization American(string id, string korean, string english, OrganizationKind kind, HelixSector sector)
        => new(new OrganizationId(id), LocalizedText.Create(korean, english), kind, sector, "US");
}

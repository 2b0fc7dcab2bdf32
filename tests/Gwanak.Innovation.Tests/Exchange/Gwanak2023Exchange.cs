using System.Collections.Generic;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Agreements;
using Gwanak.Innovation.Tests.Organizations;
using NodaTime;

namespace Gwanak.Innovation.Tests.Exchange;

/// <summary>
/// Gwanak-gu's 2023 trip to California (2023-07-05 to 2023-07-13, 8 people, 7박 9일) and its three ties. The press article
/// "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다" (2023-08-23) gives the dates, the organisations visited and
/// the outcomes; flight numbers and times, hotels, the day and hour of each visit, follow-up due dates other than
/// 2023-07-24, and the stages of the Cupertino and San Francisco ties are illustrative.
/// </summary>
internal static class Gwanak2023Exchange
{
    public static readonly DateTimeZone Seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];
    public static readonly DateTimeZone California = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public static readonly Place SeoulStation = Place.Of("서울역", "Seoul Station", "KR", "Asia/Seoul");
    public static readonly Place BusanStation = Place.Of("부산역", "Busan Station", "KR", "Asia/Seoul");
    public static readonly Place Incheon = Place.Of("인천국제공항", "Incheon International Airport", "KR", "Asia/Seoul");
    public static readonly Place Sfo = Place.Of("샌프란시스코 국제공항", "San Francisco International Airport", "US", "America/Los_Angeles");
    public static readonly Place SantaClara = Place.Of("산타클라라", "Santa Clara", "US", "America/Los_Angeles");
    public static readonly Place SanFrancisco = Place.Of("샌프란시스코", "San Francisco", "US", "America/Los_Angeles");
    public static readonly Place Lax = Place.Of("로스앤젤레스 국제공항", "Los Angeles International Airport", "US", "America/Los_Angeles");
    public static readonly Place OrangeCounty = Place.Of("오렌지카운티", "Orange County", "US", "America/Los_Angeles");
    public static readonly Place Cupertino = Place.Of("쿠퍼티노", "Cupertino", "US", "America/Los_Angeles");
    public static readonly Place MountainView = Place.Of("마운틴뷰", "Mountain View", "US", "America/Los_Angeles");
    public static readonly Place PaloAlto = Place.Of("팔로알토", "Palo Alto", "US", "America/Los_Angeles");
    public static readonly Place Stanford = Place.Of("스탠퍼드", "Stanford", "US", "America/Los_Angeles");
    public static readonly Place Fullerton = Place.Of("풀러턴", "Fullerton", "US", "America/Los_Angeles");

    // The ids the district registers (Gwanak2023Organizations, Gwanak2023Mous), so a trip's visits name its organisations.
    public static readonly OrganizationId GwanakOffice = Gwanak2023Organizations.GwanakGuOffice.Id;
    public static readonly OrganizationId Kaccoc = Gwanak2023Organizations.Kaccoc.Id;
    public static readonly OrganizationId FullertonCityHall = Gwanak2023Organizations.Fullerton.Id;
    public static readonly OrganizationId CupertinoCityHall = Gwanak2023Organizations.Cupertino.Id;
    public static readonly OrganizationId SanFranciscoCityHall = Gwanak2023Organizations.SanFrancisco.Id;
    public static readonly OrganizationId StanfordUniversity = Gwanak2023Organizations.StanfordUniversity.Id;
    public static readonly AgreementId KaccocMou = Gwanak2023Mous.BilateralId;

    /// <summary>The names of the organisations visited, as a portal's registry gives them to the trip report.</summary>
    public static readonly IReadOnlyDictionary<OrganizationId, LocalizedText> Names = new Dictionary<OrganizationId, LocalizedText>
    {
        [new("apple")] = LocalizedText.Create("애플", "Apple"),
        [new("intel")] = LocalizedText.Create("인텔", "Intel"),
        [new("google")] = LocalizedText.Create("구글", "Google"),
        [new("tesla")] = LocalizedText.Create("테슬라", "Tesla"),
        [StanfordUniversity] = LocalizedText.Create("스탠퍼드대학교", "Stanford University"),
        [Kaccoc] = LocalizedText.Create("오렌지카운티 한인상공회의소", "Korean American Chamber of Commerce of Orange County"),
        [CupertinoCityHall] = LocalizedText.Create("쿠퍼티노시청", "Cupertino City Hall"),
        [SanFranciscoCityHall] = LocalizedText.Create("샌프란시스코시청", "San Francisco City Hall"),
        [FullertonCityHall] = LocalizedText.Create("풀러턴시청", "Fullerton City Hall"),
    };

    public static readonly AdministrativeDistrictCode GwanakGu = AdministrativeDistrictCode.Seoul.Gwanak;

    public static TravelLeg Flight(Place from, Place to, LocalDateTime departs, LocalDateTime arrives, string service)
        => new(TravelMode.Flight, from, to, departs.InZoneStrictly(from.Zone), arrives.InZoneStrictly(to.Zone), service);

    public static TravelLeg Road(Place from, Place to, LocalDateTime departs, LocalDateTime arrives)
        => new(TravelMode.Ground, from, to, departs.InZoneStrictly(from.Zone), arrives.InZoneStrictly(to.Zone));

    public static LocalDateTime At(int month, int day, int hour, int minute) => new(2023, month, day, hour, minute);

    public static TravelLeg[] Legs() =>
    [
        Flight(Incheon, Sfo, At(7, 5, 18, 40), At(7, 5, 12, 50), "KE023"),
        Road(Sfo, SantaClara, At(7, 5, 13, 30), At(7, 5, 14, 40)),
        Road(SantaClara, SanFrancisco, At(7, 9, 15, 0), At(7, 9, 16, 30)),
        Road(SanFrancisco, Sfo, At(7, 10, 13, 0), At(7, 10, 13, 40)),
        Flight(Sfo, Lax, At(7, 10, 16, 0), At(7, 10, 17, 35), "UA1234"),
        Road(Lax, OrangeCounty, At(7, 10, 18, 30), At(7, 10, 19, 45)),
        Road(OrangeCounty, Lax, At(7, 12, 8, 0), At(7, 12, 9, 30)),
        Flight(Lax, Incheon, At(7, 12, 11, 50), At(7, 13, 17, 20), "KE012"),
    ];

    public static Stay[] Stays() =>
    [
        new(SantaClara, LocalizedText.Create("산타클라라 호텔 (예시)", "Santa Clara hotel (illustrative)"), new LocalDate(2023, 7, 5), 4),
        new(SanFrancisco, LocalizedText.Create("샌프란시스코 호텔 (예시)", "San Francisco hotel (illustrative)"), new LocalDate(2023, 7, 9), 1),
        new(OrangeCounty, LocalizedText.Create("오렌지카운티 호텔 (예시)", "Orange County hotel (illustrative)"), new LocalDate(2023, 7, 10), 2),
    ];

    public static Itinerary Itinerary() => new([.. Legs()], [.. Stays()]);

    public static Delegation Delegation() => new(
        LocalizedText.Create("실리콘밸리 창업생태계 벤치마킹 및 신규 우호 도시 발굴", "Learn from Silicon Valley's startup ecosystem and find new friendship cities"),
        [new PersonInRole(LocalizedText.Create("구청장", "District Mayor"), GwanakOffice, PersonName.Create("박준희", "Park Jun-hee"))],
        size: 8);

    private static Visit Study(string org, Place place, int day, int hour, string korean, string english)
        => new(new OrganizationId(org), place, new LocalDate(2023, 7, day), LocalizedText.Create(korean, english),
            VisitOutcome.StudyVisit(LocalizedText.Create("차고에서 글로벌 기업으로 성장한 과정 확인", "Saw how a garage start-up grew into a global company")),
            new LocalTime(hour, 0));

    public static Visit[] Visits() =>
    [
        Study("apple", Cupertino, 6, 10, "애플 방문자센터 견학", "Apple visitor centre"),
        new(CupertinoCityHall, Cupertino, new LocalDate(2023, 7, 6), LocalizedText.Create("쿠퍼티노시 관계자 면담", "Meeting with Cupertino city officials"),
            VisitOutcome.CourtesyCall(LocalizedText.Create("관악구에 대한 이해 증진", "Raised the city's understanding of Gwanak-gu")), new LocalTime(14, 0),
            [new PersonInRole(LocalizedText.Create("쿠퍼티노시 관계자", "Cupertino city official"), CupertinoCityHall)]),
        Study("intel", SantaClara, 7, 10, "인텔 방문", "Intel"),
        Study("google", MountainView, 7, 14, "구글 방문", "Google"),
        new(StanfordUniversity, Stanford, new LocalDate(2023, 7, 8), LocalizedText.Create("스탠퍼드대학교 산학협력 사례 학습", "Stanford University's industry-academia cooperation"),
            VisitOutcome.StudyVisit(LocalizedText.Create("민·관·산·학·연 지역 혁신 거버넌스 활성화의 필요성 확인", "Agreed that Gwanak's civil-public-industry-academia-research governance must be activated")), new LocalTime(10, 0)),
        Study("tesla", PaloAlto, 8, 14, "테슬라 방문", "Tesla"),
        new(SanFranciscoCityHall, SanFrancisco, new LocalDate(2023, 7, 10), LocalizedText.Create("샌프란시스코시청 공식 방문", "Official visit to San Francisco City Hall"),
            VisitOutcome.CourtesyCall(LocalizedText.Create("관악구의 대외적 위상 강화", "Raised Gwanak-gu's profile abroad")), new LocalTime(10, 0)),
        new(Kaccoc, OrangeCounty, new LocalDate(2023, 7, 11), LocalizedText.Create("오렌지카운티 한인상공회의소 방문 및 MOU 체결", "Visit to KACCOC and signing of an MOU"),
            VisitOutcome.AgreementSigned(KaccocMou, LocalizedText.Create("관악구 기업의 미국 통상 활동 상호협력", "Mutual cooperation on Gwanak companies' trade in the US")), new LocalTime(10, 0),
            [new PersonInRole(LocalizedText.Create("회장", "Chair"), Kaccoc)],
            [new FollowUp(LocalizedText.Create("관악구 상공회·소상공인연합회와 3자 간 MOU 체결 (기한 예시)", "Trilateral MOU with the Gwanak Chamber of Commerce and Small Business Federation (due date illustrative)"), new LocalDate(2023, 8, 23), Kaccoc)]),
        new(FullertonCityHall, Fullerton, new LocalDate(2023, 7, 11), LocalizedText.Create("풀러턴시 방문, 홈스테이 등 교류 방안 논의", "Visit to Fullerton: exchange such as homestays discussed"),
            VisitOutcome.TieDiscussed(LocalizedText.Create("양 도시가 협력관계로 발전할 수 있는 신뢰 구축", "Built the trust for the two cities to become partners")), new LocalTime(15, 0),
            [new PersonInRole(LocalizedText.Create("풀러턴 시장", "Mayor of Fullerton"), FullertonCityHall)],
            [new FollowUp(LocalizedText.Create("풀러턴시 투자자문위원장·국제협력담당관 관악구 방문 맞이", "Host Fullerton's investment advisory chair and international cooperation officer in Gwanak-gu"), new LocalDate(2023, 7, 24), FullertonCityHall)]),
    ];

    public static OverseasTrip Trip() => new(
        new TripId("gwanak-california-2023"),
        LocalizedText.Create("관악구 대표단 미국 캘리포니아주 공무국외출장", "Gwanak-gu delegation's official trip to California"),
        Delegation(), Itinerary(), [.. Visits()]);

    public static PartnerCity City(string korean, string english, OrganizationId cityHall)
        => new(LocalizedText.Create(korean, english), "US", LocalizedText.Create("캘리포니아주", "California"), cityHall);

    public static readonly PartnershipId FullertonTieId = new("gwanak-fullerton");

    /// <summary>Fullerton: exploring, with the visit of 2023-07-11 and the return visit of 2023-07-24 (press article).</summary>
    public static CityPartnership FullertonTie()
        => CityPartnership.Create(FullertonTieId, new LocalDate(2023, 7, 11), GwanakGu, City("풀러턴", "Fullerton", FullertonCityHall), "Delegation's visit: homestays and other exchange discussed; trust built.")
            .RecordActivity(new LocalDate(2023, 7, 24), "Fullerton's investment advisory chair and international cooperation officer visited Gwanak-gu to discuss the two cities' development as global partners.");

    /// <summary>Cupertino: a friendship city (illustrative stage and dates).</summary>
    public static CityPartnership CupertinoTie()
        => CityPartnership.Create(new PartnershipId("gwanak-cupertino"), new LocalDate(2022, 11, 1), GwanakGu, City("쿠퍼티노", "Cupertino", CupertinoCityHall), "First contacts (illustrative).")
            .AdvanceTo(new LocalDate(2023, 3, 15), PartnershipStage.FriendshipCity, PartnershipPolicy.Default, new AgreementId("friendship-gwanak-cupertino"), "Friendship agreement (illustrative).")
            .RecordActivity(new LocalDate(2023, 7, 6), "Delegation met Cupertino city officials.");

    /// <summary>San Francisco: a letter of intent (illustrative stage), after the official visit of 2023-07-10.</summary>
    public static CityPartnership SanFranciscoTie()
        => CityPartnership.Create(new PartnershipId("gwanak-san-francisco"), new LocalDate(2023, 7, 10), GwanakGu, City("샌프란시스코", "San Francisco", SanFranciscoCityHall), "Official visit to San Francisco City Hall.")
            .AdvanceTo(new LocalDate(2023, 7, 10), PartnershipStage.LetterOfIntent, PartnershipPolicy.Default, new AgreementId("loi-gwanak-san-francisco"), "Letter of intent (illustrative).");
}

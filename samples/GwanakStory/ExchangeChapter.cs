using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace GwanakStory;

/// <summary>
/// The delegation's trip to California (2023-07-05 – 2023-07-13, 7박 9일), told day by day, with the ties, programmes
/// and events that came of it. The seed gives the dates, the size of the delegation, the organisations visited and the
/// outcomes; flight numbers and times, hotels, the day and hour of each visit, the Cupertino and San Francisco stages and
/// agreements, the programme's capacity and the due date of the trilateral MOU are ILLUSTRATIVE, chosen to agree with the
/// seed's dates.
/// </summary>
internal static class ExchangeChapter
{
    private static readonly Place Incheon = Place.Of("인천국제공항", "Incheon International Airport", "KR", "Asia/Seoul");
    private static readonly Place Sfo = Place.Of("샌프란시스코 국제공항", "San Francisco International Airport", "US", "America/Los_Angeles");
    private static readonly Place SantaClara = Place.Of("산타클라라", "Santa Clara", "US", "America/Los_Angeles");
    private static readonly Place SanFrancisco = Place.Of("샌프란시스코", "San Francisco", "US", "America/Los_Angeles");
    private static readonly Place Lax = Place.Of("로스앤젤레스 국제공항", "Los Angeles International Airport", "US", "America/Los_Angeles");
    private static readonly Place OrangeCounty = Place.Of("오렌지카운티", "Orange County", "US", "America/Los_Angeles");
    private static readonly Place Fullerton = Place.Of("풀러턴", "Fullerton", "US", "America/Los_Angeles");

    private static readonly OrganizationId GwanakOffice = new("gwanak-gu-office");
    private static readonly OrganizationId Kaccoc = new("kaccoc");
    // The same ids as the partners chapter registers.
    private static readonly OrganizationId FullertonCityHall = new("city-of-fullerton");
    private static readonly OrganizationId CupertinoCityHall = new("city-of-cupertino");
    private static readonly OrganizationId SanFranciscoCityHall = new("city-of-san-francisco");
    private static readonly OrganizationId OverseasKoreansFoundation = new("overseas-koreans-foundation");
    private static readonly AgreementId KaccocMou = new("mou-2023-gwanak-kaccoc");
    private static readonly AgreementId TrilateralMou = new("mou-2023-kaccoc-gwanak-chambers");

    /// <summary>The names a portal's organisation registry gives the trip report (the exchange model knows only ids).</summary>
    private static readonly Dictionary<OrganizationId, LocalizedText> Names = new()
    {
        [new("apple")] = LocalizedText.Create("애플", "Apple"),
        [new("intel")] = LocalizedText.Create("인텔", "Intel"),
        [new("google")] = LocalizedText.Create("구글", "Google"),
        [new("tesla")] = LocalizedText.Create("테슬라", "Tesla"),
        [new("stanford")] = LocalizedText.Create("스탠퍼드대학교", "Stanford University"),
        [Kaccoc] = LocalizedText.Create("오렌지카운티 한인상공회의소", "Korean American Chamber of Commerce of Orange County"),
        [FullertonCityHall] = LocalizedText.Create("풀러턴시", "City of Fullerton"),
        [CupertinoCityHall] = LocalizedText.Create("쿠퍼티노시", "City of Cupertino"),
        [SanFranciscoCityHall] = LocalizedText.Create("샌프란시스코시", "City and County of San Francisco"),
        [OverseasKoreansFoundation] = LocalizedText.Create("재외동포재단", "Overseas Koreans Foundation"),
    };

    /// <summary>Tells the chapter.</summary>
    /// <param name="output">Where to write.</param>
    public static void Tell(TextWriter output)
    {
        output.WriteLine("== 국제교류 / International exchange ==");
        var trip = Trip();
        output.WriteLine($"관악구 대표단 {trip.Delegation.Size}명, {trip.Length.ToKoreanString()} 공무국외출장 — a delegation of {trip.Delegation.Size}, {trip.Length.ToEnglishString()}.");
        output.WriteLine($"  Head: {trip.Delegation.Head.Role.English} ({trip.Delegation.Head.Role.Korean}); purpose: {trip.Delegation.Purpose.English}");
        output.WriteLine($"  Why 7박 and not 8: leaving Seoul {trip.Itinerary.FirstDay:uuuu-MM-dd} and back {trip.Itinerary.LastDay:uuuu-MM-dd} is {trip.Length.Days} calendar days on Seoul's clock,");
        output.WriteLine($"  but flying east over the Pacific lands on the date it left, and the night of the return is spent in the air: {trip.Length.Nights} nights at lodgings.");
        output.WriteLine("  (The trip's dates, the organisations visited and the outcomes are the seed's; flights, hotels and the day and hour of each visit are illustrative.)");
        output.WriteLine();

        var report = trip.Report(Names);
        foreach (var day in report.Days)
        {
            string where = string.Join(", ", day.Places.Select(p => p.Name.English));
            output.WriteLine($"Day {day.Number} ({day.HomeDate:uuuu-MM-dd} in Seoul) — {where}{(day.InTransit ? ", travelling" : string.Empty)}");
            foreach (var entry in day.Entries)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {entry.HomeTime:HH:mm} Seoul / {entry.LocalTime:MM-dd HH:mm x} local  {entry.Description.English}"));
            }
        }

        output.WriteLine();
        output.WriteLine($"Agreements signed: {string.Join("; ", report.AgreementsSigned.Select(v => $"{v.Outcome.Agreement} with {Name(v.Organization)} — {v.Outcome.Summary.English}"))}");
        output.WriteLine($"Partnerships advanced: {string.Join("; ", report.PartnershipsAdvanced.Select(v => $"{Name(v.Organization)} — {v.Outcome.Summary.English}"))}");
        foreach (var f in report.FollowUps)
        {
            output.WriteLine($"Follow-up due {f.Due:uuuu-MM-dd}{(f.With is { } with ? $" with {Name(with)}" : string.Empty)}: {f.Action.English}");
        }

        output.WriteLine();
        output.WriteLine("The seed has Fullerton exploring a tie and official visits to Cupertino and San Francisco city halls;");
        output.WriteLine("the stages and agreements shown for Cupertino and San Francisco are illustrative.");
        var ties = Ties();
        var articleDay = new LocalDate(2023, 8, 23);
        foreach (var group in new PartnershipPortfolio(ties).ByStageAndCountry(AdministrativeDistrictCode.Seoul.Gwanak, articleDay))
        {
            output.WriteLine($"Ties at {group.Stage} in {group.CountryCode} on {articleDay:uuuu-MM-dd}: {string.Join(", ", group.Partnerships.Select(p => p.City.Name.English + (p.City.CityHall == FullertonCityHall ? " (seed)" : " (illustrative stage)")))}");
        }

        var fullerton = ties[0];
        output.WriteLine($"Fullerton's last activity: {fullerton.LastActivityOn:uuuu-MM-dd} ({fullerton.History[^1] switch { PartnershipActivityRecorded a => a.Description, _ => "" }})");
        output.WriteLine($"  {fullerton.TimeSinceLastActivity(articleDay).Days} days before the article; quiet for more than two years by 2025-08-01? {fullerton.IsQuietLongerThan(new LocalDate(2025, 8, 1), Period.FromYears(2))}");

        output.WriteLine();
        var internship = ExchangeProgram.Open(ExchangeProgramKind.OverseasInternship, LocalizedText.Create("오렌지카운티 해외인턴십", "Orange County overseas internship"), Kaccoc, TrilateralMou, 5, new LocalDate(2024, 1, 1));
        output.WriteLine($"Programme: {internship.Title.English} hosted by {Name(internship.Host)} under {internship.FoundingAgreement} (seed: internships promised); capacity {internship.Capacity} and opening day illustrative.");

        var convention = RecurringEvent.Create(LocalizedText.Create("세계한상대회", "World Korean Business Convention"), OverseasKoreansFoundation, RecurrenceRule.EveryYearIn(10), 2002);
        output.WriteLine($"{convention.Describe("ko")} / {convention.Describe("en")}, held by the {Name(convention.Organizer)} — next after the article: {convention.NextAfter(articleDay)} (first year illustrative)");
        output.WriteLine();
    }

    private static string Name(OrganizationId id) => Names.TryGetValue(id, out var name) ? name.English : id.Value;

    private static TravelLeg Leg(TravelMode mode, Place from, Place to, int departDay, int departHour, int departMinute, int arriveDay, int arriveHour, int arriveMinute, string? service = null)
        => new(mode, from, to,
            new LocalDateTime(2023, 7, departDay, departHour, departMinute).InZoneStrictly(from.Zone),
            new LocalDateTime(2023, 7, arriveDay, arriveHour, arriveMinute).InZoneStrictly(to.Zone), service);

    private static Visit Visit(string org, Place place, int day, int hour, string korean, string english, VisitOutcome outcome, params FollowUp[] followUps)
        => new(new OrganizationId(org), place, new LocalDate(2023, 7, day), LocalizedText.Create(korean, english), outcome, new LocalTime(hour, 0), followUps: followUps);

    private static OverseasTrip Trip()
    {
        var itinerary = Itinerary.Create(
        [
            Leg(TravelMode.Flight, Incheon, Sfo, 5, 18, 40, 5, 12, 50, "KE023"),
            Leg(TravelMode.Ground, Sfo, SantaClara, 5, 13, 30, 5, 14, 40),
            Leg(TravelMode.Ground, SantaClara, SanFrancisco, 9, 15, 0, 9, 16, 30),
            Leg(TravelMode.Ground, SanFrancisco, Sfo, 10, 13, 0, 10, 13, 40),
            Leg(TravelMode.Flight, Sfo, Lax, 10, 16, 0, 10, 17, 35, "UA1234"),
            Leg(TravelMode.Ground, Lax, OrangeCounty, 10, 18, 30, 10, 19, 45),
            Leg(TravelMode.Ground, OrangeCounty, Lax, 12, 8, 0, 12, 9, 30),
            Leg(TravelMode.Flight, Lax, Incheon, 12, 11, 50, 13, 17, 20, "KE012"),
        ],
        [
            new Stay(SantaClara, LocalizedText.Create("산타클라라 호텔 (예시)", "Santa Clara hotel (illustrative)"), new LocalDate(2023, 7, 5), 4),
            new Stay(SanFrancisco, LocalizedText.Create("샌프란시스코 호텔 (예시)", "San Francisco hotel (illustrative)"), new LocalDate(2023, 7, 9), 1),
            new Stay(OrangeCounty, LocalizedText.Create("오렌지카운티 호텔 (예시)", "Orange County hotel (illustrative)"), new LocalDate(2023, 7, 10), 2),
        ]);

        var delegation = new Delegation(
            LocalizedText.Create("실리콘밸리 창업생태계 벤치마킹 및 신규 우호 도시 발굴", "learn from Silicon Valley's startup ecosystem and find new friendship cities"),
            [new PersonInRole(LocalizedText.Create("구청장", "District Mayor"), GwanakOffice, PersonName.Create("박준희", "Park Jun-hee"))],
            size: 8);

        var study = VisitOutcome.StudyVisit(LocalizedText.Create("차고에서 글로벌 기업으로 성장한 과정 확인", "saw how a garage start-up became a global company"));
        var valley = Place.Of("실리콘밸리", "Silicon Valley", "US", "America/Los_Angeles");
        return OverseasTrip.Create(
            LocalizedText.Create("관악구 대표단 미국 캘리포니아주 공무국외출장", "Gwanak-gu delegation's official trip to California"),
            delegation,
            itinerary,
            [
                Visit("apple", valley, 6, 10, "애플 방문자센터에서 관계자 설명 청취", "briefing by staff at the Apple Visitor Center", study),
                Visit("city-of-cupertino", valley, 6, 14, "쿠퍼티노시청 공식 방문, 관계자 면담", "official visit, meeting with city officials", VisitOutcome.CourtesyCall(LocalizedText.Create("관악구 이해 증진", "raised understanding of Gwanak-gu"))),
                Visit("intel", valley, 7, 10, "기업 방문", "company visit", study),
                Visit("google", valley, 7, 14, "기업 방문, 기념촬영", "company visit and group photo", study),
                Visit("stanford", valley, 8, 10, "산학협력 사례 학습", "industry-academia cooperation",
                    VisitOutcome.StudyVisit(LocalizedText.Create("민·관·산·학·연 거버넌스 활성화 필요", "Gwanak's five-sector governance must be activated"))),
                Visit("tesla", valley, 8, 14, "기업 방문", "company visit", study),
                Visit("city-of-san-francisco", SanFrancisco, 10, 10, "시청 공식 방문", "official visit to City Hall", VisitOutcome.CourtesyCall(LocalizedText.Create("대외적 위상 강화", "raised Gwanak-gu's profile abroad"))),
                Visit("kaccoc", OrangeCounty, 11, 10, "양해각서(MOU) 체결", "MOU signed",
                    VisitOutcome.AgreementSigned(KaccocMou, LocalizedText.Create("관악구 기업의 미국 통상 활동 상호협력", "cooperation on Gwanak companies' trade in the US")),
                    new FollowUp(LocalizedText.Create("3자 간 MOU 체결 (기한 예시)", "trilateral MOU with the Gwanak Chamber of Commerce and Small Business Federation (due date illustrative)"), new LocalDate(2023, 8, 23), Kaccoc)),
                Visit("city-of-fullerton", Fullerton, 11, 15, "홈스테이 등 교류 방안 논의", "homestays and other exchange discussed",
                    VisitOutcome.TieDiscussed(LocalizedText.Create("협력관계로 발전할 신뢰 구축", "built the trust to become partners")),
                    new FollowUp(LocalizedText.Create("풀러턴시 대표 관악구 방문 맞이", "host Fullerton's representatives in Gwanak-gu"), new LocalDate(2023, 7, 24), FullertonCityHall)),
            ]);
    }

    private static CityPartnership[] Ties()
    {
        var gwanak = AdministrativeDistrictCode.Seoul.Gwanak;
        var california = LocalizedText.Create("캘리포니아주", "California");
        var fullerton = CityPartnership.Open(gwanak, new PartnerCity(LocalizedText.Create("풀러턴", "Fullerton"), "US", california, FullertonCityHall), new LocalDate(2023, 7, 11), "Delegation's visit; trust built.")
            .RecordActivity(new LocalDate(2023, 7, 24), "Fullerton's investment advisory chair and international cooperation officer visited Gwanak-gu");
        var cupertino = CityPartnership.Open(gwanak, new PartnerCity(LocalizedText.Create("쿠퍼티노", "Cupertino"), "US", california, CupertinoCityHall), new LocalDate(2022, 11, 1), "First contacts (illustrative).")
            .AdvanceTo(PartnershipStage.FriendshipCity, new LocalDate(2023, 3, 15), PartnershipPolicy.Default, new AgreementId("friendship-gwanak-cupertino"), "Friendship agreement (illustrative).")
            .RecordActivity(new LocalDate(2023, 7, 6), "Delegation met Cupertino city officials.");
        var sanFrancisco = CityPartnership.Open(gwanak, new PartnerCity(LocalizedText.Create("샌프란시스코", "San Francisco"), "US", california, SanFranciscoCityHall), new LocalDate(2023, 7, 10), "Official visit to City Hall.")
            .AdvanceTo(PartnershipStage.LetterOfIntent, new LocalDate(2023, 7, 10), PartnershipPolicy.Default, new AgreementId("loi-gwanak-san-francisco"), "Letter of intent (illustrative).");
        return [fullerton, cupertino, sanFrancisco];
    }
}

using System.Collections.Generic;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Agreements;
using Gwanak.Innovation.Tests.Exchange;
using Gwanak.Innovation.Tests.Organizations;
using NodaTime;

namespace Gwanak.Innovation.Tests.Districts;

/// <summary>
/// The exchange of the 2023 district: the trip to California (2023-07-05 to 2023-07-13, 8 people), the ties with Fullerton,
/// Cupertino and San Francisco, the Orange County internship and the World Korean Business Convention.
/// </summary>
internal static partial class Gwanak2023District
{
    private static readonly Place SiliconValley = Place.Of("실리콘밸리", "Silicon Valley", "US", "America/Los_Angeles");

    /// <summary>The trip as the story reports it: the article's dates, size, visits and outcomes on <see cref="Gwanak2023Exchange.Itinerary"/>'s illustrative flights and hotels, the hour of each visit illustrative.</summary>
    public static OverseasTrip Trip()
    {
        var delegation = new Delegation(
            LocalizedText.Create("실리콘밸리 창업생태계 벤치마킹 및 신규 우호 도시 발굴", "learn from Silicon Valley's startup ecosystem and find new friendship cities"),
            [new PersonInRole(LocalizedText.Create("구청장", "District Mayor"), Office, Gwanak2023Mous.Mayor)],
            size: 8);
        var study = VisitOutcome.StudyVisit(LocalizedText.Create("차고에서 글로벌 기업으로 성장한 과정 확인", "saw how a garage start-up became a global company"));
        return new OverseasTrip(
            new TripId("gwanak-california-2023"),
            LocalizedText.Create("관악구 대표단 미국 캘리포니아주 공무국외출장", "Gwanak-gu delegation's official trip to California"),
            delegation,
            Gwanak2023Exchange.Itinerary(),
            [
                Visit(Gwanak2023Organizations.Apple.Id, SiliconValley, 6, 10, "애플 방문자센터에서 관계자 설명 청취", "briefing by staff at the Apple Visitor Center", study),
                Visit(Gwanak2023Organizations.Cupertino.Id, SiliconValley, 6, 14, "쿠퍼티노시청 공식 방문, 관계자 면담", "official visit, meeting with city officials", VisitOutcome.CourtesyCall(LocalizedText.Create("관악구 이해 증진", "raised understanding of Gwanak-gu"))),
                Visit(Gwanak2023Organizations.Intel.Id, SiliconValley, 7, 10, "기업 방문", "company visit", study),
                Visit(Gwanak2023Organizations.Google.Id, SiliconValley, 7, 14, "기업 방문, 기념촬영", "company visit and group photo", study),
                Visit(Gwanak2023Organizations.StanfordUniversity.Id, SiliconValley, 8, 10, "산학협력 사례 학습", "industry-academia cooperation",
                    VisitOutcome.StudyVisit(LocalizedText.Create("민·관·산·학·연 거버넌스 활성화 필요", "Gwanak's five-sector governance must be activated"))),
                Visit(Gwanak2023Organizations.Tesla.Id, SiliconValley, 8, 14, "기업 방문", "company visit", study),
                Visit(Gwanak2023Organizations.SanFrancisco.Id, Gwanak2023Exchange.SanFrancisco, 10, 10, "시청 공식 방문", "official visit to City Hall", VisitOutcome.CourtesyCall(LocalizedText.Create("대외적 위상 강화", "raised Gwanak-gu's profile abroad"))),
                Visit(Kaccoc, Gwanak2023Exchange.OrangeCounty, 11, 10, "양해각서(MOU) 체결", "MOU signed",
                    VisitOutcome.AgreementSigned(Gwanak2023Mous.BilateralId, LocalizedText.Create("관악구 기업의 미국 통상 활동 상호협력", "cooperation on Gwanak companies' trade in the US")),
                    new FollowUp(LocalizedText.Create("3자 간 MOU 체결 (기한 예시)", "trilateral MOU with the Gwanak Chamber of Commerce and Small Business Federation (due date illustrative)"), ArticleDay, Kaccoc)),
                Visit(Gwanak2023Organizations.Fullerton.Id, Gwanak2023Exchange.Fullerton, 11, 15, "홈스테이 등 교류 방안 논의", "homestays and other exchange discussed",
                    VisitOutcome.TieDiscussed(LocalizedText.Create("협력관계로 발전할 신뢰 구축", "built the trust to become partners")),
                    new FollowUp(LocalizedText.Create("풀러턴시 대표 관악구 방문 맞이", "host Fullerton's representatives in Gwanak-gu"), new LocalDate(2023, 7, 24), Gwanak2023Organizations.Fullerton.Id)),
            ]);
    }

    /// <summary>The ties in the order the story lists them: Fullerton exploring (press), Cupertino and San Francisco at illustrative stages.</summary>
    public static IReadOnlyList<CityPartnership> Ties() =>
    [
        CityPartnership.Create(Gwanak2023Exchange.FullertonTieId, new LocalDate(2023, 7, 11), AdministrativeDistrictCode.Seoul.Gwanak, Gwanak2023Exchange.City("풀러턴", "Fullerton", Gwanak2023Organizations.Fullerton.Id), "Delegation's visit; trust built.")
            .RecordActivity(new LocalDate(2023, 7, 24), "Fullerton's investment advisory chair and international cooperation officer visited Gwanak-gu"),
        Gwanak2023Exchange.CupertinoTie(),
        Gwanak2023Exchange.SanFranciscoTie(),
    ];

    /// <summary>The overseas internship KACCOC promised in the trilateral MOU (press); its opening day and capacity are illustrative.</summary>
    public static ExchangeProgram Internship()
        => ExchangeProgram.Create(new ExchangeProgramId("oc-internship-2024"), new LocalDate(2024, 1, 1), ExchangeProgramKind.OverseasInternship, LocalizedText.Create("오렌지카운티 해외인턴십", "Orange County overseas internship"), Kaccoc, Gwanak2023Mous.TrilateralId, 5);

    /// <summary>The World Korean Business Convention, every October (press), first held in 2002, with its editions from 2019 to 2023 (docs/domain.md).</summary>
    public static RecurringEvent Convention() => RecurringEventSamples.WorldKoreanBusinessConvention();

    private static Visit Visit(OrganizationId organization, Place place, int day, int hour, string korean, string english, VisitOutcome outcome, params FollowUp[] followUps)
        => new(organization, place, new LocalDate(2023, 7, day), LocalizedText.Create(korean, english), outcome, new LocalTime(hour, 0), followUps: [.. followUps]);
}

using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Exchange;

/// <summary>Recurring events as a district records them.</summary>
internal static class RecurringEventSamples
{
    public static readonly RecurringEventId ConventionId = new("world-korean-business-convention");

    /// <summary>
    /// The 18th World Korean Business Convention, Yeosu, 2019-10-22 – 2019-10-24 (Yonhap, 2019-03-29: 재외동포재단 announcement).
    /// </summary>
    public static readonly EventEdition Yeosu2019 = new(18, DateRange.Parse("2019-10-22/2019-10-24"), venue: LocalizedText.Create("여수엑스포컨벤션센터", "Yeosu Expo Convention Center"));

    /// <summary>
    /// The 19th, to be held at BEXCO in Busan on 2020-10-28 – 2020-10-30, cancelled by the 37th steering committee on
    /// 2020-08-10 because of COVID-19 (재외동포재단 announcement of 2020-08-26).
    /// </summary>
    public static readonly EventEdition Busan2020 = new(
        19,
        DateRange.Parse("2020-10-28/2020-10-30"),
        EditionStatus.Cancelled,
        LocalizedText.Create("부산 벡스코", "BEXCO, Busan"),
        LocalizedText.Create("코로나19 지속·재확산에 따른 참가자 안전과 입국 시 격리 조치 (제37차 운영위원회, 2020-08-10)", "COVID-19: the participants' safety and quarantine on entry (37th steering committee, 2020-08-10)"));

    /// <summary>
    /// The 19th held, online and in person at Lotte Hotel World in Jamsil, Seoul, 2021-10-19 – 2021-10-21; moved from
    /// Daejeon after the city withdrew as co-host on 2021-08-20 (재외동포재단 announcement of 2021-08-27).
    /// </summary>
    public static readonly EventEdition Seoul2021 = new(
        19,
        DateRange.Parse("2021-10-19/2021-10-21"),
        EditionStatus.Hybrid,
        LocalizedText.Create("서울 잠실 롯데호텔월드", "Lotte Hotel World, Jamsil, Seoul"),
        LocalizedText.Create("코로나19 사회적 거리두기; 대전시의 공동주관 철회(2021-08-20)로 대전에서 서울로 변경", "COVID-19 social distancing; moved from Daejeon to Seoul after Daejeon withdrew as co-host (2021-08-20)"));

    /// <summary>
    /// The 20th, Ulsan Exhibition and Convention Center, 2022-11-01 – 2022-11-03, a November edition (Ulsan Metropolitan
    /// City's launch report of 2022-03-24; held, 월드코리안신문 2022-11-01).
    /// </summary>
    public static readonly EventEdition Ulsan2022 = new(
        20,
        DateRange.Parse("2022-11-01/2022-11-03"),
        venue: LocalizedText.Create("울산전시컨벤션센터", "Ulsan Exhibition and Convention Center"),
        reason: LocalizedText.Create("주최 측이 11월 1~3일로 발표 (울산광역시 착수보고회, 2022-03-24)", "announced by the organisers for 1–3 November (Ulsan's launch report, 2022-03-24)"));

    /// <summary>
    /// The 21st, the first outside Korea, Anaheim Convention Center, Orange County, California, 2023-10-11 – 2023-10-14,
    /// held by the Overseas Koreans Agency with the Korean American Chamber of Commerce USA (announced 2022-04-06; held).
    /// </summary>
    public static readonly EventEdition Anaheim2023 = new(21, DateRange.Parse("2023-10-11/2023-10-14"), venue: LocalizedText.Create("미국 캘리포니아주 애너하임 컨벤션센터", "Anaheim Convention Center, California"));

    /// <summary>
    /// The World Korean Business Convention, every October (press article, 2023-08-23), first held in 2002, with its
    /// editions from 2019 to 2023 as the organisers announced them (docs/domain.md).
    /// </summary>
    public static RecurringEvent WorldKoreanBusinessConvention()
        => new(ConventionId, LocalizedText.Create("세계한상대회", "World Korean Business Convention"), new OrganizationId("overseas-koreans-foundation"), RecurrenceRule.EveryYearIn(10), 2002, [Yeosu2019, Busan2020, Seoul2021, Ulsan2022, Anaheim2023]);
}

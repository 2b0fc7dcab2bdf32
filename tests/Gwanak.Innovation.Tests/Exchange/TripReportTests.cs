using System.Linq;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

/// <summary>
/// The day-by-day report at the edges of a day: legs and visits exactly at a home midnight, and the report as text for a
/// domestic day trip to Busan (illustrative times, places and organisations).
/// </summary>
public sealed class TripReportTests
{
    private static readonly Place Haeundae = Place.Of("해운대", "Haeundae", "KR", "Asia/Seoul");
    private static readonly Place Gimpo = Place.Of("김포공항", "Gimpo Airport", "KR", "Asia/Seoul");
    private static readonly Place Gimhae = Place.Of("김해공항", "Gimhae Airport", "KR", "Asia/Seoul");
    private static readonly Place BusanCity = Place.Of("부산시청", "Busan City Hall", "KR", "Asia/Seoul");
    private static readonly OrganizationId BusanCityHall = new("busan-city-hall");

    private static LocalDateTime On(int day, int hour, int minute = 0) => new(2023, 9, day, hour, minute);

    private static OverseasTrip TripOf(Itinerary itinerary, params Visit[] visits)
        => new(new TripId("busan-2023"), LocalizedText.Create("부산 출장", "Trip to Busan"), Gwanak2023Exchange.Delegation(), itinerary, [.. visits]);

    /// <summary>Each day's places in English, and whether the delegation was in transit.</summary>
    private static string[] DaysOf(OverseasTrip trip)
        => [.. trip.Report().Days.Select(d => string.Join(", ", d.Places.Select(p => p.Name.English)) + (d.InTransit ? " · in transit" : string.Empty))];

    [Fact]
    public void A_day_that_begins_with_the_departure_at_midnight_does_not_begin_at_home()
    {
        var trip = TripOf(new Itinerary(
        [
            Road(SeoulStation, BusanStation, On(2, 0), On(2, 2, 40)),
            Road(BusanStation, SeoulStation, On(2, 18), On(2, 20, 40)),
        ]));
        Assert.Equal(["Busan Station, Seoul Station · in transit"], DaysOf(trip));
    }

    [Fact]
    public void A_leg_arriving_at_midnight_puts_its_destination_on_the_next_day_only()
    {
        var trip = TripOf(new Itinerary(
        [
            Road(SeoulStation, BusanStation, On(1, 21, 20), On(2, 0)),
            Road(BusanStation, SeoulStation, On(2, 18), On(2, 20, 40)),
        ]));
        Assert.Equal(["Seoul Station · in transit", "Busan Station, Seoul Station · in transit"], DaysOf(trip));
    }

    [Fact]
    public void A_last_leg_arriving_at_midnight_ends_the_journey_on_the_day_before()
    {
        // The bus is on the road until midnight: the next day the delegation is in Busan and no longer in transit.
        var trip = TripOf(new Itinerary([Road(SeoulStation, BusanStation, On(1, 21, 20), On(2, 0))]));
        Assert.Equal(["Seoul Station · in transit", "Busan Station"], DaysOf(trip));
    }

    [Fact]
    public void A_visit_at_midnight_belongs_to_the_day_it_begins()
    {
        var reception = new Visit(BusanCityHall, Haeundae, new LocalDate(2023, 9, 2), LocalizedText.Create("자정 환영 행사", "Midnight reception"),
            VisitOutcome.CourtesyCall(LocalizedText.Create("환영", "Welcomed")), LocalTime.Midnight);
        var trip = TripOf(
            new Itinerary(
            [
                Road(SeoulStation, BusanStation, On(1, 7), On(1, 9, 40)),
                Road(BusanStation, SeoulStation, On(2, 18), On(2, 20, 40)),
            ]),
            reception);
        Assert.Equal(["Seoul Station, Busan Station · in transit", "Busan Station, Haeundae, Seoul Station · in transit"], DaysOf(trip));
    }

    [Fact]
    public void A_day_trip_report_reads_in_Korean()
        => Assert.Equal(
            """
            부산 출장 (당일, Asia/Seoul)
            1일차 2023-09-01 (금) — 김포공항, 김해공항, 부산시청, 김포공항 · 이동
              09-01 07:00 KST | 현지 09-01 07:00 KST | 김포공항 출발 → 김해공항 도착 (현지 09-01 08:05 KST)
              09-01 10:00 KST | 현지 09-01 10:00 KST | 방문 부산시청 (부산시청): 청년 창업 교류 논의 — 부산시장, 경제부시장
              09-01 18:00 KST | 현지 09-01 18:00 KST | KE1114 김해공항 출발 → 김포공항 도착 (현지 09-01 19:05 KST)
            체결한 협약
            진전된 교류 관계
              2023-09-01 부산시청: 창업 교류 정례화에 합의
            후속 조치
              기한 2023-09-08: 회의록 송부
              기한 2023-09-30 (부산시청): 교류 계획 확정

            """.ReplaceLineEndings(),
            DayTrip().Report(new System.Collections.Generic.Dictionary<OrganizationId, LocalizedText> { [BusanCityHall] = LocalizedText.Create("부산시청", "Busan City Hall") }).ToText("ko"));

    [Fact]
    public void A_day_trip_report_reads_in_English()
        => Assert.Equal(
            """
            Trip to Busan (same day, Asia/Seoul)
            Day 1 2023-09-01 (Fri) — Gimpo Airport, Gimhae Airport, Busan City Hall, Gimpo Airport · in transit
              09-01 07:00 KST | local 09-01 07:00 KST | Flight Gimpo Airport → Gimhae Airport, arrives 09-01 08:05 KST local
              09-01 10:00 KST | local 09-01 10:00 KST | Visit busan-city-hall (Busan City Hall): Youth start-up exchange discussed — Mayor of Busan, Vice Mayor for Economic Affairs
              09-01 18:00 KST | local 09-01 18:00 KST | Flight KE1114 Gimhae Airport → Gimpo Airport, arrives 09-01 19:05 KST local
            Agreements signed
            Partnerships advanced
              2023-09-01 busan-city-hall: Agreed to hold start-up exchanges every year
            Follow-ups
              due 2023-09-08: Send the minutes
              due 2023-09-30 (busan-city-hall): Settle the exchange plan

            """.ReplaceLineEndings(),
            DayTrip().Report().ToText("en"));

    /// <summary>Gimpo to Gimhae and back on 2023-09-01 (the outbound flight without a flight number), with a visit to Busan City Hall.</summary>
    private static OverseasTrip DayTrip()
    {
        var visit = new Visit(BusanCityHall, BusanCity, new LocalDate(2023, 9, 1), LocalizedText.Create("청년 창업 교류 논의", "Youth start-up exchange discussed"),
            VisitOutcome.TieDiscussed(LocalizedText.Create("창업 교류 정례화에 합의", "Agreed to hold start-up exchanges every year")), new LocalTime(10, 0),
            [new PersonInRole(LocalizedText.Create("부산시장", "Mayor of Busan"), BusanCityHall), new PersonInRole(LocalizedText.Create("경제부시장", "Vice Mayor for Economic Affairs"))],
            [
                new FollowUp(LocalizedText.Create("교류 계획 확정", "Settle the exchange plan"), new LocalDate(2023, 9, 30), BusanCityHall),
                new FollowUp(LocalizedText.Create("회의록 송부", "Send the minutes"), new LocalDate(2023, 9, 8)),
            ]);
        return TripOf(
            new Itinerary(
            [
                new TravelLeg(TravelMode.Flight, Gimpo, Gimhae, On(1, 7).InZoneStrictly(Gimpo.Zone), On(1, 8, 5).InZoneStrictly(Gimhae.Zone)),
                Flight(Gimhae, Gimpo, On(1, 18), On(1, 19, 5), "KE1114"),
            ]),
            visit);
    }
}

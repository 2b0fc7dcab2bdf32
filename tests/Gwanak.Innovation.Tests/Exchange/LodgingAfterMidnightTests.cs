using System;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

/// <summary>
/// A delegation that lands after midnight at a hotel booked from the evening before: the night is its own when it reaches
/// the lodging before the next morning's check-out time (11:00 local unless the lodging says otherwise).
/// </summary>
public sealed class LodgingAfterMidnightTests
{
    private static readonly Place Frankfurt = Place.Of("프랑크푸르트 공항", "Frankfurt Airport", "DE", "Europe/Berlin");
    private static readonly LocalDate EveningBefore = new(2024, 3, 1);

    /// <summary>Seoul 2024-03-01 19:00 to Frankfurt, landing on 2024-03-02 at the given local time; back on 2024-03-03 19:00.</summary>
    private static TravelLeg[] LandingAt(LocalTime landing) =>
    [
        Flight(Incheon, Frankfurt, EveningBefore.At(new LocalTime(19, 0)), EveningBefore.PlusDays(1).At(landing), "KE905"),
        Flight(Frankfurt, Incheon, new LocalDateTime(2024, 3, 3, 19, 0), new LocalDateTime(2024, 3, 4, 14, 0), "KE906"),
    ];

    private static Stay Hotel(CheckOutPolicy? checkOut = null)
        => new(Frankfurt, LocalizedText.Create("프랑크푸르트 호텔", "Frankfurt hotel"), EveningBefore, 2, checkOut);

    [Fact]
    public void A_night_reached_at_half_past_midnight_is_accepted()
        => Assert.True(Gwanak.Innovation.Exchange.Itinerary.TryCreate([.. LandingAt(new LocalTime(0, 30))], [Hotel()]).IsAccepted);

    [Fact]
    public void A_night_reached_a_minute_before_check_out_is_accepted()
        => Assert.True(Gwanak.Innovation.Exchange.Itinerary.TryCreate([.. LandingAt(new LocalTime(10, 59))], [Hotel()]).IsAccepted);

    [Fact]
    public void A_night_reached_at_the_check_out_time_is_refused_with_TRP_004()
        => Assert.Equal(TripRules.StayOutsideTimeAtPlace, Gwanak.Innovation.Exchange.Itinerary.TryCreate([.. LandingAt(new LocalTime(11, 0))], [Hotel()]).Refusal?.RuleId);

    [Fact]
    public void A_night_reached_after_check_out_is_refused_naming_the_stay_the_night_and_the_check_out_time()
    {
        var refusal = Gwanak.Innovation.Exchange.Itinerary.TryCreate([.. LandingAt(new LocalTime(11, 30))], [Hotel()]).Refusal!;
        Assert.Equal(
            (TripRules.StayOutsideTimeAtPlace, true, true, true),
            (refusal.RuleId, refusal.Message.Contains("Frankfurt hotel", StringComparison.Ordinal), refusal.Message.Contains("2024-03-01", StringComparison.Ordinal), refusal.Message.Contains("11:00", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_lodging_with_a_noon_check_out_keeps_a_night_reached_at_half_past_eleven()
        => Assert.True(Gwanak.Innovation.Exchange.Itinerary.TryCreate([.. LandingAt(new LocalTime(11, 30))], [Hotel(new CheckOutPolicy(new LocalTime(12, 0), EveningBefore))]).IsAccepted);

    [Fact]
    public void A_night_reached_the_evening_after_is_refused()
    {
        // Landing on 2024-03-02 at 20:00: the night of 03-01 was over at that morning's check-out.
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary([.. LandingAt(new LocalTime(20, 0))], [Hotel()]));
        Assert.Equal(TripRules.StayOutsideTimeAtPlace, e.RuleId);
    }

    [Fact]
    public void A_night_reached_after_midnight_counts_as_a_night_at_a_lodging()
        => Assert.Equal("2박 4일", new Itinerary([.. LandingAt(new LocalTime(0, 30))], [Hotel()]).Length.ToKoreanString());

    [Fact]
    public void Without_the_booking_the_night_in_the_air_is_not_a_night_away()
        => Assert.Equal("1박 4일", new Itinerary([.. LandingAt(new LocalTime(0, 30))]).Length.ToKoreanString());

    [Fact]
    public void A_night_on_the_ground_at_midnight_is_counted_once_with_or_without_the_booking()
        => Assert.Equal(
            new Itinerary([.. LandingAt(new LocalTime(0, 0))]).Length,
            new Itinerary([.. LandingAt(new LocalTime(0, 0))], [Hotel()]).Length);

    [Fact]
    public void The_report_puts_a_night_reached_after_midnight_at_the_arrival()
    {
        var itinerary = new Itinerary([.. LandingAt(new LocalTime(0, 30))], [Hotel()]);
        var trip = new OverseasTrip(new TripId("frankfurt-2024"), LocalizedText.Of("en", "Frankfurt"), Gwanak2023Exchange.Delegation(), itinerary);
        var night = trip.Report().Days.SelectMany(d => d.Entries).First(e => e.Description.English.StartsWith("Night", StringComparison.Ordinal));
        Assert.Equal(
            (new LocalDateTime(2024, 3, 2, 0, 30), "Night at Frankfurt hotel (Frankfurt Airport, reached after midnight)"),
            (night.LocalTime.LocalDateTime, night.Description.English));
    }

    [Fact]
    public void The_report_lists_a_night_reached_after_midnight_on_the_day_of_the_arrival_at_home()
    {
        var itinerary = new Itinerary([.. LandingAt(new LocalTime(0, 30))], [Hotel()]);
        var trip = new OverseasTrip(new TripId("frankfurt-2024"), LocalizedText.Of("en", "Frankfurt"), Gwanak2023Exchange.Delegation(), itinerary);
        Assert.Equal(2, trip.Report().Days.Single(d => d.Entries.Any(e => e.Description.Korean.Contains("자정 넘어 도착", StringComparison.Ordinal))).Number);
    }

    [Fact]
    public void A_night_is_kept_exactly_when_the_lodging_is_reached_before_its_check_out_time()
        => Gen.Select(Gen.Int[1, (24 * 60) - 1], Gen.Int[0, 23]).Sample((landing, checkOutHour) =>
            Gwanak.Innovation.Exchange.Itinerary.TryCreate([.. LandingAt(LocalTime.Midnight.PlusMinutes(landing))], [Hotel(new CheckOutPolicy(new LocalTime(checkOutHour, 0), EveningBefore))]).IsAccepted
                == (landing < checkOutHour * 60));

    [Fact]
    public void A_check_out_policy_needs_the_day_it_was_stated()
        => Assert.Equal("statedOn", Assert.Throws<ArgumentException>(() => new CheckOutPolicy(new LocalTime(11, 0), default)).ParamName);

    [Fact]
    public void A_stay_without_a_policy_checks_out_at_eleven()
        => Assert.Equal(new LocalTime(11, 0), Hotel().CheckOutPolicy.Time);
    [Fact]
    public void The_report_puts_a_night_at_the_first_arrival_after_midnight()
    {
        // Landing at Gimhae at 00:30, a detour to Busan Station and back to Gimhae by 02:30: the night began at 00:30.
        var gimhae = Place.Of("김해공항", "Gimhae Airport", "KR", "Asia/Seoul");
        var busan = Gwanak2023Exchange.BusanStation;
        var itinerary = new Itinerary(
            [
                Flight(Incheon, gimhae, new LocalDateTime(2024, 3, 1, 23, 20), new LocalDateTime(2024, 3, 2, 0, 30), "KE1403"),
                Road(gimhae, busan, new LocalDateTime(2024, 3, 2, 1, 0), new LocalDateTime(2024, 3, 2, 1, 40)),
                Road(busan, gimhae, new LocalDateTime(2024, 3, 2, 2, 0), new LocalDateTime(2024, 3, 2, 2, 30)),
                Flight(gimhae, Incheon, new LocalDateTime(2024, 3, 2, 18, 0), new LocalDateTime(2024, 3, 2, 19, 10), "KE1404"),
            ],
            [new Stay(gimhae, LocalizedText.Create("김해 호텔", "Gimhae hotel"), EveningBefore, 1)]);
        var trip = new OverseasTrip(new TripId("gimhae-2024"), LocalizedText.Of("en", "Gimhae"), Gwanak2023Exchange.Delegation(), itinerary);
        var night = trip.Report().Days.SelectMany(d => d.Entries).Single(e => e.Description.English.StartsWith("Night", StringComparison.Ordinal));
        Assert.Equal(new LocalDateTime(2024, 3, 2, 0, 30), night.LocalTime.LocalDateTime);
    }

    [Fact]
    public void A_night_booked_from_the_evening_before_a_departure_at_midnight_is_not_a_night_away()
    {
        // Leaving Seoul at midnight and reaching the hotel at 02:40: the trip began with that night's midnight, not before it.
        var busan = Gwanak2023Exchange.BusanStation;
        var itinerary = new Itinerary(
            [
                Road(Incheon, busan, new LocalDateTime(2024, 3, 2, 0, 0), new LocalDateTime(2024, 3, 2, 2, 40)),
                Road(busan, Incheon, new LocalDateTime(2024, 3, 3, 10, 0), new LocalDateTime(2024, 3, 3, 12, 40)),
            ],
            [new Stay(busan, LocalizedText.Create("부산 호텔", "Busan hotel"), EveningBefore, 2)]);
        Assert.Equal(new TripLength(1, 2), itinerary.Length);
    }
}

using System;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class ItineraryTests
{
    private static readonly Place Seoul = Gwanak2023Exchange.SeoulStation;
    private static readonly Place Busan = Gwanak2023Exchange.BusanStation;
    private static readonly Place Frankfurt = Place.Of("프랑크푸르트", "Frankfurt", "DE", "Europe/Berlin");

    private static LocalDateTime On(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute);

    [Fact]
    public void The_2023_trip_is_seven_nights_nine_days()
        => Assert.Equal(new TripLength(7, 9), Itinerary().Length);

    [Fact]
    public void The_2023_trip_renders_in_korean()
        => Assert.Equal("7박 9일", Itinerary().Length.ToKoreanString());

    [Fact]
    public void The_2023_trip_renders_in_english()
        => Assert.Equal("7 nights, 9 days", Itinerary().Length.ToEnglishString());

    [Fact]
    public void Subtracting_the_2023_trips_local_dates_would_give_eight_nights()
    {
        // The trap the model avoids: 13 - 5 = 8 "nights"; the eastbound crossing repeats 5 July.
        var itinerary = Itinerary();
        Assert.Equal((8, 7), (Period.DaysBetween(itinerary.FirstDay, itinerary.LastDay), itinerary.Length.Nights));
    }

    [Fact]
    public void The_2023_trip_spans_the_fifth_to_the_thirteenth_in_Seoul()
        => Assert.Equal((new LocalDate(2023, 7, 5), new LocalDate(2023, 7, 13)), (Itinerary().FirstDay, Itinerary().LastDay));

    [Fact]
    public void Crossing_the_date_line_eastward_from_Seoul_repeats_a_date()
    {
        var itinerary = new Itinerary(
        [
            Flight(Incheon, Lax, On(2024, 3, 1, 20), On(2024, 3, 1, 15), "KE017"),
            Flight(Lax, Incheon, On(2024, 3, 3, 12), On(2024, 3, 4, 18), "KE018"),
        ]);
        Assert.Equal("2박 4일", itinerary.Length.ToKoreanString());
    }

    [Fact]
    public void Crossing_the_date_line_westward_from_Los_Angeles_loses_a_date()
    {
        // Home Los Angeles: the outbound flight lands on the next local date, the return lands "before" it left.
        var itinerary = new Itinerary(
        [
            Flight(Lax, Incheon, On(2024, 3, 1, 11), On(2024, 3, 2, 17), "KE012"),
            Flight(Incheon, Lax, On(2024, 3, 4, 10), On(2024, 3, 4, 5), "KE011"),
        ]);
        Assert.Equal("2 nights, 4 days", itinerary.Length.ToEnglishString());
    }

    [Fact]
    public void A_night_over_the_autumn_clock_change_counts_once()
    {
        // Europe/Berlin falls back on 2023-10-29: that day has 25 hours, still one night.
        var frankfurtAirport = Frankfurt;
        var itinerary = new Itinerary(
        [
            Flight(Incheon, frankfurtAirport, On(2023, 10, 27, 13), On(2023, 10, 27, 18, 30), "KE905"),
            Flight(frankfurtAirport, Incheon, On(2023, 10, 30, 19), On(2023, 10, 31, 14), "KE906"),
        ]);
        Assert.Equal(new TripLength(3, 5), itinerary.Length);
    }

    [Fact]
    public void A_home_zone_spring_forward_does_not_change_the_day_count()
    {
        // Home Los Angeles, clocks go forward on 2024-03-10 at 02:00.
        var sanDiego = Place.Of("샌디에이고", "San Diego", "US", "America/Los_Angeles");
        var itinerary = new Itinerary(
        [
            Road(Lax, sanDiego, On(2024, 3, 9, 22), On(2024, 3, 10, 3, 30)),
            Road(sanDiego, Lax, On(2024, 3, 10, 18), On(2024, 3, 10, 21)),
        ]);
        Assert.Equal(new TripLength(0, 2), itinerary.Length);
    }

    [Fact]
    public void A_same_day_domestic_trip_is_a_day_trip()
    {
        var itinerary = new Itinerary(
        [
            Road(Seoul, Busan, On(2023, 9, 1, 7), On(2023, 9, 1, 9, 40)),
            Road(Busan, Seoul, On(2023, 9, 1, 18), On(2023, 9, 1, 20, 40)),
        ]);
        Assert.Equal(("당일", "same day"), (itinerary.Length.ToKoreanString(), itinerary.Length.ToEnglishString()));
    }

    [Fact]
    public void A_night_on_an_overnight_leg_is_not_a_night_at_a_lodging()
    {
        var itinerary = new Itinerary(
        [
            Road(Seoul, Busan, On(2023, 9, 1, 22), On(2023, 9, 2, 4)),
            Road(Busan, Seoul, On(2023, 9, 2, 18), On(2023, 9, 2, 21)),
        ]);
        Assert.Equal(new TripLength(0, 2), itinerary.Length);
    }

    [Fact]
    public void One_night_renders_in_the_singular()
        => Assert.Equal("1 night, 2 days", new TripLength(1, 2).ToEnglishString());

    [Theory]
    [InlineData(0, 1, "당일", "same day")]
    [InlineData(0, 2, "무박 2일", "no nights, 2 days")]
    [InlineData(0, 3, "무박 3일", "no nights, 3 days")]
    [InlineData(1, 2, "1박 2일", "1 night, 2 days")]
    [InlineData(7, 9, "7박 9일", "7 nights, 9 days")]
    public void A_length_is_worded_as_Korean_travel_orders_word_it(int nights, int days, string korean, string english)
        => Assert.Equal((korean, english), (new TripLength(nights, days).ToKoreanString(), new TripLength(nights, days).ToEnglishString()));

    [Fact]
    public void Days_with_no_night_at_a_lodging_are_never_zero_nights()
        => Gen.Select(Gen.Int[0, 30], Gen.Int[1, 40]).Where((nights, days) => nights < days)
            .Sample((nights, days) => !new TripLength(nights, days).ToKoreanString().StartsWith('0'));

    [Fact]
    public void An_overnight_bus_there_and_back_is_mubak_two_days()
    {
        var itinerary = new Itinerary(
        [
            Road(Seoul, Busan, On(2023, 9, 1, 22), On(2023, 9, 2, 4)),
            Road(Busan, Seoul, On(2023, 9, 2, 18), On(2023, 9, 2, 21)),
        ]);
        Assert.Equal(("무박 2일", "no nights, 2 days"), (itinerary.Length.ToKoreanString(), itinerary.Length.ToEnglishString()));
    }

    [Fact]
    public void Overlapping_legs_are_refused_naming_both()
    {
        var legs = Legs();
        legs[2] = Road(SantaClara, SanFrancisco, At(7, 5, 14, 0), At(7, 5, 15, 0));
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary([.. legs]));
        Assert.Equal((TripRules.LegsOverlap, true, true), (e.RuleId, e.Message.Contains("leg 3", StringComparison.Ordinal), e.Message.Contains("leg 2", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_leg_arriving_before_it_leaves_is_refused()
    {
        var legs = Legs();
        legs[0] = Flight(Incheon, Sfo, At(7, 5, 18, 40), At(7, 5, 1, 50), "KE023");
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary([.. legs]));
        Assert.Equal((TripRules.LegGoesBackInTime, true), (e.RuleId, e.Message.Contains("leg 1 (KE023", StringComparison.Ordinal)));
    }

    [Fact]
    public void Legs_listed_out_of_order_go_back_in_time()
    {
        var legs = Legs();
        (legs[3], legs[4]) = (legs[4], legs[3]);
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary([.. legs]));
        Assert.Equal((TripRules.LegGoesBackInTime, true), (e.RuleId, e.Message.Contains("leg 5", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_gap_between_legs_is_refused_naming_both()
    {
        var legs = Legs().Where((_, i) => i != 3).ToArray();
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary([.. legs]));
        Assert.Equal((TripRules.GapBetweenLegs, true, true), (e.RuleId, e.Message.Contains("leg 3", StringComparison.Ordinal), e.Message.Contains("leg 4", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_stay_for_a_night_spent_elsewhere_is_refused()
    {
        var stays = Stays();
        stays[0] = new Stay(SantaClara, LocalizedText.Of("en", "Hotel"), new LocalDate(2023, 7, 5), 5);
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary([.. Legs()], [.. stays]));
        Assert.Equal(TripRules.StayOutsideTimeAtPlace, e.RuleId);
    }

    [Fact]
    public void Two_stays_on_the_same_night_are_refused()
    {
        Stay[] stays = [.. Stays(), new Stay(SantaClara, LocalizedText.Of("en", "Other hotel"), new LocalDate(2023, 7, 6), 1)];
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary([.. Legs()], [.. stays]));
        Assert.Equal(TripRules.StaysOverlap, e.RuleId);
    }

    [Fact]
    public void TryCreate_reports_the_problem_without_throwing()
    {
        var legs = Legs().Where((_, i) => i != 3).ToArray();
        var decision = Gwanak.Innovation.Exchange.Itinerary.TryCreate([.. legs]);
        Assert.Equal((false, TripRules.GapBetweenLegs), (decision.IsAccepted, decision.Refusal?.RuleId));
    }

    [Fact]
    public void An_itinerary_needs_a_leg()
        => Assert.Equal("legs", Assert.Throws<ArgumentException>(() => new Itinerary([])).ParamName);

    [Fact]
    public void A_departure_in_another_zone_than_its_place_is_refused()
        => Assert.Equal("departure", Assert.Throws<ArgumentException>(() => new TravelLeg(TravelMode.Flight, Incheon, Sfo, At(7, 5, 18, 40).InZoneStrictly(California), At(7, 5, 12, 50).InZoneStrictly(California))).ParamName);

    [Fact]
    public void The_delegation_is_on_the_ground_in_Santa_Clara_on_its_first_afternoon()
        => Assert.Equal(SantaClara, Itinerary().GroundPlaceAt(At(7, 6, 15, 0).InZoneStrictly(California).ToInstant()));

    [Fact]
    public void The_delegation_is_nowhere_on_the_ground_while_flying()
        => Assert.Null(Itinerary().GroundPlaceAt(At(7, 5, 22, 0).InZoneStrictly(Gwanak2023Exchange.Seoul).ToInstant()));

    [Fact]
    public void An_arrival_in_another_zone_than_its_place_is_refused()
        => Assert.Equal("arrival", Assert.Throws<ArgumentException>(() => new TravelLeg(TravelMode.Flight, Incheon, Sfo, At(7, 5, 18, 40).InZoneStrictly(Gwanak2023Exchange.Seoul), At(7, 5, 12, 50).InZoneStrictly(Gwanak2023Exchange.Seoul))).ParamName);

    [Fact]
    public void A_null_leg_is_refused()
        => Assert.Equal("legs", Assert.Throws<ArgumentException>(() => new Itinerary([Legs()[0], null!])).ParamName);

    [Fact]
    public void A_stay_of_no_nights_is_refused()
        => Assert.Equal("nights", Assert.Throws<ArgumentException>(() => new Stay(SantaClara, LocalizedText.Of("en", "Hotel"), new LocalDate(2023, 7, 5), 0)).ParamName);

    [Fact]
    public void A_place_needs_a_two_letter_country_code()
        => Assert.Equal("countryCode", Assert.Throws<ArgumentException>(() => Place.Of("서울", "Seoul", "KOR", "Asia/Seoul")).ParamName);

    [Fact]
    public void A_night_whose_midnight_the_clocks_skip_still_counts()
    {
        // America/Santiago springs forward at midnight on 2023-09-03: that day begins at 01:00, and the night still counts.
        var santiago = Place.Of("산티아고", "Santiago", "CL", "America/Santiago");
        var itinerary = new Itinerary(
        [
            Flight(Lax, santiago, On(2023, 9, 1, 22), On(2023, 9, 2, 12), "LA601"),
            Flight(santiago, Lax, On(2023, 9, 3, 10), On(2023, 9, 3, 18), "LA600"),
        ]);
        Assert.Equal(new TripLength(1, 3), itinerary.Length);
    }

    [Fact]
    public void The_constructor_keeps_the_stays_by_first_night()
        => Assert.Equal(Itinerary(), new Itinerary([.. Legs()], [.. Stays().Reverse()]));

    [Fact]
    public void TryCreate_accepts_what_the_constructor_accepts()
        => Assert.Equal(Itinerary(), Gwanak.Innovation.Exchange.Itinerary.TryCreate([.. Legs()], [.. Stays()]).Value);

    [Fact]
    public void A_null_stay_is_refused_naming_the_stays()
        => Assert.Equal("stays", Assert.Throws<ArgumentException>(() => new Itinerary([.. Legs()], [Stays()[0], null!])).ParamName);
    private static Instant Korea(LocalDateTime time) => time.InZoneStrictly(Busan.Zone).ToInstant();

    private static TravelLeg[] BusanAndBack() =>
    [
        Road(Seoul, Busan, On(2023, 9, 1, 7), On(2023, 9, 1, 9, 40)),
        Road(Busan, Seoul, On(2023, 9, 1, 18), On(2023, 9, 1, 20, 40)),
    ];

    private static Stay BusanHotel(LocalDate firstNight, int nights = 1)
        => new(Busan, LocalizedText.Create("부산 호텔", "Busan hotel"), firstNight, nights);

    [Fact]
    public void The_delegation_is_on_the_ground_from_the_arrival_until_the_next_departure()
    {
        var itinerary = new Itinerary([.. BusanAndBack()]);
        Assert.Equal(
            (Busan, Busan, (Place?)null),
            (itinerary.GroundPlaceAt(Korea(On(2023, 9, 1, 9, 40))), itinerary.GroundPlaceAt(Korea(On(2023, 9, 1, 17, 59))), itinerary.GroundPlaceAt(Korea(On(2023, 9, 1, 18)))));
    }

    [Fact]
    public void A_leg_leaving_as_the_previous_one_arrives_is_a_connection()
    {
        var itinerary = new Itinerary(
        [
            Road(Seoul, Busan, On(2023, 9, 1, 7), On(2023, 9, 1, 9, 40)),
            Road(Busan, Seoul, On(2023, 9, 1, 9, 40), On(2023, 9, 1, 12, 20)),
        ]);
        Assert.Equal(new TripLength(0, 1), itinerary.Length);
    }

    [Fact]
    public void A_leg_leaving_when_the_previous_one_left_overlaps_it()
    {
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary(
        [
            Road(Seoul, Busan, On(2023, 9, 1, 7), On(2023, 9, 1, 9, 40)),
            Road(Busan, Seoul, On(2023, 9, 1, 7), On(2023, 9, 1, 9, 40)),
        ]));
        Assert.Equal(
            (TripRules.LegsOverlap, "leg 2 (Busan Station → Seoul Station) leaves at 2023-09-01 07:00 KST, before leg 1 (Seoul Station → Busan Station) arrives at 2023-09-01 09:40 KST: the legs overlap. A leg leaves after the previous one arrived."),
            (e.RuleId, e.Message));
    }

    [Fact]
    public void A_leg_leaving_before_the_previous_one_left_is_refused_naming_both()
    {
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary(
        [
            Road(Seoul, Busan, On(2023, 9, 1, 7), On(2023, 9, 1, 9, 40)),
            Road(Busan, Seoul, On(2023, 9, 1, 6), On(2023, 9, 1, 8, 40)),
        ]));
        Assert.Equal(
            (TripRules.LegGoesBackInTime, "leg 2 (Busan Station → Seoul Station) leaves at 2023-09-01 06:00 KST, before leg 1 (Seoul Station → Busan Station) left at 2023-09-01 07:00 KST: list the legs in the order they are travelled."),
            (e.RuleId, e.Message));
    }

    [Fact]
    public void A_gap_between_two_legs_is_refused_naming_both_places()
    {
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary(
        [
            Road(Seoul, Busan, On(2023, 9, 1, 7), On(2023, 9, 1, 9, 40)),
            Flight(Incheon, Frankfurt, On(2023, 9, 1, 13), On(2023, 9, 1, 19), "KE905"),
        ]));
        Assert.Equal(
            (TripRules.GapBetweenLegs, "leg 1 (Seoul Station → Busan Station) arrives at Busan Station, but leg 2 (KE905 Incheon International Airport → Frankfurt) leaves from Incheon International Airport: between them the delegation is nowhere. Add the move between the two places."),
            (e.RuleId, e.Message));
    }

    [Fact]
    public void Broken_legs_are_reported_before_the_stays_they_break()
    {
        var refusal = Gwanak.Innovation.Exchange.Itinerary.TryCreate(
            [
                Road(Seoul, Busan, On(2023, 9, 1, 7), On(2023, 9, 1, 9, 40)),
                Road(Busan, Seoul, On(2023, 9, 1, 9), On(2023, 9, 1, 11, 40)),
            ],
            [BusanHotel(new LocalDate(2023, 9, 1))]).Refusal;
        Assert.Equal(TripRules.LegsOverlap, refusal?.RuleId);
    }

    [Fact]
    public void A_stay_for_the_night_of_a_departure_at_midnight_is_refused_naming_the_stay_and_the_night()
    {
        var e = Assert.Throws<DomainRuleException>(() => new Itinerary(
            [
                Road(Seoul, Busan, On(2023, 9, 1, 12), On(2023, 9, 1, 14, 40)),
                Road(Busan, Seoul, On(2023, 9, 2, 0), On(2023, 9, 2, 2, 40)),
            ],
            [BusanHotel(new LocalDate(2023, 9, 1))]));
        Assert.Equal(
            (TripRules.StayOutsideTimeAtPlace, "The stay Busan hotel (Busan Station) 2023-09-01 +1 nights claims the night of 2023-09-01, but the legs do not put the delegation on the ground at Busan Station from midnight to the check-out time the next morning (11:00 local). A stay's nights lie between the arrival there, at the latest before that check-out time, and the next departure."),
            (e.RuleId, e.Message));
    }

    [Fact]
    public void A_stay_at_a_place_only_passed_through_at_midnight_is_refused()
    {
        // The bus reaches Busan at midnight and leaves at once: the delegation never stopped there that night.
        var decision = Gwanak.Innovation.Exchange.Itinerary.TryCreate(
            [
                Road(Seoul, Busan, On(2023, 9, 1, 21, 20), On(2023, 9, 2, 0)),
                Road(Busan, Seoul, On(2023, 9, 2, 0), On(2023, 9, 2, 2, 40)),
            ],
            [BusanHotel(new LocalDate(2023, 9, 1))]);
        Assert.Equal(TripRules.StayOutsideTimeAtPlace, decision.Refusal?.RuleId);
    }

    [Fact]
    public void Itineraries_with_other_legs_differ_even_without_stays()
    {
        var dayTrip = new Itinerary([.. BusanAndBack()]);
        Gwanak.Innovation.Exchange.Itinerary? none = null;
        var overnight = new Itinerary(
        [
            Road(Seoul, Busan, On(2023, 9, 1, 22), On(2023, 9, 2, 4)),
            Road(Busan, Seoul, On(2023, 9, 2, 18), On(2023, 9, 2, 21)),
        ]);
        Assert.Equal((false, false, true), (dayTrip.Equals(overnight), dayTrip.Equals(none), dayTrip.Equals(new Itinerary([.. BusanAndBack()]))));
    }

    [Fact]
    public void Itineraries_with_other_stays_differ()
    {
        var legs = new[]
        {
            Road(Seoul, Busan, On(2023, 9, 1, 7), On(2023, 9, 1, 9, 40)),
            Road(Busan, Seoul, On(2023, 9, 3, 18), On(2023, 9, 3, 20, 40)),
        };
        Assert.False(new Itinerary([.. legs], [BusanHotel(new LocalDate(2023, 9, 1), 2)]).Equals(new Itinerary([.. legs], [BusanHotel(new LocalDate(2023, 9, 1))])));
    }

    [Theory]
    [InlineData(0, 1, true, false)]
    [InlineData(0, 2, false, true)]
    [InlineData(1, 1, false, false)]
    [InlineData(1, 2, false, false)]
    public void A_day_trip_is_not_a_trip_without_a_night(int nights, int days, bool sameDay, bool withoutNight)
        => Assert.Equal((sameDay, withoutNight), (new TripLength(nights, days).IsSameDay, new TripLength(nights, days).IsWithoutNight));

    [Fact]
    public void One_day_renders_in_the_singular()
        => Assert.Equal(("1박 1일", "1 night, 1 day"), (new TripLength(1, 1).ToKoreanString(), new TripLength(1, 1).ToEnglishString()));

    [Fact]
    public void A_stay_may_check_out_on_the_last_day_of_the_calendar()
        => Assert.Equal(LocalDate.MaxIsoValue, BusanHotel(LocalDate.MaxIsoValue.PlusDays(-1)).CheckOut);

    [Fact]
    public void A_stay_checking_out_beyond_the_calendar_is_refused_naming_the_nights()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BusanHotel(LocalDate.MaxIsoValue.PlusDays(-1), 2));
        Assert.Equal(
            ("nights", $"2 nights from 9999-12-30 would check out after 9999-12-31, the end of the calendar the library counts in. (Parameter 'nights'){Environment.NewLine}Actual value was 2."),
            (e.ParamName, e.Message));
    }

    [Fact]
    public void A_leg_in_words_names_its_service_and_places()
        => Assert.Equal(
            ("KE905 Incheon International Airport → Frankfurt", "Seoul Station → Busan Station"),
            (Flight(Incheon, Frankfurt, On(2023, 9, 1, 13), On(2023, 9, 1, 19), "KE905").ToString(), BusanAndBack()[0].ToString()));

    [Fact]
    public void A_departure_in_another_zone_than_its_place_is_refused_naming_both_zones()
        => Assert.Equal(
            "The departure is given in Europe/Berlin, but 서울역 is in Asia/Seoul: give it as the clocks there show it. (Parameter 'departure')",
            Assert.Throws<ArgumentException>(() => new TravelLeg(TravelMode.Ground, Seoul, Busan, On(2023, 9, 1, 7).InZoneStrictly(Frankfurt.Zone), On(2023, 9, 1, 9).InZoneStrictly(Busan.Zone))).Message);

    [Fact]
    public void An_arrival_in_another_zone_than_its_place_is_refused_naming_both_zones()
        => Assert.Equal(
            "The arrival is given in Asia/Seoul, but 프랑크푸르트 is in Europe/Berlin: give it as the clocks there show it. (Parameter 'arrival')",
            Assert.Throws<ArgumentException>(() => new TravelLeg(TravelMode.Flight, Incheon, Frankfurt, On(2023, 9, 1, 13).InZoneStrictly(Incheon.Zone), On(2023, 9, 1, 19).InZoneStrictly(Busan.Zone))).Message);

    [Fact]
    public void A_leg_within_two_days_of_the_end_of_the_calendar_is_refused_naming_the_time()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Road(Seoul, Busan, new LocalDateTime(9999, 12, 30, 10, 0), new LocalDateTime(9999, 12, 30, 12, 40)));
        Assert.Equal(
            ("departure", $"The time 9999-12-30T10:00:00 Asia/Seoul (+09) is within two days of the end of the calendar the library counts in (-9998-01-01 to 9999-12-31); a trip's days are counted a day either side of its legs in every zone. (Parameter 'departure'){Environment.NewLine}Actual value was 9999-12-30T10:00:00 Asia/Seoul (+09)."),
            (e.ParamName, e.Message));
    }
}

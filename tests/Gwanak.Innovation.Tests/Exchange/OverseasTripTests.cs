using System;
using System.Linq;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class OverseasTripTests
{
    [Fact]
    public void A_trip_without_an_id_is_refused_naming_it()
        => Assert.Equal("id", Assert.Throws<System.ArgumentException>(() => new OverseasTrip(default, LocalizedText.Of("en", "Trip"), Gwanak2023Exchange.Delegation(), Gwanak2023Exchange.Itinerary())).ParamName);

    [Fact]
    public void The_2023_trip_visits_the_nine_organisations_in_order()
        => Assert.Equal(
            ["apple", "city-of-cupertino", "intel", "google", "stanford-university", "tesla", "city-of-san-francisco", "kaccoc", "city-of-fullerton"],
            Trip().Visits.Select(v => v.Organization.Value));

    [Fact]
    public void The_delegation_had_eight_members_one_named()
    {
        var delegation = Trip().Delegation;
        Assert.Equal((8, 1), (delegation.Size, delegation.Members.Count));
    }

    [Fact]
    public void The_head_of_the_delegation_is_the_district_mayor()
        => Assert.Equal("박준희", Trip().Delegation.Head.Name!.Name.Korean);

    [Fact]
    public void Names_of_people_are_marked_as_personal_data()
        => Assert.NotNull(typeof(PersonInRole).GetProperty(nameof(PersonInRole.Name))!.GetCustomAttributes(typeof(PersonalDataAttribute), false).SingleOrDefault());

    [Fact]
    public void A_person_in_a_role_never_shows_the_name_as_text()
        => Assert.DoesNotContain("Park", Trip().Delegation.Head.ToString(), StringComparison.Ordinal);

    [Fact]
    public void A_delegation_cannot_be_smaller_than_its_listed_members()
        => Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => new Delegation(LocalizedText.Of("en", "x"), [new PersonInRole(LocalizedText.Of("en", "Mayor"))], 0)).ParamName);

    [Fact]
    public void The_trip_is_seven_nights_nine_days()
        => Assert.Equal("7박 9일", Trip().Length.ToKoreanString());

    [Fact]
    public void A_visit_after_the_return_is_refused()
    {
        var returnVisit = new Visit(GwanakOffice, Place.Of("관악구청", "Gwanak-gu Office", "KR", "Asia/Seoul"), new LocalDate(2023, 7, 24),
            LocalizedText.Create("풀러턴시 대표 관악구 방문", "Fullerton's representatives visit Gwanak-gu"), VisitOutcome.TieDiscussed(LocalizedText.Of("en", "Discussed")));
        var e = Assert.Throws<DomainRuleException>(() => Trip().WithVisit(returnVisit));
        Assert.Equal(TripRules.VisitOutsideTrip, e.RuleId);
    }

    [Fact]
    public void A_visit_while_the_delegation_is_in_the_air_is_refused_by_CanAddVisit()
    {
        var early = new Visit(new OrganizationId("apple"), Cupertino, new LocalDate(2023, 7, 5), LocalizedText.Of("en", "Too early"), VisitOutcome.StudyVisit(LocalizedText.Of("en", "x")), new LocalTime(9, 0));
        Assert.False(Trip().CanAddVisit(early));
    }

    [Fact]
    public void A_follow_up_due_before_its_visit_is_refused()
    {
        var e = Assert.Throws<DomainRuleException>(() => new Visit(Kaccoc, OrangeCounty, new LocalDate(2023, 7, 11), LocalizedText.Of("en", "MOU"),
            VisitOutcome.AgreementSigned(KaccocMou, LocalizedText.Of("en", "MOU")), followUps: [new FollowUp(LocalizedText.Of("en", "Report"), new LocalDate(2023, 7, 10))]));
        Assert.Equal(TripRules.FollowUpBeforeVisit, e.RuleId);
    }

    [Fact]
    public void The_report_has_one_day_per_home_calendar_day()
        => Assert.Equal(Enumerable.Range(1, 9), Trip().Report().Days.Select(d => d.Number));

    [Fact]
    public void The_apple_visit_falls_on_the_third_day_in_Seoul()
    {
        // 10:00 on 6 July in Cupertino is 02:00 on 7 July in Seoul.
        var day = Trip().Report().Days.Single(d => d.Entries.Any(e => e.Organization?.Value == "apple"));
        Assert.Equal((3, new LocalDate(2023, 7, 7)), (day.Number, day.HomeDate));
    }

    [Fact]
    public void The_report_shows_seven_nights_at_lodgings()
        => Assert.Equal(7, Trip().Report().Days.SelectMany(d => d.Entries).Count(e => e.Description.English.StartsWith("Night at", StringComparison.Ordinal)));

    [Fact]
    public void The_first_day_begins_at_home_and_ends_in_the_air()
    {
        var first = Trip().Report().Days[0];
        Assert.Equal((Incheon, 1, true), (first.Places[0], first.Places.Count, first.InTransit));
    }

    [Fact]
    public void The_report_groups_the_KACCOC_MOU_as_an_agreement_signed()
        => Assert.Equal([KaccocMou], Trip().Report().AgreementsSigned.Select(v => v.Outcome.Agreement!.Value));

    [Fact]
    public void The_report_groups_Fullerton_as_a_partnership_advanced()
        => Assert.Equal([FullertonCityHall], Trip().Report().PartnershipsAdvanced.Select(v => v.Organization));

    [Fact]
    public void The_report_lists_follow_ups_earliest_due_first()
        => Assert.Equal([new LocalDate(2023, 7, 24), new LocalDate(2023, 8, 23)], Trip().Report().FollowUps.Select(f => f.Due));

    [Fact]
    public void The_trip_report_in_both_languages_matches_its_snapshot()
    {
        var report = Trip().Report(Names);
        Snapshooter.Xunit3.Snapshot.Match(report.ToText("ko") + "\n" + report.ToText("en"));
    }

    [Fact]
    public void The_report_names_the_organisations_visited()
        => Assert.Contains("Visit Korean American Chamber of Commerce of Orange County (Orange County)", Trip().Report(Names).ToText("en"), StringComparison.Ordinal);

    [Fact]
    public void The_report_shows_an_organisation_without_a_registered_name_by_its_id()
        => Assert.Contains("방문 kaccoc (오렌지카운티)", Trip().Report().ToText("ko"), StringComparison.Ordinal);

    [Fact]
    public void The_report_names_the_partner_of_a_follow_up()
        => Assert.Contains("due 2023-07-24 (Fullerton City Hall)", Trip().Report(Names).ToText("en"), StringComparison.Ordinal);

    [Fact]
    public void Visits_with_the_same_values_are_equal()
        => Assert.Equal(Visits(), Visits());

    [Fact]
    public void Visits_with_other_people_met_differ()
    {
        var visit = Visits()[^1];
        var other = new Visit(visit.Organization, visit.Place, visit.Date, visit.Purpose, visit.Outcome, visit.Time, [], visit.FollowUps);
        Assert.NotEqual(visit, other);
    }

    [Fact]
    public void A_delegation_without_members_is_refused()
        => Assert.Equal("members", Assert.Throws<ArgumentException>(() => new Delegation(LocalizedText.Of("en", "x"), [], 1)).ParamName);

    [Fact]
    public void A_report_in_no_language_is_refused()
        => Assert.Equal("culture", Assert.Throws<ArgumentException>(() => Trip().Report().ToText(" ")).ParamName);

    [Fact]
    public void A_day_lists_the_places_of_its_visits_after_the_lodging()
        => Assert.Equal([OrangeCounty, Fullerton], Trip().Report().Days[7].Places);

    [Fact]
    public void The_constructor_keeps_the_visits_in_the_order_they_happened()
    {
        var trip = Trip();
        Assert.Equal(trip, new OverseasTrip(trip.Id, trip.Title, trip.Delegation, trip.Itinerary, [.. Visits().Reverse()]));
    }

    [Fact]
    public void The_constructor_refuses_a_visit_outside_the_trip_with_TRP_006()
    {
        var early = new Visit(new OrganizationId("apple"), Cupertino, new LocalDate(2023, 7, 5), LocalizedText.Of("en", "Too early"), VisitOutcome.StudyVisit(LocalizedText.Of("en", "x")), new LocalTime(9, 0));
        var e = Assert.Throws<DomainRuleException>(() => new OverseasTrip(new TripId("t"), LocalizedText.Of("en", "Trip"), Gwanak2023Exchange.Delegation(), Gwanak2023Exchange.Itinerary(), [.. Visits(), early]));
        Assert.Equal(TripRules.VisitOutsideTrip, e.RuleId);
    }

    [Fact]
    public void The_constructor_refuses_a_null_visit_naming_the_visits()
        => Assert.Equal("visits", Assert.ThrowsAny<ArgumentException>(() => new OverseasTrip(new TripId("t"), LocalizedText.Of("en", "Trip"), Gwanak2023Exchange.Delegation(), Gwanak2023Exchange.Itinerary(), [null!])).ParamName);

    [Fact]
    public void A_visit_refuses_a_default_organisation_or_a_missing_person_met_naming_them()
    {
        var outcome = VisitOutcome.StudyVisit(LocalizedText.Of("en", "x"));
        Assert.Equal(
            ("organization", "peopleMet", "followUps"),
            (Assert.ThrowsAny<ArgumentException>(() => new Visit(default, Cupertino, new LocalDate(2023, 7, 6), LocalizedText.Of("en", "Visit"), outcome)).ParamName,
             Assert.ThrowsAny<ArgumentException>(() => new Visit(new OrganizationId("apple"), Cupertino, new LocalDate(2023, 7, 6), LocalizedText.Of("en", "Visit"), outcome, peopleMet: [null!])).ParamName,
             Assert.ThrowsAny<ArgumentException>(() => new Visit(new OrganizationId("apple"), Cupertino, new LocalDate(2023, 7, 6), LocalizedText.Of("en", "Visit"), outcome, followUps: [null!])).ParamName));
    }

    [Fact]
    public void An_outcome_is_built_from_its_stored_facts()
        => Assert.Equal(
            (VisitOutcome.AgreementSigned(KaccocMou, LocalizedText.Of("en", "MOU")), VisitOutcome.TieDiscussed(LocalizedText.Of("en", "Tie"))),
            (new VisitOutcome(VisitOutcomeKind.AgreementSigned, LocalizedText.Of("en", "MOU"), KaccocMou), new VisitOutcome(VisitOutcomeKind.TieDiscussed, LocalizedText.Of("en", "Tie"))));

    [Fact]
    public void An_outcome_names_an_agreement_exactly_when_one_was_signed()
        => Assert.Equal(
            ("agreement", "agreement", "agreement"),
            (Assert.Throws<ArgumentException>(() => new VisitOutcome(VisitOutcomeKind.AgreementSigned, LocalizedText.Of("en", "MOU"))).ParamName,
             Assert.Throws<ArgumentException>(() => new VisitOutcome(VisitOutcomeKind.AgreementSigned, LocalizedText.Of("en", "MOU"), default(AgreementId))).ParamName,
             Assert.Throws<ArgumentException>(() => new VisitOutcome(VisitOutcomeKind.StudyVisit, LocalizedText.Of("en", "Study"), KaccocMou)).ParamName));

    [Fact]
    public void An_outcome_of_an_undefined_kind_is_refused_naming_it()
        => Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => new VisitOutcome((VisitOutcomeKind)9, LocalizedText.Of("en", "x"))).ParamName);
    private static Delegation DelegationOf(string purpose, int size, params PersonInRole[] members) => new(LocalizedText.Of("en", purpose), [.. members], size);

    [Fact]
    public void Delegations_differ_in_purpose_in_members_or_in_size()
    {
        var mayor = new PersonInRole(LocalizedText.Create("구청장", "District Mayor"), GwanakOffice);
        var official = new PersonInRole(LocalizedText.Create("주무관", "Official"));
        var delegation = DelegationOf("Study", 8, mayor);
        Assert.Equal(
            (true, false, false, false, false),
            (delegation.Equals(DelegationOf("Study", 8, mayor)), delegation.Equals(DelegationOf("Invest", 8, mayor)), delegation.Equals(DelegationOf("Study", 8, official)),
             delegation.Equals(DelegationOf("Study", 7, mayor)), delegation.Equals((Delegation?)null)));
    }

    [Fact]
    public void Trips_differ_in_any_of_id_title_delegation_itinerary_or_visits()
    {
        var trip = Trip();
        var otherItinerary = new Itinerary([.. Legs()]);
        Assert.Equal(
            (true, false, false, false, false, false, false),
            (trip.Equals(Trip()),
             trip.Equals(new OverseasTrip(new TripId("gwanak-california-2024"), trip.Title, trip.Delegation, trip.Itinerary, trip.Visits)),
             trip.Equals(new OverseasTrip(trip.Id, LocalizedText.Of("en", "Another title"), trip.Delegation, trip.Itinerary, trip.Visits)),
             trip.Equals(new OverseasTrip(trip.Id, trip.Title, DelegationOf("Study", 8, trip.Delegation.Head), trip.Itinerary, trip.Visits)),
             trip.Equals(new OverseasTrip(trip.Id, trip.Title, trip.Delegation, otherItinerary, trip.Visits)),
             trip.Equals(new OverseasTrip(trip.Id, trip.Title, trip.Delegation, trip.Itinerary, [.. Visits().Skip(1)])),
             trip.Equals((OverseasTrip?)null)));
    }

    [Fact]
    public void A_visit_after_the_return_is_refused_naming_its_times_at_home_and_the_trip()
    {
        var returnVisit = new Visit(GwanakOffice, Place.Of("관악구청", "Gwanak-gu Office", "KR", "Asia/Seoul"), new LocalDate(2023, 7, 24),
            LocalizedText.Create("풀러턴시 대표 관악구 방문", "Fullerton's representatives visit Gwanak-gu"), VisitOutcome.TieDiscussed(LocalizedText.Of("en", "Discussed")));
        var e = Assert.Throws<DomainRuleException>(() => Trip().WithVisit(returnVisit));
        Assert.Equal(
            "The visit to gwanak-gu-office at 2023-07-24 12:00 KST (2023-07-24 12:00 KST at home) is not while the delegation is on the ground: the trip runs from 2023-07-05 18:40 KST to 2023-07-13 17:20 KST, and a visit cannot begin on a leg. Give the visit's local time.",
            e.Message);
    }

    [Fact]
    public void A_person_in_a_role_as_text_is_the_role_and_the_organisation_when_given()
        => Assert.Equal(
            ("District Mayor (gwanak-gu-office)", "Official"),
            (new PersonInRole(LocalizedText.Create("구청장", "District Mayor"), GwanakOffice).ToString(), new PersonInRole(LocalizedText.Create("주무관", "Official")).ToString()));

    [Fact]
    public void A_follow_up_due_on_the_day_of_its_visit_is_accepted()
        => Assert.Equal(
            new LocalDate(2023, 7, 11),
            new Visit(Kaccoc, OrangeCounty, new LocalDate(2023, 7, 11), LocalizedText.Of("en", "MOU"), VisitOutcome.AgreementSigned(KaccocMou, LocalizedText.Of("en", "MOU")),
                followUps: [new FollowUp(LocalizedText.Of("en", "Press release"), new LocalDate(2023, 7, 11))]).FollowUps[0].Due);

    [Fact]
    public void An_outcome_that_names_no_agreement_or_one_it_should_not_is_refused_saying_why()
        => Assert.Equal(
            ("An outcome of an agreement signed names the agreement. (Parameter 'agreement')", "Only an outcome of an agreement signed names an agreement; this one is StudyVisit. (Parameter 'agreement')"),
            (Assert.Throws<ArgumentException>(() => new VisitOutcome(VisitOutcomeKind.AgreementSigned, LocalizedText.Of("en", "MOU"))).Message,
             Assert.Throws<ArgumentException>(() => new VisitOutcome(VisitOutcomeKind.StudyVisit, LocalizedText.Of("en", "Study"), KaccocMou)).Message));
}

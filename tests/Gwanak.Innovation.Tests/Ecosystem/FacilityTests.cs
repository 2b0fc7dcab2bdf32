using System;
using System.Linq;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class FacilityTests
{
    internal static readonly LocalDate Opening = new(2021, 4, 1);
    internal static readonly FacilityId CentreId = new("gwanak-s-valley-startup-centre");
    private static readonly OrganizationId District = new("gwanak-gu-office");

    internal static Facility Centre(int capacity = 2) => Facility.Create(
        CentreId,
        Opening,
        LocalizedText.Create("관악S밸리 창업센터", "Gwanak S-Valley Startup Centre"),
        FacilityKind.StartupCentre,
        District,
        Bongcheon,
        insideZone: true,
        capacity);

    [Fact]
    public void A_tenant_occupies_its_place_from_move_in_through_move_out_day()
    {
        var facility = Centre().MoveIn(new LocalDate(2021, 5, 1), Brn(1)).MoveOut(new LocalDate(2022, 4, 30), Brn(1));
        Assert.Equal((0, 1, 1, 0), (
            facility.OccupancyOn(new LocalDate(2021, 4, 30)),
            facility.OccupancyOn(new LocalDate(2021, 5, 1)),
            facility.OccupancyOn(new LocalDate(2022, 4, 30)),
            facility.OccupancyOn(new LocalDate(2022, 5, 1))));
    }

    [Fact]
    public void The_place_freed_by_a_move_out_can_be_taken_the_next_day()
    {
        var facility = Centre(1).MoveIn(new LocalDate(2021, 5, 1), Brn(1), new LocalDate(2021, 12, 31)).MoveIn(new LocalDate(2022, 1, 1), Brn(2));
        Assert.Equal([Brn(2)], facility.TenantsOn(new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void Occupancy_rate_is_tenants_over_capacity()
        => Assert.Equal(0.5m, Centre(2).MoveIn(Opening, Brn(1)).OccupancyRateOn(Opening));

    [Fact]
    public void Moving_in_before_opening_is_refused_with_FAC_001()
        => Assert.Equal(FacilityRules.MoveInBeforeOpening, Assert.Throws<DomainRuleException>(() => Centre().MoveIn(Opening.PlusDays(-1), Brn(1))).RuleId);

    [Fact]
    public void Moving_in_on_the_opening_day_is_accepted()
        => Assert.Equal(1, Centre().MoveIn(Opening, Brn(1)).OccupancyOn(Opening));

    [Fact]
    public void A_tenant_already_in_cannot_take_a_second_place_FAC_002()
    {
        var facility = Centre(5).MoveIn(new LocalDate(2021, 5, 1), Brn(1));
        Assert.Equal(FacilityRules.TenantAlreadyIn, Assert.Throws<DomainRuleException>(() => facility.MoveIn(new LocalDate(2022, 1, 1), Brn(1))).RuleId);
    }

    [Fact]
    public void A_stay_recorded_after_the_fact_that_overlaps_another_stay_of_the_tenant_is_refused_FAC_002()
    {
        var facility = Centre(5).MoveIn(new LocalDate(2022, 1, 1), Brn(1));
        Assert.Equal(FacilityRules.TenantAlreadyIn, Assert.Throws<DomainRuleException>(() => facility.MoveIn(new LocalDate(2021, 6, 1), Brn(1), new LocalDate(2022, 1, 1))).RuleId);
    }

    [Fact]
    public void A_stay_recorded_after_the_fact_between_two_stays_of_the_tenant_is_accepted()
    {
        var facility = Centre(5)
            .MoveIn(new LocalDate(2021, 5, 1), Brn(1), new LocalDate(2021, 5, 31))
            .MoveIn(new LocalDate(2021, 9, 1), Brn(1), new LocalDate(2021, 9, 30))
            .MoveIn(new LocalDate(2021, 6, 1), Brn(1), new LocalDate(2021, 8, 31));
        Assert.Equal(3, facility.Tenancies.Count);
    }

    [Fact]
    public void A_former_tenant_may_come_back_after_moving_out()
    {
        var facility = Centre().MoveIn(Opening, Brn(1)).MoveOut(new LocalDate(2021, 6, 30), Brn(1)).MoveIn(new LocalDate(2021, 7, 1), Brn(1));
        Assert.Equal(2, facility.Tenancies.Count);
    }

    [Fact]
    public void A_move_out_closes_the_tenancy_it_ends_where_it_was_recorded()
    {
        var facility = Centre(3).MoveIn(Opening, Brn(1)).MoveIn(Opening, Brn(2)).MoveOut(new LocalDate(2021, 6, 30), Brn(1));
        Assert.Equal([new Tenancy(Brn(1), DateRange.Parse("2021-04-01/2021-06-30")), new Tenancy(Brn(2), DateRange.Parse("2021-04-01/.."))], facility.Tenancies);
    }

    [Fact]
    public void A_move_in_beyond_capacity_is_refused_with_FAC_003()
    {
        var full = Centre(2).MoveIn(Opening, Brn(1)).MoveIn(Opening, Brn(2));
        Assert.Equal(FacilityRules.CapacityExceeded, Assert.Throws<DomainRuleException>(() => full.MoveIn(new LocalDate(2021, 9, 1), Brn(3))).RuleId);
    }

    [Fact]
    public void A_back_dated_stay_that_would_overfill_a_later_day_is_refused_with_FAC_003()
    {
        var facility = Centre(2).MoveIn(new LocalDate(2021, 6, 1), Brn(1)).MoveIn(new LocalDate(2021, 7, 1), Brn(2));
        Assert.Equal(FacilityRules.CapacityExceeded, Assert.Throws<DomainRuleException>(() => facility.MoveIn(new LocalDate(2021, 5, 1), Brn(3), new LocalDate(2021, 7, 1))).RuleId);
    }

    [Fact]
    public void The_capacity_refusal_names_the_first_day_all_places_are_taken()
    {
        var facility = Centre(2).MoveIn(new LocalDate(2021, 6, 1), Brn(1)).MoveIn(new LocalDate(2021, 7, 1), Brn(2));
        Assert.Contains("on 2021-07-01 all 2 places are taken", facility.TryMoveIn(new LocalDate(2021, 5, 1), Brn(3)).Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_out_a_company_that_is_not_in_is_refused_with_FAC_004()
        => Assert.Equal(FacilityRules.TenantNotIn, Assert.Throws<DomainRuleException>(() => Centre().MoveOut(Opening, Brn(1))).RuleId);

    [Fact]
    public void Moving_out_twice_is_refused_with_FAC_004()
    {
        var facility = Centre().MoveIn(Opening, Brn(1)).MoveOut(new LocalDate(2021, 6, 30), Brn(1));
        Assert.Equal(FacilityRules.TenantNotIn, Assert.Throws<DomainRuleException>(() => facility.MoveOut(new LocalDate(2021, 7, 31), Brn(1))).RuleId);
    }

    [Fact]
    public void Moving_out_before_moving_in_is_refused_with_FAC_005()
    {
        var facility = Centre().MoveIn(new LocalDate(2021, 5, 1), Brn(1));
        Assert.Equal(FacilityRules.MoveOutBeforeMoveIn, Assert.Throws<DomainRuleException>(() => facility.MoveOut(new LocalDate(2021, 4, 30), Brn(1))).RuleId);
    }

    [Fact]
    public void A_stay_ending_before_it_starts_is_refused_with_FAC_005()
        => Assert.Equal(FacilityRules.MoveOutBeforeMoveIn, Assert.Throws<DomainRuleException>(() => Centre().MoveIn(new LocalDate(2021, 5, 1), Brn(1), new LocalDate(2021, 4, 30))).RuleId);

    [Fact]
    public void Replay_without_opening_is_refused_with_HIS_001()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => Facility.Replay([new TenantMovedIn(CentreId, Opening, Brn(1), null)])).RuleId);

    [Fact]
    public void Replay_of_an_empty_history_is_refused_with_HIS_001()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => Facility.Replay([])).RuleId);

    [Fact]
    public void Replay_of_a_second_opening_is_refused_with_HIS_001_at_its_position()
    {
        var history = Centre().MoveIn(Opening, Brn(1)).History;
        var e = Assert.Throws<DomainRuleException>(() => Facility.Replay([.. history, history[0]]));
        Assert.Equal((HistoryRules.MustStartWithFounding, 2), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_another_facilitys_step_is_refused_with_HIS_002()
    {
        var other = new TenantMovedIn(new FacilityId("another-centre"), Opening, Brn(1), null);
        var e = Assert.Throws<DomainRuleException>(() => Facility.Replay([Centre().History[0], other]));
        Assert.Equal((HistoryRules.EventOfAnotherAggregate, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_move_in_beyond_capacity_names_the_rule_and_the_event()
    {
        var history = Centre(1).MoveIn(Opening, Brn(1)).History;
        var e = Assert.Throws<DomainRuleException>(() => Facility.Replay([.. history, new TenantMovedIn(CentreId, Opening, Brn(2), null)]));
        Assert.Equal((FacilityRules.CapacityExceeded, 2), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_move_out_names_the_rule_and_the_event()
    {
        var e = Assert.Throws<DomainRuleException>(() => Facility.Replay([Centre().History[0], new TenantMovedOut(CentreId, Opening, Brn(1))]));
        Assert.Equal((FacilityRules.TenantNotIn, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_history_with_a_missing_event_is_refused_naming_the_history()
    {
        var e = Assert.Throws<ArgumentException>(() => Facility.Replay([.. Centre().History, null!]));
        Assert.Equal("history", e.ParamName);
        Assert.StartsWith($"Event {Centre().History.Count} of the history is null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_facility()
    {
        var facility = Centre(3).MoveIn(Opening, Brn(1)).MoveIn(new LocalDate(2021, 5, 1), Brn(2)).MoveOut(new LocalDate(2021, 8, 31), Brn(1));
        var replayed = Facility.Replay(facility.History);
        Assert.Equal(facility, replayed);
        Assert.Equal(facility.Tenancies, replayed.Tenancies);
    }

    [Fact]
    public void CanMoveIn_says_no_when_the_facility_is_full()
        => Assert.False(Centre(1).MoveIn(Opening, Brn(1)).CanMoveIn(Opening, Brn(2)));

    [Fact]
    public void CanMoveIn_says_yes_while_a_place_is_free()
        => Assert.True(Centre(2).MoveIn(Opening, Brn(1)).CanMoveIn(Opening, Brn(2)));

    [Fact]
    public void CanMoveOut_answers_before_acting()
    {
        var facility = Centre().MoveIn(new LocalDate(2021, 5, 1), Brn(1));
        Assert.Equal((true, false, false), (facility.CanMoveOut(new LocalDate(2021, 5, 1), Brn(1)), facility.CanMoveOut(new LocalDate(2021, 4, 30), Brn(1)), facility.CanMoveOut(new LocalDate(2021, 5, 1), Brn(2))));
    }

    [Fact]
    public void TryMoveIn_returns_the_refusal_and_leaves_the_facility_as_it_was()
    {
        var facility = Centre(1).MoveIn(Opening, Brn(1));
        var decision = facility.TryMoveIn(Opening, Brn(2));
        Assert.Equal((false, FacilityRules.CapacityExceeded, 2, 1), (decision.IsAccepted, decision.Refusal?.RuleId, facility.Version, facility.OccupancyOn(Opening)));
    }

    [Fact]
    public void Sixteen_facilities_of_which_13_opened_by_the_designation_count_13_then_16()
    {
        var facilities = Enumerable.Range(1, 16)
            .Select(n => Facility.Create(new FacilityId($"facility-{n}"), n <= 13 ? new LocalDate(2019, 1, n) : new LocalDate(2022, 1, 11), LocalizedText.Create($"시설 {n}", $"Facility {n}"), FacilityKind.Incubator, District, Bongcheon, true, 10))
            .ToList();
        Assert.Equal((13, 16), (facilities.Count(f => f.IsOpenOn(DesignationDay)), facilities.Count(f => f.IsOpenOn(new LocalDate(2023, 8, 23)))));
    }

    [Fact]
    public void A_facility_without_places_is_refused_as_an_argument_naming_the_capacity()
        => Assert.Equal("capacity", Assert.Throws<ArgumentException>(() => Centre(0)).ParamName);

    [Fact]
    public void A_missing_name_is_refused_as_an_argument_naming_it()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Facility.Create(CentreId, Opening, null!, FacilityKind.StartupCentre, District, Bongcheon, true, 2)).ParamName);

    [Fact]
    public void An_undefined_kind_is_refused_as_an_argument_naming_it()
        => Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => Facility.Create(CentreId, Opening, LocalizedText.Of("en", "Centre"), (FacilityKind)99, District, Bongcheon, true, 2)).ParamName);

    [Fact]
    public void A_default_operator_is_refused_as_an_argument_naming_it()
        => Assert.Equal("operatorId", Assert.Throws<ArgumentException>(() => Facility.Create(CentreId, Opening, LocalizedText.Of("en", "Centre"), FacilityKind.StartupCentre, default, Bongcheon, true, 2)).ParamName);

    [Fact]
    public void A_default_location_is_refused_as_an_argument_naming_it()
        => Assert.Equal("location", Assert.Throws<ArgumentException>(() => Facility.Create(CentreId, Opening, LocalizedText.Of("en", "Centre"), FacilityKind.StartupCentre, District, default, true, 2)).ParamName);

    [Fact]
    public void A_location_that_is_a_district_and_not_a_legal_dong_is_refused_as_an_argument_naming_it()
        => Assert.Equal("location", Assert.Throws<ArgumentException>(() => Facility.Create(CentreId, Opening, LocalizedText.Of("en", "Centre"), FacilityKind.StartupCentre, District, AdministrativeDistrictCode.Seoul.Gwanak, true, 2)).ParamName);

    [Fact]
    public void A_default_facility_id_is_refused_as_an_argument_naming_it()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => Facility.Create(default, Opening, LocalizedText.Of("en", "Centre"), FacilityKind.StartupCentre, District, Bongcheon, true, 2)).ParamName);

    [Fact]
    public void A_default_tenant_is_refused_as_an_argument_naming_it_in_every_form()
        => Assert.All(
            new Func<object>[] { () => Centre().MoveIn(Opening, default), () => Centre().TryMoveIn(Opening, default), () => Centre().CanMoveIn(Opening, default), () => Centre().MoveOut(Opening, default), () => Centre().CanMoveOut(Opening, default) },
            act => Assert.Equal("tenant", Assert.Throws<ArgumentException>(act).ParamName));

    [Fact]
    public void Five_thousand_stays_recorded_in_any_order_are_decided_by_the_index()
    {
        var facility = Centre(50);
        for (int i = 0; i < 5_000; i++)
        {
            int day = (int)((i * 7_919L) % 5_000);
            facility = facility.MoveIn(Opening.PlusDays(day), Brn(i % 500), Opening.PlusDays(day));
        }

        Assert.Equal((5_000, 1), (Facility.Replay(facility.History).Tenancies.Count, facility.OccupancyOn(Opening.PlusDays(123))));
    }

    [Fact]
    public void A_facility_is_open_from_its_opening_day()
        => Assert.Equal((false, true), (Centre().IsOpenOn(Opening.PlusDays(-1)), Centre().IsOpenOn(Opening)));

    [Fact]
    public void A_facility_reads_as_its_Korean_name_and_its_kind()
        => Assert.Equal("관악S밸리 창업센터 (StartupCentre)", Centre().ToString());

    [Fact]
    public void A_facility_located_in_a_whole_gu_is_refused_naming_the_location_and_its_level()
        => Assert.Equal(
            "The location 11620 is a District; a facility lies in a legal dong (10-digit code). (Parameter 'location')",
            Assert.Throws<ArgumentException>(() => Facility.Create(CentreId, Opening, LocalizedText.Create("관악S밸리 창업센터", "Gwanak S-Valley Startup Centre"), FacilityKind.StartupCentre, District, AdministrativeDistrictCode.Seoul.Gwanak, insideZone: true, 2)).Message);
}

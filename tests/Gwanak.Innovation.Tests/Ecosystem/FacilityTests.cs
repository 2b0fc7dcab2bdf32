using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.GwanakSeed;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class FacilityTests
{
    private static readonly LocalDate Opening = new(2021, 4, 1);

    private static Facility Centre(int capacity = 2) => Facility.Open(
        Opening,
        LocalizedText.Create("관악S밸리 창업센터", "Gwanak S-Valley Startup Centre"),
        FacilityKind.StartupCentre,
        new OrganizationId("gwanak-gu-office"),
        Bongcheon,
        insideZone: true,
        capacity);

    [Fact]
    public void A_tenant_occupies_its_place_from_move_in_through_move_out_day()
    {
        var facility = Centre().MoveIn(Brn(1), new LocalDate(2021, 5, 1)).MoveOut(Brn(1), new LocalDate(2022, 4, 30));
        Assert.Equal((0, 1, 1, 0), (
            facility.OccupancyOn(new LocalDate(2021, 4, 30)),
            facility.OccupancyOn(new LocalDate(2021, 5, 1)),
            facility.OccupancyOn(new LocalDate(2022, 4, 30)),
            facility.OccupancyOn(new LocalDate(2022, 5, 1))));
    }

    [Fact]
    public void The_place_freed_by_a_move_out_can_be_taken_the_next_day()
    {
        var facility = Centre(1).MoveIn(Brn(1), new LocalDate(2021, 5, 1), new LocalDate(2021, 12, 31)).MoveIn(Brn(2), new LocalDate(2022, 1, 1));
        Assert.Equal([Brn(2)], facility.TenantsOn(new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void Occupancy_rate_is_tenants_over_capacity()
        => Assert.Equal(0.5m, Centre(2).MoveIn(Brn(1), Opening).OccupancyRateOn(Opening));

    [Fact]
    public void Moving_in_before_opening_is_refused_with_FAC_001()
        => Assert.Equal(FacilityRules.MoveInBeforeOpening, Assert.Throws<DomainRuleException>(() => Centre().MoveIn(Brn(1), Opening.PlusDays(-1))).RuleId);

    [Fact]
    public void Moving_in_on_the_opening_day_is_accepted()
        => Assert.Equal(1, Centre().MoveIn(Brn(1), Opening).OccupancyOn(Opening));

    [Fact]
    public void A_tenant_already_in_cannot_take_a_second_place_FAC_002()
    {
        var facility = Centre(5).MoveIn(Brn(1), new LocalDate(2021, 5, 1));
        Assert.Equal(FacilityRules.TenantAlreadyIn, Assert.Throws<DomainRuleException>(() => facility.MoveIn(Brn(1), new LocalDate(2022, 1, 1))).RuleId);
    }

    [Fact]
    public void A_stay_recorded_after_the_fact_that_overlaps_another_stay_of_the_tenant_is_refused_FAC_002()
    {
        var facility = Centre(5).MoveIn(Brn(1), new LocalDate(2022, 1, 1));
        Assert.Equal(FacilityRules.TenantAlreadyIn, Assert.Throws<DomainRuleException>(() => facility.MoveIn(Brn(1), new LocalDate(2021, 6, 1), new LocalDate(2022, 1, 1))).RuleId);
    }

    [Fact]
    public void A_former_tenant_may_come_back_after_moving_out()
    {
        var facility = Centre().MoveIn(Brn(1), Opening).MoveOut(Brn(1), new LocalDate(2021, 6, 30)).MoveIn(Brn(1), new LocalDate(2021, 7, 1));
        Assert.Equal(2, facility.Tenancies.Length);
    }

    [Fact]
    public void A_move_in_beyond_capacity_is_refused_with_FAC_003()
    {
        var full = Centre(2).MoveIn(Brn(1), Opening).MoveIn(Brn(2), Opening);
        Assert.Equal(FacilityRules.CapacityExceeded, Assert.Throws<DomainRuleException>(() => full.MoveIn(Brn(3), new LocalDate(2021, 9, 1))).RuleId);
    }

    [Fact]
    public void A_back_dated_stay_that_would_overfill_a_later_day_is_refused_with_FAC_003()
    {
        var facility = Centre(2).MoveIn(Brn(1), new LocalDate(2021, 6, 1)).MoveIn(Brn(2), new LocalDate(2021, 7, 1));
        Assert.Equal(FacilityRules.CapacityExceeded, Assert.Throws<DomainRuleException>(() => facility.MoveIn(Brn(3), new LocalDate(2021, 5, 1), new LocalDate(2021, 7, 1))).RuleId);
    }

    [Fact]
    public void Moving_out_a_company_that_is_not_in_is_refused_with_FAC_004()
        => Assert.Equal(FacilityRules.TenantNotIn, Assert.Throws<DomainRuleException>(() => Centre().MoveOut(Brn(1), Opening)).RuleId);

    [Fact]
    public void Moving_out_before_moving_in_is_refused_with_FAC_005()
    {
        var facility = Centre().MoveIn(Brn(1), new LocalDate(2021, 5, 1));
        Assert.Equal(FacilityRules.MoveOutBeforeMoveIn, Assert.Throws<DomainRuleException>(() => facility.MoveOut(Brn(1), new LocalDate(2021, 4, 30))).RuleId);
    }

    [Fact]
    public void A_stay_ending_before_it_starts_is_refused_with_FAC_005()
        => Assert.Equal(FacilityRules.MoveOutBeforeMoveIn, Assert.Throws<DomainRuleException>(() => Centre().MoveIn(Brn(1), new LocalDate(2021, 5, 1), new LocalDate(2021, 4, 30))).RuleId);

    [Fact]
    public void Replay_without_opening_is_refused_with_FAC_006()
        => Assert.Equal(FacilityRules.HistoryMustStartWithOpening, Assert.Throws<DomainRuleException>(() => Facility.Replay([new TenantMovedIn(Opening, Brn(1), null)])).RuleId);

    [Fact]
    public void Replay_of_an_empty_history_is_refused_with_FAC_006()
        => Assert.Equal(FacilityRules.HistoryMustStartWithOpening, Assert.Throws<DomainRuleException>(() => Facility.Replay([])).RuleId);

    [Fact]
    public void Replay_of_a_history_with_a_missing_event_is_refused_naming_the_history()
        => Assert.Equal("history", Assert.Throws<System.ArgumentNullException>(() => Facility.Replay([.. Centre().History, null!])).ParamName);

    [Fact]
    public void Replay_of_the_history_gives_an_equal_facility()
    {
        var facility = Centre(3).MoveIn(Brn(1), Opening).MoveIn(Brn(2), new LocalDate(2021, 5, 1)).MoveOut(Brn(1), new LocalDate(2021, 8, 31));
        var replayed = Facility.Replay(facility.History);
        Assert.Equal(facility, replayed);
        Assert.Equal(facility.Tenancies, replayed.Tenancies);
    }

    [Fact]
    public void CanMoveIn_says_no_when_the_facility_is_full()
        => Assert.False(Centre(1).MoveIn(Brn(1), Opening).CanMoveIn(Brn(2), Opening));

    [Fact]
    public void CanMoveIn_says_yes_while_a_place_is_free()
        => Assert.True(Centre(2).MoveIn(Brn(1), Opening).CanMoveIn(Brn(2), Opening));

    [Fact]
    public void Sixteen_facilities_of_which_13_opened_by_the_designation_count_13_then_16()
    {
        var facilities = Enumerable.Range(1, 16)
            .Select(n => Facility.Open(n <= 13 ? new LocalDate(2019, 1, n) : new LocalDate(2022, 1, 11), LocalizedText.Create($"시설 {n}", $"Facility {n}"), FacilityKind.Incubator, new OrganizationId("gwanak-gu-office"), Bongcheon, true, 10))
            .ToList();
        Assert.Equal((13, 16), (facilities.Count(f => f.IsOpenOn(DesignationDay)), facilities.Count(f => f.IsOpenOn(new LocalDate(2023, 8, 23)))));
    }

    [Fact]
    public void A_facility_without_places_is_refused()
        => Assert.Throws<System.ArgumentException>(() => Centre(0));

    [Fact]
    public void Occupancy_never_exceeds_capacity_and_no_tenant_is_in_twice_on_any_day()
    {
        var moves = Gen.Select(Gen.Int[1, 8], Gen.Int[0, 400], Gen.Int[0, 200], Gen.Bool).Array[0, 40];
        Gen.Select(Gen.Int[1, 4], moves).Sample((capacity, steps) =>
        {
            var facility = Centre(capacity);
            foreach (var (tenant, start, length, open) in steps)
            {
                var moveIn = Opening.PlusDays(start);
                LocalDate? lastDay = open ? null : moveIn.PlusDays(length);
                if (facility.CanMoveIn(Brn(tenant), moveIn, lastDay))
                {
                    facility = facility.MoveIn(Brn(tenant), moveIn, lastDay);
                }
                else
                {
                    Assert.Throws<DomainRuleException>(() => facility.MoveIn(Brn(tenant), moveIn, lastDay));
                }
            }

            Assert.Equal(facility, Facility.Replay(facility.History));
            for (int d = 0; d <= 600; d++)
            {
                var tenants = facility.TenantsOn(Opening.PlusDays(d));
                Assert.True(tenants.Length <= capacity);
                Assert.Equal(tenants.Length, tenants.Distinct().Count());
            }
        });
    }
}

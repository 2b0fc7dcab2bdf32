using Gwanak.Innovation.Tests.Primitives;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Ecosystem.FacilityTests;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class FacilityPropertyTests
{
    /// <summary>Steps: (move out, tenant, days after the opening, length of the stay, open stay).</summary>
    private static readonly Gen<(bool MoveOut, int Tenant, int Day, int Length, bool Open)[]> Steps =
        Gen.Select(Gen.Int[0, 3].Select(n => n == 0), Gen.Int[1, 8], Gen.Int[-5, 400], Gen.Int[-3, 200], Gen.Bool).Array[0, 40];

    private static readonly Gen<(int Capacity, (bool MoveOut, int Tenant, int Day, int Length, bool Open)[] Steps, int Insert)> Runs =
        Gen.Select(Gen.Int[1, 4], Steps, Gen.Int[0, 1_000]);

    [Fact]
    public void Every_step_agrees_in_its_three_forms_and_with_the_rules_read_from_the_tenancies()
        => Runs.Sample(run => Run(run.Capacity, run.Steps));

    [Fact]
    public void Occupancy_never_exceeds_capacity_and_no_tenant_is_in_twice_on_any_day()
        => Runs.Sample(run =>
        {
            var facility = Run(run.Capacity, run.Steps);
            for (int d = 0; d <= 650; d++)
            {
                var day = Opening.PlusDays(d);
                var tenants = facility.TenantsOn(day);
                Assert.True(tenants.Length <= run.Capacity);
                Assert.Equal(tenants.Length, tenants.Distinct().Count());
                Assert.Equal(tenants.Length, facility.OccupancyOn(day));
            }
        });

    [Fact]
    public void Replay_of_the_history_gives_an_equal_facility_and_refuses_another_facilitys_step_where_it_is()
        => Runs.Sample(run =>
        {
            var facility = Run(run.Capacity, run.Steps);
            var replayed = Facility.Replay(facility.History);
            Assert.Equal(facility, replayed);
            Assert.Equal(facility.Tenancies, replayed.Tenancies);
            AssertSameAnswers(facility, replayed);

            // The replay built its indexes in place; a step taken from what it returned copies them, twice from the same state.
            var (day, tenant) = (Opening.PlusDays(run.Insert % 400), Brn(1 + (run.Insert % 8)));
            _ = (replayed.TryMoveIn(day, tenant, day.PlusDays(30)), replayed.TryMoveIn(day, tenant), replayed.TryMoveOut(day.PlusDays(60), tenant));
            AssertSameAnswers(facility, replayed);

            int index = 1 + (run.Insert % facility.Version);
            var history = facility.History.ToList();
            history.Insert(index, new TenantMovedOut(new FacilityId("another-centre"), Opening, Brn(1)));
            var e = Assert.Throws<DomainRuleException>(() => Facility.Replay(history));
            Assert.Equal((HistoryRules.EventOfAnotherAggregate, index), (e.RuleId, e.EventIndex));
        });

    // The same tenants and occupancy on every day, and the same decision on a move-in or out of any tenant on some days.
    private static void AssertSameAnswers(Facility expected, Facility actual)
    {
        for (int d = -1; d <= 650; d++)
        {
            var day = Opening.PlusDays(d);
            Assert.Equal(expected.TenantsOn(day), actual.TenantsOn(day));
            Assert.Equal(expected.OccupancyOn(day), actual.OccupancyOn(day));
            if (d % 25 == 0)
            {
                for (int tenant = 1; tenant <= 8; tenant++)
                {
                    Assert.Equal(expected.TryMoveIn(day, Brn(tenant), day.PlusDays(40)).Refusal?.RuleId, actual.TryMoveIn(day, Brn(tenant), day.PlusDays(40)).Refusal?.RuleId);
                    Assert.Equal(expected.CanMoveIn(day, Brn(tenant)), actual.CanMoveIn(day, Brn(tenant)));
                    Assert.Equal(expected.CanMoveOut(day, Brn(tenant)), actual.CanMoveOut(day, Brn(tenant)));
                }
            }
        }
    }

    private static Facility Run(int capacity, (bool MoveOut, int Tenant, int Day, int Length, bool Open)[] steps)
    {
        var facility = Centre(capacity);
        foreach (var (moveOut, tenant, day, length, open) in steps)
        {
            var date = Opening.PlusDays(day);
            var company = Brn(tenant);
            var before = facility;
            if (moveOut)
            {
                var decision = before.TryMoveOut(date, company);
                Assert.Equal(ExpectedMoveOutRule(before, date, company), decision.Refusal?.RuleId);
                facility = TransitionForms.Step(before, b => b.CanMoveOut(date, company), b => b.TryMoveOut(date, company), b => b.MoveOut(date, company));
            }
            else
            {
                LocalDate? lastDay = open ? null : date.PlusDays(length);
                var decision = before.TryMoveIn(date, company, lastDay);
                Assert.Equal(ExpectedMoveInRule(before, date, company, lastDay), decision.Refusal?.RuleId);
                facility = TransitionForms.Step(before, b => b.CanMoveIn(date, company, lastDay), b => b.TryMoveIn(date, company, lastDay), b => b.MoveIn(date, company, lastDay));
            }
        }

        return facility;
    }

    // The rules read by scanning every tenancy, as a reference for the indexed decisions.
    private static string? ExpectedMoveInRule(Facility facility, LocalDate date, BusinessRegistrationNumber tenant, LocalDate? lastDay)
    {
        if (lastDay < date)
        {
            return FacilityRules.MoveOutBeforeMoveIn;
        }

        if (date < facility.OpenedOn)
        {
            return FacilityRules.MoveInBeforeOpening;
        }

        var stay = new DateRange(date, lastDay);
        if (facility.Tenancies.Any(t => t.Tenant == tenant && t.Days.Overlaps(stay)))
        {
            return FacilityRules.TenantAlreadyIn;
        }

        IEnumerable<LocalDate> days = [stay.Start, .. facility.Tenancies.Select(t => t.Days.Start).Where(stay.Contains)];
        return days.Any(d => facility.Tenancies.Count(t => t.Days.Contains(d)) >= facility.Capacity) ? FacilityRules.CapacityExceeded : null;
    }

    private static string? ExpectedMoveOutRule(Facility facility, LocalDate date, BusinessRegistrationNumber tenant)
    {
        var open = facility.Tenancies.SingleOrDefault(t => t.Tenant == tenant && t.Days.IsOpen);
        return open is null ? FacilityRules.TenantNotIn : date < open.Days.Start ? FacilityRules.MoveOutBeforeMoveIn : null;
    }
}

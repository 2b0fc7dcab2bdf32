using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Growth;

/// <summary>
/// A facility's tenancies: 100 places, one tenant moving in a day and out 60 days later, 1,000 tenants in turn, in date
/// order (at 100,000 events, about 50,000 tenancies). Transition: <see cref="Facility.MoveIn"/>; question:
/// <see cref="Facility.TenantsOn"/> (60 tenants).
/// </summary>
public class FacilityGrowthBenchmarks : GrowthBenchmarks<Facility, FacilityEvent>
{
    private const int Capacity = 100;
    private const int Tenants = 1_000;
    private const int Days = 60;
    private static readonly FacilityId Id = new("growth-centre");
    private static readonly LocalDate Opened = new(2000, 1, 1);

    private LocalDate middle;
    private LocalDate next;
    private BusinessRegistrationNumber newcomer;

    /// <summary>A new tenant moves in after the last move-in.</summary>
    /// <returns>The facility with one more tenancy.</returns>
    [Benchmark]
    public Facility Transition() => Built.MoveIn(next, newcomer);

    /// <summary>The tenants on a day in the middle of the history.</summary>
    /// <returns>How many.</returns>
    [Benchmark]
    public int DateQuestion() => Built.TenantsOn(middle).Length;

    /// <inheritdoc/>
    protected override (IReadOnlyList<FacilityEvent> Events, int Count) Generate(int events)
    {
        var tenants = Enumerable.Range(0, Tenants).Select(Made.Brn).ToArray();
        var history = new List<FacilityEvent>(events)
        {
            new FacilityOpened(Id, Opened, LocalizedText.Create("성장 창업센터", "Growth startup centre"), FacilityKind.StartupCentre, new OrganizationId("gwanak-gu"), AdministrativeDistrictCode.Parse("1162010100"), true, Capacity),
        };
        int day = 0;
        for (; history.Count < events; day++)
        {
            if (day >= Days)
            {
                history.Add(new TenantMovedOut(Id, Opened.PlusDays(day - 1), tenants[(day - Days) % Tenants]));
            }

            if (history.Count < events)
            {
                history.Add(new TenantMovedIn(Id, Opened.PlusDays(day), tenants[day % Tenants], null));
            }
        }

        middle = Opened.PlusDays(day / 2);
        next = Opened.PlusDays(day);
        newcomer = Made.Brn(Tenants);
        return (history, history.Count(e => e is TenantMovedIn));
    }

    /// <inheritdoc/>
    protected override int Loop(FacilityEvent[] events)
    {
        // The events are in date order: a count of the places taken and each present tenant's stay are all the rules need.
        var opening = (FacilityOpened)events[0];
        var stays = new List<(BusinessRegistrationNumber Tenant, LocalDate First, LocalDate? Last)>();
        var present = new Dictionary<BusinessRegistrationNumber, int>();
        int taken = 0;
        for (int i = 1; i < events.Length; i++)
        {
            switch (events[i])
            {
                case TenantMovedIn m:
                    Require(m.LastDay is not { } last || last >= m.Date, "moves out before moving in");
                    Require(m.Date >= opening.Date, "moves in before the opening");
                    Require(!present.ContainsKey(m.Tenant), "tenant already in");
                    Require(taken < opening.Capacity, "capacity exceeded");
                    present[m.Tenant] = stays.Count;
                    stays.Add((m.Tenant, m.Date, m.LastDay));
                    taken++;
                    break;
                case TenantMovedOut o:
                    Require(present.Remove(o.Tenant, out int index), "tenant not in");
                    Require(o.Date >= stays[index].First, "moves out before moving in");
                    stays[index] = stays[index] with { Last = o.Date };
                    taken--;
                    break;
            }
        }

        return stays.Count;
    }

    /// <inheritdoc/>
    protected override Facility ReplayHistory(FacilityEvent[] events) => Facility.Replay(events);

    /// <inheritdoc/>
    protected override int CountOf(Facility aggregate) => aggregate.Tenancies.Count;
}

using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The rules a facility's steps are decided by, each with the refusal it gives (<see cref="FacilityRules"/>).</summary>
internal static class FacilityDecisions
{
    public static Refusal? MoveIn(Facility facility, TenantMovedIn m, FacilityTenancies tenancies)
    {
        if (m.LastDay is { } last && last < m.Date)
        {
            return new(FacilityRules.MoveOutBeforeMoveIn, $"Tried to record a stay of {m.Tenant} in {facility.Name.Korean} from {m.Date:uuuu-MM-dd} to {last:uuuu-MM-dd}; the last day cannot precede the move-in day.");
        }

        if (m.Date < facility.OpenedOn)
        {
            return new(FacilityRules.MoveInBeforeOpening, $"Tried to move {m.Tenant} into {facility.Name.Korean} on {m.Date:uuuu-MM-dd}, before it opened on {facility.OpenedOn:uuuu-MM-dd}; tenants move in from the opening day on.");
        }

        var stay = new DateRange(m.Date, m.LastDay);
        if (tenancies.StayOverlapping(m.Tenant, stay) is { } clash)
        {
            return new(FacilityRules.TenantAlreadyIn, $"Tried to move {m.Tenant} into {facility.Name.Korean} for {stay}, but it is already a tenant for {clash}; a tenant holds one place at a time.");
        }

        return tenancies.FirstFullDay(stay, facility.Capacity) is { } full
            ? new(FacilityRules.CapacityExceeded, $"Tried to move {m.Tenant} into {facility.Name.Korean} for {stay}, but on {full:uuuu-MM-dd} all {facility.Capacity} places are taken; a facility holds at most its capacity.")
            : null;
    }

    public static Refusal? MoveOut(Facility facility, TenantMovedOut o, DateRange? openStay)
    {
        if (openStay is not { } open)
        {
            return new(FacilityRules.TenantNotIn, $"Tried to move {o.Tenant} out of {facility.Name.Korean} on {o.Date:uuuu-MM-dd}, but it has no open tenancy there; only a present tenant can move out.");
        }

        return o.Date < open.Start
            ? new(FacilityRules.MoveOutBeforeMoveIn, $"Tried to move {o.Tenant} out of {facility.Name.Korean} on {o.Date:uuuu-MM-dd}, before it moved in on {open.Start:uuuu-MM-dd}; the move-out day is on or after the move-in day.")
            : null;
    }
}

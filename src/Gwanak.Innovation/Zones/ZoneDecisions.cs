using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>The rules a zone's steps are decided by, each with the refusal it gives (<see cref="ZoneRules"/>).</summary>
internal static class ZoneDecisions
{
    public static Refusal? Plan(ZonePlanned plan)
        => OutsideDistrict(plan.Name, plan.District, plan.LegalDongs, "plan");

    public static Refusal? Request(VenturePromotionZone zone, ZoneEvent last, ZoneDesignationRequested e)
        => Step(zone, last, e, "request designation", ZoneDesignationStatus.Planned, ZoneRules.RequestOnlyWhenPlanned);

    public static Refusal? Designation(VenturePromotionZone zone, ZoneEvent last, ZoneDesignated e)
        => Step(zone, last, e, "designate it", ZoneDesignationStatus.Requested, ZoneRules.DesignateOnlyWhenRequested);

    public static Refusal? Amendment(VenturePromotionZone zone, ZoneEvent last, ZoneAreaAmended e)
        => Step(zone, last, e, "amend the area", ZoneDesignationStatus.Designated, ZoneRules.AmendOnlyWhenDesignated)
            ?? OutsideDistrict(zone.Name, zone.District, e.LegalDongs, "amend");

    public static Refusal? Ending(VenturePromotionZone zone, ZoneEvent last, ZoneDesignationEnded e)
        => Step(zone, last, e, e.Revoked ? "revoke the designation" : "lift the designation", ZoneDesignationStatus.Designated, ZoneRules.EndOnlyWhenDesignated);

    private static Refusal? Step(VenturePromotionZone zone, ZoneEvent last, ZoneEvent e, string attempt, ZoneDesignationStatus required, string ruleId)
    {
        if (e.Date < last.Date)
        {
            return new(ZoneRules.StepBeforePreviousStep, $"Tried to {attempt} for the zone {zone.Name.Korean} on {e.Date:uuuu-MM-dd}, before the previous step ({EventTypes.NameOf(last)} on {last.Date:uuuu-MM-dd}); steps are recorded in date order.");
        }

        return zone.Status == required
            ? null
            : new(ruleId, $"Tried to {attempt} for the zone {zone.Name.Korean}, which is {zone.Status}; that is allowed only when the zone is {required}.");
    }

    private static Refusal? OutsideDistrict(LocalizedText name, AdministrativeDistrictCode district, EquatableArray<AdministrativeDistrictCode> legalDongs, string attempt)
    {
        foreach (var dong in legalDongs)
        {
            if (dong.District != district)
            {
                return new(ZoneRules.LegalDongOutsideDistrict, $"Tried to {attempt} the zone {name.Korean} of district {district} with the legal dong {dong}, which lies in district {dong.District}; a zone covers legal dongs of its own district only.");
            }
        }

        return null;
    }
}

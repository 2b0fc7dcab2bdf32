using System.Collections.Generic;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Districts;

/// <summary>The cross-context checks of a district, each with its finding (<see cref="DistrictRules"/>).</summary>
internal static class DistrictChecks
{
    public static IReadOnlyList<DistrictFinding> Of(InnovationDistrict district)
    {
        var findings = new List<DistrictFinding>();
        void Unknown(OrganizationId id, string rule, string subject, string subjectId, string role)
        {
            if (district.FindOrganization(id) is null)
            {
                findings.Add(new(rule, subject, subjectId, $"The {subject} {subjectId} names {id} as its {role}, but {id} is no organisation of {district.Name.English}; add the organisation or correct the id."));
            }
        }

        void Outside(AdministrativeDistrictCode location, string subject, string subjectId)
        {
            if (location.District != district.Code)
            {
                findings.Add(new(DistrictRules.LocationOutsideDistrict, subject, subjectId, $"The {subject} {subjectId} is located in {location}, outside {district.Name.English} ({district.Code})."));
            }
        }

        foreach (var body in district.GovernanceBodies)
        {
            foreach (var m in body.Memberships)
            {
                Unknown(m.Organization, DistrictRules.OrganizationUnknown, "governance body", body.Id.Value, "member");
            }
        }

        foreach (var a in district.Agreements)
        {
            foreach (var party in a.Parties)
            {
                Unknown(party, DistrictRules.AgreementPartyUnknown, "agreement", a.Id.Value, "party");
            }
        }

        foreach (var zone in district.Zones)
        {
            if (zone.District != district.Code)
            {
                findings.Add(new(DistrictRules.ZoneOutsideDistrict, "zone", zone.Id.Value, $"The zone {zone.Id} lies in district {zone.District} (legal dongs {string.Join(", ", zone.LegalDongs)}), not in {district.Name.English} ({district.Code})."));
            }

            foreach (var anchor in zone.AnchorInstitutions)
            {
                Unknown(anchor, DistrictRules.OrganizationUnknown, "zone", zone.Id.Value, "anchor institution");
            }
        }

        foreach (var company in district.VentureCompanies)
        {
            Outside(company.Location, "venture company", company.Id.ToString());
        }

        foreach (var facility in district.Facilities)
        {
            Unknown(facility.Operator, DistrictRules.FacilityOperatorUnknown, "facility", facility.Id.Value, "operator");
            Outside(facility.Location, "facility", facility.Id.Value);
        }

        foreach (var fund in district.Funds)
        {
            Unknown(fund.Manager, DistrictRules.FundManagerUnknown, "fund", fund.Id.Value, "manager");
        }

        foreach (var program in district.SupportPrograms)
        {
            Unknown(program.Operator, DistrictRules.OrganizationUnknown, "support programme", program.Id.Value, "operator");
        }

        foreach (var partnership in district.CityPartnerships)
        {
            if (partnership.District != district.Code)
            {
                findings.Add(new(DistrictRules.PartnershipOfAnotherDistrict, "city partnership", partnership.Id.Value, $"The partnership {partnership.Id} with {partnership.City} is a tie of district {partnership.District}, not of {district.Name.English} ({district.Code})."));
            }
        }

        foreach (var trip in district.OverseasTrips)
        {
            foreach (var visit in trip.Visits)
            {
                Unknown(visit.Organization, DistrictRules.VisitedOrganizationUnknown, "trip", trip.Id.Value, $"visit of {visit.Date:uuuu-MM-dd}");
            }
        }

        foreach (var program in district.ExchangePrograms)
        {
            Unknown(program.Host, DistrictRules.OrganizationUnknown, "exchange programme", program.Id.Value, "host");
            if (district.FindAgreement(program.FoundingAgreement) is null)
            {
                findings.Add(new(DistrictRules.FoundingAgreementUnknown, "exchange programme", program.Id.Value, $"The exchange programme {program.Id} is founded on the agreement {program.FoundingAgreement}, which is no agreement of {district.Name.English}."));
            }
        }

        foreach (var recurring in district.RecurringEvents)
        {
            Unknown(recurring.Organizer, DistrictRules.OrganizationUnknown, "recurring event", recurring.Id.Value, "organiser");
        }

        return findings;
    }
}

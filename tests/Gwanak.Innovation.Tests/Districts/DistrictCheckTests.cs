using System;
using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Organizations;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Tests.Districts;

/// <summary>
/// Each cross-context check of <see cref="InnovationDistrict.Check"/> on its own: a record of the 2023 district put in a
/// district that lacks what it names (no organisations, or another district's code) is reported with its rule, the kind
/// and id of the record, and a message naming the role the missing organisation plays.
/// </summary>
public sealed class DistrictCheckTests
{
    private static readonly InnovationDistrict EmptyGwanak = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu"));
    private static readonly InnovationDistrict EmptyGangnam = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gangnam, LocalizedText.Create("강남구", "Gangnam-gu"));

    [Fact]
    public void A_governance_body_member_that_is_no_organisation_of_the_district_is_reported_with_DST_006()
        => AssertFindings(
            EmptyGwanak.With(Gwanak2023District.Council()),
            [(DistrictRules.OrganizationUnknown, "governance body", "gwanak-innovation-council", "names gwanak-gu-office as its member")],
            expectedCount: 4);

    [Fact]
    public void An_agreement_party_that_is_unknown_is_named_as_a_party()
        => AssertFindings(
            EmptyGwanak.With(Gwanak2023District.Bilateral()),
            [(DistrictRules.AgreementPartyUnknown, "agreement", Gwanak2023District.Bilateral().Id.Value, "names kaccoc as its party")],
            expectedCount: 2);

    [Fact]
    public void A_zone_anchor_institution_that_is_unknown_is_reported_with_DST_006()
    {
        var zone = Gwanak2023District.Zone();
        AssertFindings(
            EmptyGwanak.With(zone),
            [(DistrictRules.OrganizationUnknown, "zone", zone.Id.Value, $"names {zone.AnchorInstitutions[0]} as its anchor institution")],
            expectedCount: zone.AnchorInstitutions.Count);
    }

    [Fact]
    public void A_zone_of_another_district_is_reported_with_its_district_and_legal_dongs()
    {
        var zone = Gwanak2023District.Zone();
        var finding = EmptyGangnam.With(zone).Check().First(f => f.RuleId == DistrictRules.ZoneOutsideDistrict);
        Assert.Equal(("zone", zone.Id.Value), (finding.Subject, finding.SubjectId));
        Assert.Contains($"lies in district {zone.District} (legal dongs {string.Join(", ", zone.LegalDongs)}), not in Gangnam-gu (11680)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_venture_company_located_outside_the_district_is_reported_with_DST_009()
    {
        var company = Gwanak2023District.Companies()[0];
        AssertFindings(
            EmptyGangnam.With(company),
            [(DistrictRules.LocationOutsideDistrict, "venture company", company.Id.ToString(), $"is located in {company.Location}, outside Gangnam-gu (11680)")],
            expectedCount: 1);
    }

    [Fact]
    public void An_unknown_facility_operator_and_fund_manager_are_named_in_their_roles()
    {
        var facility = Gwanak2023District.StartupCentre();
        var fund = Gwanak2023District.StartupFund();
        AssertFindings(
            EmptyGwanak.With(facility).With(fund),
            [
                (DistrictRules.FacilityOperatorUnknown, "facility", facility.Id.Value, "as its operator"),
                (DistrictRules.FundManagerUnknown, "fund", fund.Id.Value, "as its manager"),
            ],
            expectedCount: 2);
    }

    [Fact]
    public void A_support_programme_operator_that_is_unknown_is_reported_with_DST_006()
    {
        var program = Gwanak2023District.CampusTown();
        AssertFindings(
            EmptyGwanak.With(program),
            [(DistrictRules.OrganizationUnknown, "support programme", program.Id.Value, $"names {program.Operator} as its operator")],
            expectedCount: 1);
    }

    [Fact]
    public void A_city_partnership_of_another_district_is_reported_with_DST_008()
    {
        var tie = Gwanak2023District.Ties()[0];
        AssertFindings(
            EmptyGangnam.With(tie),
            [(DistrictRules.PartnershipOfAnotherDistrict, "city partnership", tie.Id.Value, $"is a tie of district {AdministrativeDistrictCode.Seoul.Gwanak}, not of Gangnam-gu (11680)")],
            expectedCount: 1);
    }

    [Fact]
    public void A_visited_organisation_that_is_unknown_is_named_with_the_day_of_the_visit()
    {
        var trip = Gwanak2023District.Trip();
        var findings = EmptyGwanak.With(trip).Check();
        Assert.Equal(trip.Visits.Count, findings.Count);
        Assert.All(findings, f => Assert.Equal((DistrictRules.VisitedOrganizationUnknown, "trip", trip.Id.Value), (f.RuleId, f.Subject, f.SubjectId)));
        Assert.Contains($"as its visit of {trip.Visits[0].Date:uuuu-MM-dd}", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exchange_programme_with_an_unknown_host_and_founding_agreement_is_reported_with_DST_006_and_DST_007()
    {
        var program = Gwanak2023District.Internship();
        AssertFindings(
            EmptyGwanak.With(program),
            [
                (DistrictRules.OrganizationUnknown, "exchange programme", program.Id.Value, $"names {program.Host} as its host"),
                (DistrictRules.FoundingAgreementUnknown, "exchange programme", program.Id.Value, $"is founded on the agreement {program.FoundingAgreement}, which is no agreement of Gwanak-gu"),
            ],
            expectedCount: 2);
    }

    [Fact]
    public void A_recurring_event_organiser_that_is_unknown_is_reported_with_DST_006()
    {
        var convention = Gwanak2023District.Convention();
        AssertFindings(
            EmptyGwanak.With(convention),
            [(DistrictRules.OrganizationUnknown, "recurring event", convention.Id.Value, $"names {convention.Organizer} as its organiser")],
            expectedCount: 1);
    }

    [Fact]
    public void The_scorecard_counts_the_confirmed_venture_companies_inside_a_designated_zone()
    {
        // 112 of the 1,000 companies in the zone's legal dongs are confirmed ventures at designation
        // (Gwanak2023District.Companies); a second zone, in Gangnam-gu, holds none of them and changes nothing.
        var gangnamZone = VenturePromotionZone.Create(new ZoneId("gangnam-zone"), new LocalDate(2021, 6, 1), LocalizedText.Of("en", "Gangnam zone"), AdministrativeDistrictCode.Seoul.Gangnam, 1m, [], [], [AdministrativeDistrictCode.Parse("1168010100")], []);
        // The 2023 district records the article's figure for this indicator, which would take the computed one's place.
        var district = EmptyGwanak.With(Gwanak2023District.Zone()).With(gangnamZone).With(Gwanak2023District.Companies());
        Assert.Equal(112m, district.ScorecardOn(Gwanak2023District.DesignationDay).ValueOf(Indicator.VentureCompaniesInZone)?.Value);
    }

    [Fact]
    public void Districts_that_differ_in_any_one_register_are_not_equal()
    {
        var withOne = new List<InnovationDistrict>
        {
            EmptyGwanak.With(Gwanak2023Organizations.GwanakGuOffice),
            EmptyGwanak.With(Gwanak2023District.Council()),
            EmptyGwanak.With(Gwanak2023District.Bilateral()),
            EmptyGwanak.With(Gwanak2023District.Zone()),
            EmptyGwanak.With(Gwanak2023District.Companies()[0]),
            EmptyGwanak.With(Gwanak2023District.StartupCentre()),
            EmptyGwanak.With(Gwanak2023District.StartupFund()),
            EmptyGwanak.With(Gwanak2023District.CampusTown()),
            EmptyGwanak.With(Gwanak2023District.IndicatorValues()[0]),
            EmptyGwanak.With(Gwanak2023District.Ties()[0]),
            EmptyGwanak.With(Gwanak2023District.Trip()),
            EmptyGwanak.With(Gwanak2023District.Internship()),
            EmptyGwanak.With(Gwanak2023District.Convention()),
        };
        Assert.All(withOne, d => Assert.NotEqual(EmptyGwanak, d));
        Assert.All(withOne, d => Assert.NotEqual(d, EmptyGwanak));
    }

    [Fact]
    public void Districts_with_another_code_or_name_are_not_equal()
    {
        var renamed = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak District"));
        var otherCode = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gangnam, LocalizedText.Create("관악구", "Gwanak-gu"));
        Assert.Equal((false, false, true), (EmptyGwanak.Equals(renamed), EmptyGwanak.Equals(otherCode), EmptyGwanak.Equals(InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu")))));
    }

    [Fact]
    public void A_default_code_and_a_code_that_is_no_district_are_refused_with_what_was_given()
    {
        var none = Assert.ThrowsAny<ArgumentException>(() => InnovationDistrict.Create(default, LocalizedText.Of("en", "Nowhere")));
        var city = Assert.ThrowsAny<ArgumentException>(() => InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.City, LocalizedText.Of("en", "Seoul")));
        Assert.Equal(("code", "code"), (none.ParamName, city.ParamName));
        Assert.Contains("default", none.Message, StringComparison.Ordinal);
        Assert.Contains($"{AdministrativeDistrictCode.Seoul.City} is not a district (시·군·구) code such as 11620", city.Message, StringComparison.Ordinal);
    }

    private static void AssertFindings(InnovationDistrict district, (string Rule, string Subject, string SubjectId, string Phrase)[] expected, int expectedCount)
    {
        var findings = district.Check();
        Assert.Equal(expectedCount, findings.Count);
        foreach (var (rule, subject, subjectId, phrase) in expected)
        {
            Assert.Contains(findings, f => f.RuleId == rule && f.Subject == subject && f.SubjectId == subjectId && f.Message.Contains(phrase, StringComparison.Ordinal));
        }
    }
}

using System;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Agreements;
using Gwanak.Innovation.Tests.Exchange;
using Gwanak.Innovation.Tests.Organizations;
using Gwanak.Innovation.Tests.Zones;
using NodaTime;

namespace Gwanak.Innovation.Tests.Districts;

public sealed class InnovationDistrictTests
{
    private static readonly LocalDate ArticleDay = new(2023, 8, 23);

    /// <summary>A small Gwanak-gu whose records refer only to each other.</summary>
    private static InnovationDistrict Gwanak()
    {
        var district = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu"));
        foreach (var organization in Gwanak2023Organizations.All)
        {
            district = district.With(organization);
        }

        return district
            .With(Gwanak2023Mous.Bilateral())
            .With(Gwanak2023Mous.Trilateral())
            .With(Fund.Create(new FundId("gwanak-startup-fund"), new LocalDate(2021, 1, 4), LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), Gwanak2023Organizations.GwanakGuOffice.Id, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4)))
            .With(Facility.Create(new FacilityId("s-valley-centre"), new LocalDate(2020, 3, 2), LocalizedText.Create("관악S밸리 창업센터", "Gwanak S-Valley startup centre"), FacilityKind.StartupCentre, Gwanak2023Organizations.GwanakGuOffice.Id, Gwanak2023Zone.Bongcheon, true, 20));
    }

    [Fact]
    public void A_district_finds_its_records_by_id()
    {
        var district = Gwanak();
        Assert.Equal(
            ("kaccoc", Gwanak2023Mous.Trilateral().Id, "gwanak-startup-fund"),
            (district.FindOrganization(Gwanak2023Organizations.Kaccoc.Id)?.Id.Value, district.FindAgreement(Gwanak2023Mous.Trilateral().Id)?.Id, district.FindFund(new FundId("gwanak-startup-fund"))?.Id.Value));
    }

    [Fact]
    public void A_record_not_in_the_district_is_not_found()
        => Assert.Null(Gwanak().FindFacility(new FacilityId("nowhere")));

    [Fact]
    public void Adding_a_record_with_an_id_already_there_replaces_it_in_place()
    {
        var district = Gwanak();
        var renewed = Gwanak2023Mous.Trilateral().Renew(new LocalDate(2024, 5, 1), Period.FromYears(1));
        var after = district.With(renewed);
        Assert.Equal((2, renewed, district.Agreements[0]), (after.Agreements.Count, after.Agreements[1], after.Agreements[0]));
    }

    [Fact]
    public void Adding_leaves_the_district_it_was_added_to_unchanged()
    {
        var district = Gwanak();
        _ = district.With(Gwanak2023Organizations.GwanakChamberOfCommerce.InDistrict(AdministrativeDistrictCode.Seoul.Gangnam));
        Assert.Equal(Gwanak(), district);
    }

    [Fact]
    public void Two_districts_with_the_same_records_are_equal()
        => Assert.Equal(Gwanak(), Gwanak());

    [Fact]
    public void A_district_whose_records_refer_to_each_other_has_no_findings()
        => Assert.Empty(Gwanak().Check());

    [Fact]
    public void An_agreement_party_that_is_no_organisation_of_the_district_is_reported_with_DST_001()
    {
        var stranger = Agreement.Create(new AgreementId("mou-unknown"), new LocalDate(2023, 1, 2), AgreementKind.MemorandumOfUnderstanding, LocalizedText.Of("en", "Cooperation"), [Gwanak2023Organizations.GwanakGuOffice.Id, new OrganizationId("nobody")], [], AgreementBinding.NonBinding, Gwanak2023Mous.BilateralTerms);
        var finding = Assert.Single(Gwanak().With(stranger).Check());
        Assert.Equal((DistrictRules.AgreementPartyUnknown, "agreement", "mou-unknown"), (finding.RuleId, finding.Subject, finding.SubjectId));
    }

    [Fact]
    public void A_zone_of_another_district_is_reported_with_DST_002()
    {
        var gangnamZone = global::Gwanak.Innovation.Zones.VenturePromotionZone.Create(new ZoneId("gangnam-zone"), new LocalDate(2021, 6, 1), LocalizedText.Of("en", "Gangnam zone"), AdministrativeDistrictCode.Seoul.Gangnam, 1m, [], [], [AdministrativeDistrictCode.Parse("1168010100")], []);
        Assert.Equal(DistrictRules.ZoneOutsideDistrict, Assert.Single(Gwanak().With(gangnamZone).Check()).RuleId);
    }

    [Fact]
    public void An_unknown_fund_manager_is_reported_with_DST_003()
        => Assert.Equal(
            DistrictRules.FundManagerUnknown,
            Assert.Single(Gwanak().With(Fund.Create(new FundId("other-fund"), new LocalDate(2022, 1, 3), LocalizedText.Of("en", "Fund"), new OrganizationId("unknown-manager"), Money.Won(1m), Period.FromYears(8), Period.FromYears(4))).Check()).RuleId);

    [Fact]
    public void An_unknown_facility_operator_and_a_facility_outside_the_district_are_reported_with_DST_004_and_DST_009()
    {
        var facility = Facility.Create(new FacilityId("gangnam-hub"), new LocalDate(2022, 1, 3), LocalizedText.Of("en", "Hub"), FacilityKind.CoWorkingSpace, new OrganizationId("unknown-operator"), AdministrativeDistrictCode.Parse("1168010100"), false, 5);
        Assert.Equal([DistrictRules.FacilityOperatorUnknown, DistrictRules.LocationOutsideDistrict], Gwanak().With(facility).Check().Select(f => f.RuleId));
    }

    [Fact]
    public void An_organisation_a_trip_visited_that_the_district_does_not_have_is_reported_with_DST_005()
    {
        var unknownHost = new Visit(new OrganizationId("unknown-host"), Gwanak2023Exchange.SantaClara, new LocalDate(2023, 7, 7), LocalizedText.Of("en", "Meeting"), VisitOutcome.StudyVisit(LocalizedText.Of("en", "Learnt")));
        var finding = Assert.Single(Gwanak().With(Gwanak2023Exchange.Trip().WithVisit(unknownHost)).Check());
        Assert.Equal((DistrictRules.VisitedOrganizationUnknown, "trip"), (finding.RuleId, finding.Subject));
    }

    [Fact]
    public void A_finding_reads_with_its_rule_and_record()
        => Assert.StartsWith("DST-003 fund other-fund: ", Gwanak().With(Fund.Create(new FundId("other-fund"), new LocalDate(2022, 1, 3), LocalizedText.Of("en", "Fund"), new OrganizationId("unknown-manager"), Money.Won(1m), Period.FromYears(8), Period.FromYears(4))).Check()[0].ToString(), StringComparison.Ordinal);

    [Fact]
    public void The_scorecard_counts_the_facilities_open_and_the_agreements_in_force_on_its_day()
    {
        var scorecard = Gwanak().ScorecardOn(ArticleDay);
        Assert.Equal((1m, 2m), (scorecard.ValueOf(Indicator.StartupFacilities)?.Value, scorecard.ValueOf(Indicator.AgreementsInForce)?.Value));
    }

    [Fact]
    public void A_recorded_value_of_a_computed_indicator_takes_its_place()
    {
        var district = Gwanak().With(new IndicatorValue(Indicator.StartupFacilities, ArticleDay, 16m, "press article, 2023-08-23"));
        Assert.Equal(16m, district.ScorecardOn(ArticleDay).ValueOf(Indicator.StartupFacilities)?.Value);
    }

    [Fact]
    public void A_district_needs_a_district_code()
        => Assert.Equal("code", Assert.Throws<ArgumentException>(() => InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.City, LocalizedText.Of("en", "Seoul"))).ParamName);

    [Fact]
    public void Adding_a_null_record_names_it()
        => Assert.Equal("organization", Assert.Throws<ArgumentNullException>(() => Gwanak().With((Organization)null!)).ParamName);

    [Fact]
    public void Adding_records_at_once_gives_the_district_adding_them_one_by_one_gives()
    {
        var district = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu"));
        var renewed = Gwanak2023Mous.Trilateral().Renew(new LocalDate(2024, 5, 1), Period.FromYears(1));
        Agreement[] agreements = [Gwanak2023Mous.Bilateral(), Gwanak2023Mous.Trilateral(), renewed];
        var oneByOne = agreements.Aggregate(district.With(Gwanak2023Organizations.All), (d, a) => d.With(a));
        var atOnce = district.With(Gwanak2023Organizations.All).With(agreements);
        Assert.Equal(
            (true, string.Join(",", oneByOne.Organizations.Select(o => o.Id)), string.Join(",", oneByOne.Agreements.Select(a => a.Version)), 2),
            (atOnce.Equals(oneByOne), string.Join(",", atOnce.Organizations.Select(o => o.Id)), string.Join(",", atOnce.Agreements.Select(a => a.Version)), atOnce.Agreements.Count));
    }

    [Fact]
    public void Adding_records_at_once_to_a_district_that_has_some_replaces_them_in_place()
    {
        var renewed = Gwanak2023Mous.Trilateral().Renew(new LocalDate(2024, 5, 1), Period.FromYears(1));
        var after = Gwanak().With(new[] { renewed });
        Assert.Equal((2, renewed, Gwanak().Agreements[0]), (after.Agreements.Count, after.Agreements[1], after.Agreements[0]));
    }

    [Fact]
    public void A_district_built_from_many_records_at_once_is_unchanged_by_the_districts_made_from_it()
    {
        // A register built at once is built in place; the registers made from it afterwards copy what they change.
        var ids = Gwanak2023Organizations.All.Select(o => o.Id).ToArray();
        var generated = Enumerable.Range(0, 700)
            .Select(i => Agreement.Create(
                new AgreementId($"bulk-{i:D4}"),
                new LocalDate(2023, 1, 1).PlusDays(i),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Of("en", $"Agreement {i}"),
                [ids[i % ids.Length], ids[(i + 1) % ids.Length]],
                [],
                AgreementBinding.NonBinding,
                new AgreementTerms(new LocalDate(2023, 1, 1).PlusDays(i + 20), Period.FromYears(1), Period.FromMonths(1))))
            .ToArray();
        var built = Gwanak().With(generated[..400]);
        var replaced = built.With(generated[10].Cancel(new LocalDate(2024, 12, 2), LocalizedText.Of("en", "Withdrawn")));
        var grown = built.With(generated[400..]);
        Assert.Equal(
            (402, 702, 402, true, true, generated[10], AgreementStatus.Cancelled),
            (built.Agreements.Count, grown.Agreements.Count, replaced.Agreements.Count, built.Agreements.Skip(2).SequenceEqual(generated[..400]), grown.Agreements.Skip(2).SequenceEqual(generated),
             built.Agreements[12], replaced.Agreements[12].StatusOn(new LocalDate(2024, 12, 2))));
        Assert.All(generated[..400], a => Assert.Same(a, built.FindAgreement(a.Id)));
        Assert.Null(built.FindAgreement(generated[400].Id));
    }

    [Fact]
    public void Adding_a_null_sequence_or_a_null_record_among_many_names_the_sequence()
        => Assert.Equal(
            ("organizations", "agreements"),
            (Assert.Throws<ArgumentNullException>(() => Gwanak().With((Organization[])null!)).ParamName,
             Assert.Throws<ArgumentNullException>(() => Gwanak().With(new Agreement[] { Gwanak2023Mous.Bilateral(), null! })).ParamName));
}

using System;
using System.Linq;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Organizations;

public sealed class OrganizationTests
{
    private static readonly BusinessRegistrationNumber SomeBusinessNumber = BusinessRegistrationNumber.Parse("124-81-00998");

    [Fact]
    public void The_seed_names_fifteen_distinct_organisations()
        => Assert.Equal(15, SeedOrganizations.All.Select(o => o.Id).Distinct().Count());

    [Fact]
    public void The_seed_organisations_cover_three_of_the_five_sectors()
        => Assert.Equal(
            [HelixSector.Public, HelixSector.Industry, HelixSector.Academia],
            SeedOrganizations.All.Select(o => o.Sector).Distinct().Order());

    [Fact]
    public void Gwanak_organisations_lie_within_Gwanak_gu()
        => Assert.All(
            SeedOrganizations.All.Where(o => o.District is not null),
            o => Assert.True(o.District!.Value.IsWithin(AdministrativeDistrictCode.Seoul.Gwanak)));

    [Fact]
    public void Kaccoc_is_an_American_chamber_of_commerce_in_industry()
    {
        var kaccoc = SeedOrganizations.Kaccoc;
        Assert.Equal(("US", OrganizationKind.ChamberOfCommerce, HelixSector.Industry, false), (kaccoc.Country, kaccoc.Kind, kaccoc.Sector, kaccoc.IsKorean));
    }

    [Fact]
    public void Country_code_is_upper_cased()
        => Assert.Equal("KR", new Organization(new OrganizationId("x"), LocalizedText.Create("가", "A"), OrganizationKind.Company, HelixSector.Industry, " kr ").Country);

    [Theory]
    [InlineData("KOR")]
    [InlineData("K")]
    [InlineData("1R")]
    [InlineData(" ")]
    public void Country_must_be_two_letters(string country)
        => Assert.Equal("country", Assert.ThrowsAny<ArgumentException>(() => new Organization(new OrganizationId("x"), LocalizedText.Create("가", "A"), OrganizationKind.Company, HelixSector.Industry, country)).ParamName);

    [Fact]
    public void A_default_id_is_refused()
        => Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new Organization(default, LocalizedText.Create("가", "A"), OrganizationKind.Company, HelixSector.Industry, "KR")).ParamName);

    [Fact]
    public void A_foreign_organisation_cannot_have_a_Korean_district()
        => Assert.Equal(
            OrganizationRules.DistrictOutsideKorea,
            Assert.Throws<DomainRuleException>(() => SeedOrganizations.Apple.InDistrict(AdministrativeDistrictCode.Seoul.Gwanak)).RuleId);

    [Fact]
    public void A_foreign_organisation_cannot_have_a_business_registration_number()
        => Assert.Equal(
            OrganizationRules.RegistrationOutsideKorea,
            Assert.Throws<DomainRuleException>(() => SeedOrganizations.Google.WithBusinessRegistrationNumber(SomeBusinessNumber)).RuleId);

    [Fact]
    public void A_foreign_organisation_cannot_have_a_corporate_registration_number()
    {
        var number = CorporateRegistrationNumber.Parse("110111-0000002");
        Assert.Equal(
            OrganizationRules.RegistrationOutsideKorea,
            Assert.Throws<DomainRuleException>(() => SeedOrganizations.Tesla.WithCorporateRegistrationNumber(number)).RuleId);
    }

    [Fact]
    public void The_rule_message_names_the_organisation_and_what_is_allowed()
    {
        var e = Assert.Throws<DomainRuleException>(() => SeedOrganizations.Intel.InDistrict(AdministrativeDistrictCode.Seoul.Gwanak));
        Assert.Contains("Intel (intel)", e.Message, StringComparison.Ordinal);
        Assert.Contains("Korean organisations (KR) only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Korean_organisation_keeps_its_registration_number()
        => Assert.Equal(SomeBusinessNumber, SeedOrganizations.GwanakChamberOfCommerce.WithBusinessRegistrationNumber(SomeBusinessNumber).BusinessRegistrationNumber);

    [Fact]
    public void Organisations_with_the_same_facts_are_equal()
        => Assert.Equal(
            SeedOrganizations.GwanakGuOffice,
            new Organization(new OrganizationId("gwanak-gu-office"), LocalizedText.Create("관악구청", "Gwanak-gu Office"), OrganizationKind.LocalGovernment, HelixSector.Public, "KR").InDistrict(AdministrativeDistrictCode.Seoul.Gwanak));
}

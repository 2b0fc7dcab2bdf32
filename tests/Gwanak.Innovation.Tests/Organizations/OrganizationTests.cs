using System;
using System.Linq;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Organizations;

public sealed class OrganizationTests
{
    private static readonly BusinessRegistrationNumber SomeBusinessNumber = BusinessRegistrationNumber.Parse("124-81-00998");

    [Fact]
    public void The_2023_press_article_names_fifteen_distinct_organisations()
        => Assert.Equal(15, Gwanak2023Organizations.All.Select(o => o.Id).Distinct().Count());

    [Fact]
    public void The_organisations_of_the_2023_press_article_cover_three_of_the_five_sectors()
        => Assert.Equal(
            [HelixSector.Public, HelixSector.Industry, HelixSector.Academia],
            Gwanak2023Organizations.All.Select(o => o.Sector).Distinct().Order());

    [Fact]
    public void Gwanak_organisations_lie_within_Gwanak_gu()
        => Assert.All(
            Gwanak2023Organizations.All.Where(o => o.District is not null),
            o => Assert.True(o.District!.Value.IsWithin(AdministrativeDistrictCode.Seoul.Gwanak)));

    [Fact]
    public void Kaccoc_is_an_American_chamber_of_commerce_in_industry()
    {
        var kaccoc = Gwanak2023Organizations.Kaccoc;
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
    public void A_missing_name_is_refused_naming_it()
        => Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => new Organization(new OrganizationId("x"), null!, OrganizationKind.Company, HelixSector.Industry, "KR")).ParamName);

    [Fact]
    public void A_missing_country_is_refused_naming_it()
        => Assert.Equal("country", Assert.ThrowsAny<ArgumentException>(() => new Organization(new OrganizationId("x"), LocalizedText.Create("가", "A"), OrganizationKind.Company, HelixSector.Industry, null!)).ParamName);

    [Fact]
    public void An_undefined_kind_is_refused_naming_it()
        => Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => new Organization(new OrganizationId("x"), LocalizedText.Create("가", "A"), (OrganizationKind)99, HelixSector.Industry, "KR")).ParamName);

    [Fact]
    public void An_undefined_sector_is_refused_naming_it()
        => Assert.Equal("sector", Assert.ThrowsAny<ArgumentException>(() => new Organization(new OrganizationId("x"), LocalizedText.Create("가", "A"), OrganizationKind.Company, (HelixSector)5, "KR")).ParamName);

    [Fact]
    public void A_default_district_code_is_refused_naming_it()
        => Assert.Equal("district", Assert.ThrowsAny<ArgumentException>(() => Gwanak2023Organizations.MinistryOfSmesAndStartups.InDistrict(default)).ParamName);

    [Fact]
    public void Default_registration_numbers_are_refused_naming_them()
        => Assert.Equal(
            ("number", "number"),
            (Assert.ThrowsAny<ArgumentException>(() => Gwanak2023Organizations.GwanakChamberOfCommerce.WithBusinessRegistrationNumber(default)).ParamName,
             Assert.ThrowsAny<ArgumentException>(() => Gwanak2023Organizations.GwanakChamberOfCommerce.WithCorporateRegistrationNumber(default)).ParamName));

    [Fact]
    public void Giving_a_district_leaves_the_organisation_it_was_given_to_unchanged()
    {
        var ministry = Gwanak2023Organizations.MinistryOfSmesAndStartups;
        _ = ministry.InDistrict(AdministrativeDistrictCode.Seoul.Gwanak);
        Assert.Null(ministry.District);
    }

    [Fact]
    public void A_foreign_organisation_cannot_have_a_Korean_district()
        => Assert.Equal(
            OrganizationRules.DistrictOutsideKorea,
            Assert.Throws<DomainRuleException>(() => Gwanak2023Organizations.Apple.InDistrict(AdministrativeDistrictCode.Seoul.Gwanak)).RuleId);

    [Fact]
    public void A_foreign_organisation_cannot_have_a_business_registration_number()
        => Assert.Equal(
            OrganizationRules.RegistrationOutsideKorea,
            Assert.Throws<DomainRuleException>(() => Gwanak2023Organizations.Google.WithBusinessRegistrationNumber(SomeBusinessNumber)).RuleId);

    [Fact]
    public void A_foreign_organisation_cannot_have_a_corporate_registration_number()
    {
        var number = CorporateRegistrationNumber.Parse("110111-0000002");
        Assert.Equal(
            OrganizationRules.RegistrationOutsideKorea,
            Assert.Throws<DomainRuleException>(() => Gwanak2023Organizations.Tesla.WithCorporateRegistrationNumber(number)).RuleId);
    }

    [Fact]
    public void The_rule_message_names_the_organisation_and_what_is_allowed()
    {
        var e = Assert.Throws<DomainRuleException>(() => Gwanak2023Organizations.Intel.InDistrict(AdministrativeDistrictCode.Seoul.Gwanak));
        Assert.Contains("Intel (intel)", e.Message, StringComparison.Ordinal);
        Assert.Contains("Korean organisations (KR) only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Korean_organisation_keeps_its_registration_number()
        => Assert.Equal(SomeBusinessNumber, Gwanak2023Organizations.GwanakChamberOfCommerce.WithBusinessRegistrationNumber(SomeBusinessNumber).BusinessRegistrationNumber);

    [Fact]
    public void Organisations_with_the_same_facts_are_equal()
        => Assert.Equal(
            Gwanak2023Organizations.GwanakGuOffice,
            new Organization(new OrganizationId("gwanak-gu-office"), LocalizedText.Create("관악구청", "Gwanak-gu Office"), OrganizationKind.LocalGovernment, HelixSector.Public, "KR").InDistrict(AdministrativeDistrictCode.Seoul.Gwanak));

    [Fact]
    public void The_constructor_takes_the_district_and_registration_numbers_the_transitions_give()
    {
        var corporate = CorporateRegistrationNumber.Parse("110111-0000002");
        var chamber = Gwanak2023Organizations.GwanakChamberOfCommerce;
        Assert.Equal(
            chamber.WithBusinessRegistrationNumber(SomeBusinessNumber).WithCorporateRegistrationNumber(corporate),
            new Organization(chamber.Id, chamber.Name, chamber.Kind, chamber.Sector, "KR", AdministrativeDistrictCode.Seoul.Gwanak, SomeBusinessNumber, corporate));
    }

    [Fact]
    public void The_constructor_refuses_a_district_for_a_foreign_organisation_with_ORG_001()
        => Assert.Equal(
            OrganizationRules.DistrictOutsideKorea,
            Assert.Throws<DomainRuleException>(() => new Organization(new OrganizationId("apple"), LocalizedText.Of("en", "Apple"), OrganizationKind.Company, HelixSector.Industry, "US", district: AdministrativeDistrictCode.Seoul.Gwanak)).RuleId);

    [Fact]
    public void The_constructor_refuses_registration_numbers_for_a_foreign_organisation_with_ORG_002()
        => Assert.Equal(
            (OrganizationRules.RegistrationOutsideKorea, OrganizationRules.RegistrationOutsideKorea),
            (Assert.Throws<DomainRuleException>(() => new Organization(new OrganizationId("google"), LocalizedText.Of("en", "Google"), OrganizationKind.Company, HelixSector.Industry, "US", businessRegistrationNumber: SomeBusinessNumber)).RuleId,
             Assert.Throws<DomainRuleException>(() => new Organization(new OrganizationId("tesla"), LocalizedText.Of("en", "Tesla"), OrganizationKind.Company, HelixSector.Industry, "US", corporateRegistrationNumber: CorporateRegistrationNumber.Parse("110111-0000002"))).RuleId));

    [Fact]
    public void The_constructor_refuses_a_default_district_or_registration_number_naming_it()
        => Assert.Equal(
            ("district", "businessRegistrationNumber", "corporateRegistrationNumber"),
            (Assert.ThrowsAny<ArgumentException>(() => new Organization(new OrganizationId("x"), LocalizedText.Of("en", "X"), OrganizationKind.Company, HelixSector.Industry, "KR", district: default(AdministrativeDistrictCode))).ParamName,
             Assert.ThrowsAny<ArgumentException>(() => new Organization(new OrganizationId("x"), LocalizedText.Of("en", "X"), OrganizationKind.Company, HelixSector.Industry, "KR", businessRegistrationNumber: default(BusinessRegistrationNumber))).ParamName,
             Assert.ThrowsAny<ArgumentException>(() => new Organization(new OrganizationId("x"), LocalizedText.Of("en", "X"), OrganizationKind.Company, HelixSector.Industry, "KR", corporateRegistrationNumber: default(CorporateRegistrationNumber))).ParamName));

    [Fact]
    public void A_wrong_country_code_is_quoted_in_the_error_with_an_example_of_a_right_one()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new Organization(new OrganizationId("x"), LocalizedText.Create("가", "A"), OrganizationKind.Company, HelixSector.Industry, "KOR"));
        Assert.Contains("'KOR' is not an ISO 3166-1 alpha-2 country code", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_registration_number_is_named_in_the_rule_message()
    {
        var corporate = CorporateRegistrationNumber.Parse("110111-0000002");
        Assert.Contains($"business registration number {SomeBusinessNumber}", Assert.Throws<DomainRuleException>(() => Gwanak2023Organizations.Google.WithBusinessRegistrationNumber(SomeBusinessNumber)).Message, StringComparison.Ordinal);
        Assert.Contains($"corporate registration number {corporate}", Assert.Throws<DomainRuleException>(() => Gwanak2023Organizations.Tesla.WithCorporateRegistrationNumber(corporate)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_reads_as_its_primary_name_and_its_id()
        => Assert.Equal("관악구청 (gwanak-gu-office)", Gwanak2023Organizations.GwanakGuOffice.ToString());
}

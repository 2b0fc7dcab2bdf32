using System;
using CsCheck;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("kaccoc")]
    [InlineData("gwanak-gu-office")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("kr:11620:office")]
    public void District_keys_of_many_shapes_are_organisation_ids(string value)
        => Assert.Equal(value, new OrganizationId(value).Value);

    [Theory]
    [InlineData("")]
    [InlineData("관악구청")]
    [InlineData("has space")]
    public void TryCreate_refuses_bad_text_without_throwing(string value)
        => Assert.False(AgreementId.TryParse(value, out _));

    [Fact]
    public void The_constructor_names_the_value_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => new AgreementId(new string('a', 101)));
        Assert.Equal("value", e.ParamName);
        Assert.Contains("at most 100 characters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_compare_by_value()
        => Assert.Equal(new OrganizationId("kaccoc"), new OrganizationId("kaccoc"));

    [Fact]
    public void A_person_name_is_marked_as_personal_data()
        => Assert.True(Attribute.IsDefined(typeof(PersonName), typeof(PersonalDataAttribute)));

    [Fact]
    public void A_person_name_shows_its_primary_form()
        => Assert.Equal("박준희", PersonName.Create("박준희", "Park Jun-hee").ToString());

    [Fact]
    public void A_domain_rule_exception_keeps_its_rule_id()
        => Assert.Equal("MON-001", new DomainRuleException("MON-001", "m").RuleId);

    [Fact]
    public void A_domain_rule_exception_needs_a_rule_id()
        => Assert.Throws<ArgumentException>(() => new DomainRuleException(" ", "m"));

    [Fact]
    public void TryCreate_of_ToString_gives_the_same_id()
        => Gen.String[Gen.Char["abcXYZ0189-_.:"], 1, 100].Sample(text =>
            OrganizationId.TryParse(text, out var id) && OrganizationId.TryParse(id.ToString(), out var again) && again == id);
}

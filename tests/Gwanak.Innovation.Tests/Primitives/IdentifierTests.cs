using System;
using System.Linq;
using System.Reflection;
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

    private static readonly (Type Id, string Named)[] IdTypes =
    [
        (typeof(AgreementId), "An agreement id"),
        (typeof(ExchangeProgramId), "An exchange programme id"),
        (typeof(FacilityId), "A facility id"),
        (typeof(FundId), "A fund id"),
        (typeof(OrganizationId), "An organisation id"),
        (typeof(PartnershipId), "A partnership id"),
        (typeof(RecurringEventId), "A recurring event id"),
        (typeof(SupportProgramId), "A support programme id"),
        (typeof(TripId), "A trip id"),
        (typeof(ZoneId), "A zone id"),
    ];

    public static TheoryData<Type, string> Ids
    {
        get
        {
            var data = new TheoryData<Type, string>();
            foreach (var (id, named) in IdTypes)
            {
                data.Add(id, named);
            }

            return data;
        }
    }

    [Fact]
    public void Every_id_type_is_listed()
        => Assert.Equal(
            typeof(FundId).Assembly.GetExportedTypes().Where(t => t.IsValueType && t.Name.EndsWith("Id", StringComparison.Ordinal)).Select(t => t.Name).Order(StringComparer.Ordinal),
            IdTypes.Select(row => row.Id.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_parses_its_text_and_says_what_it_refuses(Type id, string named)
        => typeof(IdentifierTests).GetMethod(nameof(ParsesAndRefuses), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(id)
            .Invoke(null, BindingFlags.DoNotWrapExceptions, null, [named], null);

    private static void ParsesAndRefuses<T>(string named)
        where T : struct, ISpanParsable<T>
    {
        const string Key = "kr:11620.office_1";
        Assert.Equal(Key, T.Parse(Key, null).ToString());
        Assert.True(T.TryParse(Key, null, out var parsed));
        Assert.Equal(Key, parsed.ToString());
        Assert.Equal(string.Empty, default(T).ToString());

        Assert.Equal($"{named} cannot be empty.", Assert.Throws<FormatException>(() => T.Parse(" ", null)).Message);
        Assert.Equal(
            $"'has space' is not {char.ToLowerInvariant(named[0])}{named[1..]}: ' ' is not allowed (ASCII letters, digits and - _ . : only).",
            Assert.Throws<FormatException>(() => T.Parse("has space", null)).Message);
        Assert.False(T.TryParse("has space", null, out var refused));
        Assert.Equal(default, refused);
    }
}

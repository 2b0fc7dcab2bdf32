using System;
using System.Linq;
using System.Text.Json;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>
/// Ids, registration numbers, district codes and date ranges are read from their UTF-8 text, and a value read again on
/// the same thread is the one already made: whatever was read before, each text reads as itself.
/// </summary>
public sealed class TextPrimitiveReadingTests
{
    [Fact]
    public void Many_ids_read_in_turn_and_again_each_read_as_themselves()
    {
        // More ids than are remembered, so remembered ones are replaced and texts that share a slot are compared.
        var ids = Enumerable.Range(0, 500).Select(i => new OrganizationId($"organization-{i}")).ToArray();
        foreach (var id in ids.Concat(ids.Reverse()).Concat(ids))
        {
            Assert.Equal(id, Read<OrganizationId>($"\"{id}\""));
        }
    }

    [Fact]
    public void An_escaped_id_reads_as_the_same_id()
    {
        Assert.Equal(new OrganizationId("gwanak-gu-office"), Read<OrganizationId>("\"gwanak-gu-office\""));
        Assert.Equal(new OrganizationId("gwanak-gu-office"), Read<OrganizationId>("\"\\u0067wanak-gu-office\""));
    }

    [Fact]
    public void A_text_that_does_not_parse_is_refused_with_its_reason_after_good_ones()
    {
        Assert.Equal(new AgreementId("mou-2023-gwanak-kaccoc"), Read<AgreementId>("\"mou-2023-gwanak-kaccoc\""));
        var e = Assert.Throws<JsonException>(() => Read<AgreementId>("\"MOU 2023\""));
        Assert.StartsWith("An AgreementId was expected: 'MOU 2023' is not an agreement id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_longer_than_an_id_is_refused_with_the_id_length_limit()
    {
        string text = new('a', 150);
        var e = Assert.Throws<JsonException>(() => Read<OrganizationId>($"\"{text}\""));
        Assert.StartsWith($"An OrganizationId was expected: An organisation id has at most 100 characters; '{text[..20]}…' has 150.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_numbers_codes_and_date_ranges_read_again_as_themselves()
    {
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(BusinessRegistrationNumber.Parse("220-81-62517"), Read<BusinessRegistrationNumber>("\"220-81-62517\""));
            Assert.Equal(AdministrativeDistrictCode.Seoul.Gwanak, Read<AdministrativeDistrictCode>($"\"{AdministrativeDistrictCode.Seoul.Gwanak}\""));
            Assert.Equal(DateRange.Parse("2023-01-10/2023-12-31"), Read<DateRange>("\"2023-01-10/2023-12-31\""));
        }
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, DistrictJson.Options)!;
}

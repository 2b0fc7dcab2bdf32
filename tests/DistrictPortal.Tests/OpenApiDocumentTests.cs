using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace DistrictPortal.Tests;

/// <summary>The OpenAPI document describes the API, with its ids and days as strings of a format rather than as objects.</summary>
public sealed class OpenApiDocumentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_document_lists_every_endpoint_of_the_api_and_nothing_else()
    {
        using var document = await DocumentAsync();
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["/api/agreements", "/api/agreements/{id}/status", "/api/organizations", "/api/scorecard"], paths);
    }

    [Theory]
    [InlineData("/api/agreements/{id}/status", "id", "agreement-id")]
    [InlineData("/api/agreements/{id}/status", "date", "date")]
    [InlineData("/api/agreements", "date", "date")]
    [InlineData("/api/agreements", "party", "organization-id")]
    [InlineData("/api/scorecard", "date", "date")]
    public async Task A_parameter_is_a_string_of_its_format(string path, string parameter, string format)
    {
        using var document = await DocumentAsync();
        var schema = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == parameter).GetProperty("schema");
        Assert.Equal(("string", format), (TypeOf(schema), schema.GetProperty("format").GetString()));
    }

    [Theory]
    [InlineData("AgreementStatusResource", "id", "agreement-id")]
    [InlineData("AgreementStatusResource", "date", "date")]
    [InlineData("AgreementStatusResource", "expiryDate", "date")]
    [InlineData("OrganizationResource", "id", "organization-id")]
    [InlineData("OrganizationResource", "location", "administrative-district-code")]
    [InlineData("ScorecardValue", "date", "date")]
    public async Task A_member_is_a_string_of_its_format(string component, string member, string format)
    {
        using var document = await DocumentAsync();
        var schema = Resolve(document, document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(component).GetProperty("properties").GetProperty(member));
        Assert.Equal(("string", format), (TypeOf(schema), schema.GetProperty("format").GetString()));
    }

    [Fact]
    public async Task A_status_is_one_of_the_names_the_api_writes()
    {
        using var document = await DocumentAsync();
        var schema = Resolve(document, document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("AgreementStatusResource").GetProperty("properties").GetProperty("status"));
        Assert.Contains("in-force", schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("AgreementResource", "ocdsStatus", "string")]
    [InlineData("OrganizationResource", "country", "string")]
    [InlineData("AgreementStatusResource", "ocdsFinalStatus", "null,string")]
    [InlineData("ScorecardValue", "code", "string")]
    public async Task A_plain_member_has_its_type(string component, string member, string type)
    {
        using var document = await DocumentAsync();
        var schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(component).GetProperty("properties").GetProperty(member).GetProperty("type");
        Assert.Equal(type, schema.ValueKind == JsonValueKind.Array ? string.Join(",", schema.EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal)) : schema.GetString());
    }

    [Fact]
    public async Task A_text_in_languages_is_an_object_of_strings()
    {
        using var document = await DocumentAsync();
        var schema = Resolve(document, document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("OrganizationResource").GetProperty("properties").GetProperty("name"));
        Assert.Equal(("object", "string"), (TypeOf(schema), TypeOf(schema.GetProperty("additionalProperties"))));
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var response = await portal.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    // A member's schema, or the component it refers to.
    private static JsonElement Resolve(JsonDocument document, JsonElement schema)
        => schema.TryGetProperty("$ref", out var reference)
            ? document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema.TryGetProperty("oneOf", out var alternatives)
                ? Resolve(document, alternatives.EnumerateArray().Single(a => !(a.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null")))
                : schema;

    // "string", or "string" for ["null", "string"].
    private static string? TypeOf(JsonElement schema)
    {
        var type = schema.GetProperty("type");
        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).Single(t => t != "null") : type.GetString();
    }
}

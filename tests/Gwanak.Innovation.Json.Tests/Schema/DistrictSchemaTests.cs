using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gwanak.Innovation.Primitives;
using Json.Schema;

namespace Gwanak.Innovation.Json.Tests.Schema;

/// <summary>The published schema is generated from the package's contracts, is itself a valid schema, and names what the reader names.</summary>
public sealed class DistrictSchemaTests
{
    private static readonly JsonObject Generated = JsonNode.Parse(DistrictSchema.Generate())!.AsObject();

    [Fact]
    public void The_committed_schema_is_generated_from_the_contracts()
    {
        string path = PublishedSchema.PathOf(DistrictSchema.File);
        string expected = DistrictSchema.Generate();
        if (Environment.GetEnvironmentVariable("GWANAK_WRITE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path) == expected,
            $"{DistrictSchema.File} differs from the package's contracts: run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Json.Tests` to regenerate it, then review the diff.");
    }

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema()
    {
        using var schema = JsonDocument.Parse(DistrictSchema.Generate());
        Assert.True(MetaSchemas.Draft202012.Evaluate(schema.RootElement, EvaluationOptions.Default).IsValid);
    }

    [Fact]
    public void The_schema_is_identified_by_the_uri_documents_name()
        => Assert.Equal(DistrictDocument.SchemaUri, (string?)Generated["$id"]);

    [Fact]
    public void Every_event_type_is_defined_under_its_stable_name()
    {
        var defined = Generated["$defs"]!.AsObject()
            .Select(d => (string?)d.Value?["properties"]?["type"]?["const"])
            .OfType<string>()
            .Order(StringComparer.Ordinal);
        Assert.Equal(EventTypes.Names, defined);
    }
}

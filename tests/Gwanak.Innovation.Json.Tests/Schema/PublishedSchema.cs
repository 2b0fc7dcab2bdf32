using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Gwanak.Innovation.Tests.Primitives;
using Json.Schema;

namespace Gwanak.Innovation.Json.Tests.Schema;

/// <summary>The committed schema, <c>schemas/innovation-district.v1.schema.json</c>, as JsonSchema.Net evaluates documents against it.</summary>
internal static class PublishedSchema
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Definitions = new(StringComparer.Ordinal);

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(PathOf(DistrictSchema.File))));

    /// <summary>A path in the repository, from its root.</summary>
    public static string PathOf(string relative) => Path.Combine(RuleCatalogTests.RepositoryRoot(), relative);

    /// <summary>Where and why the document breaks the schema; empty when it validates.</summary>
    public static IReadOnlyList<string> Problems(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. Flatten(results).Where(r => r.Errors is { Count: > 0 }).SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    /// <summary>The document validates.</summary>
    public static bool Accepts(string json) => Problems(json).Count == 0;

    /// <summary>The value validates against one definition of the schema, such as <c>Money</c>.</summary>
    public static bool Accepts(string json, string definition)
    {
        var schema = Definitions.GetOrAdd(definition, name =>
        {
            _ = Schema.Value;
            return JsonSchema.FromText($$"""{"$ref": "{{DistrictDocument.SchemaUri}}#/$defs/{{name}}"}""");
        });
        using var value = JsonDocument.Parse(json);
        return schema.Evaluate(value.RootElement, EvaluationOptions.Default).IsValid;
    }

    private static IEnumerable<EvaluationResults> Flatten(EvaluationResults results)
        => [results, .. (results.Details ?? []).SelectMany(Flatten)];
}

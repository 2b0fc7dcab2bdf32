using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Json.Converters;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Json.Tests.Schema;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of the district document from the package's own contracts: System.Text.Json's
/// <see cref="JsonSchemaExporter"/> gives every event and value (members, required members, no other member, enums by their
/// kebab-case names, events under their stable <c>"type"</c>), and <see cref="SchemaPrimitives"/> completes what the package's
/// converters read (ids, codes, registration numbers, dates, money, localised text, aggregates as histories). Events, values
/// and primitives are named in <c>$defs</c> and referred to with <c>$ref</c>.
/// </summary>
internal sealed class DistrictSchema
{
    /// <summary>Where the schema is committed, from the repository's root.</summary>
    public const string File = "schemas/innovation-district.v1.schema.json";

    /// <summary>The founding event of each aggregate: the first of its history, and only the first (HIS-001).</summary>
    private static readonly Dictionary<Type, Type> Founding = new()
    {
        [typeof(Agreement)] = typeof(AgreementDrafted),
        [typeof(GovernanceBody)] = typeof(GovernanceBodyEstablished),
        [typeof(VenturePromotionZone)] = typeof(ZonePlanned),
        [typeof(VentureCompany)] = typeof(VentureCompanyRegistered),
        [typeof(Facility)] = typeof(FacilityOpened),
        [typeof(Fund)] = typeof(FundEstablished),
        [typeof(SupportProgram)] = typeof(ProgramLaunched),
        [typeof(CityPartnership)] = typeof(PartnershipOpened),
        [typeof(ExchangeProgram)] = typeof(ExchangeProgramOpened),
    };

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonSerializerOptions options = DistrictJson.Options;
    private readonly SortedDictionary<string, JsonNode?> defs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> named = new(StringComparer.Ordinal);
    private readonly JsonSchemaExporterOptions exporter;

    private DistrictSchema() => exporter = new() { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };

    /// <summary>The schema's text, indented by two spaces, ending with a new line.</summary>
    public static string Generate() => new DistrictSchema().Document().ToJsonString(Indented) + "\n";

    private JsonObject Document()
    {
        var district = Ref(typeof(InnovationDistrict));
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = DistrictDocument.SchemaUri,
            ["title"] = "Innovation district document, schema version 1",
            ["description"] = SchemaPrimitives.DocumentDescription,
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["$schema"] = new JsonObject { ["description"] = "Where the document's schema is; the writer names this schema's $id.", ["type"] = "string", ["maxLength"] = 2048 },
                ["schemaVersion"] = new JsonObject { ["description"] = "The version of the format.", ["const"] = DistrictDocument.SchemaVersion },
                ["district"] = district,
            },
            ["required"] = new JsonArray("schemaVersion", "district"),
            ["additionalProperties"] = false,
            ["$defs"] = new JsonObject(defs.Select(d => KeyValuePair.Create(d.Key, d.Value))),
        };
    }

    /// <summary>A reference to the definition of <paramref name="type"/>, defining it on first use.</summary>
    private JsonObject Ref(Type type) => Ref(NameOf(type), () => Define(type));

    /// <summary>A reference to the definition named <paramref name="name"/>, defining it on first use.</summary>
    private JsonObject Ref(string name, Func<JsonNode> define)
    {
        if (!defs.ContainsKey(name))
        {
            defs[name] = null;
            defs[name] = define();
        }

        return new JsonObject { ["$ref"] = "#/$defs/" + name };
    }

    private string NameOf(Type type)
    {
        string name = type.Name;
        if (named.TryGetValue(name, out var other) && other != type)
        {
            throw new InvalidOperationException($"{type.FullName} and {other.FullName} would share the definition '{name}'.");
        }

        named[name] = type;
        return name;
    }

    private JsonNode Define(Type type)
    {
        if (Founding.TryGetValue(type, out var founding))
        {
            return Aggregate(type, founding);
        }

        if (SchemaPrimitives.Define(type, options.GetTypeInfo(type).Converter, (name, define) => Ref(name, define)) is { } primitive)
        {
            return primitive;
        }

        if (typeof(IDomainEvent).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"The event {type.Name} is defined with the other events of its aggregate, under its type name.");
        }

        if (type == typeof(InnovationDistrict))
        {
            var records = Export(typeof(DistrictRecords));
            records.Insert(0, "description", SchemaPrimitives.DistrictDescription);
            return records;
        }

        if (type.IsEnum || options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object)
        {
            var schema = Export(type);
            if (type.IsEnum)
            {
                schema.Insert(0, "type", "string");
            }

            return schema;
        }

        throw new InvalidOperationException($"No schema for {type.FullName}, read by {options.GetTypeInfo(type).Converter.GetType().Name}: describe it in SchemaPrimitives.");
    }

    private JsonObject Export(Type type) => (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(options, type, exporter);

    /// <summary>An aggregate as its history: its founding event first, then any of its other events.</summary>
    private JsonObject Aggregate(Type aggregate, Type founding)
    {
        var eventBase = founding.BaseType!;
        _ = Export(eventBase);
        var later = new JsonArray([.. EventTypes.Names
            .Select(name => EventTypes.TryGetType(name, out var type) ? type : null)
            .Where(type => type is not null && type != founding && eventBase.IsAssignableFrom(type))
            .Select(type => (JsonNode)Ref(type!))]);
        return new JsonObject
        {
            ["description"] = $"{SchemaPrimitives.Words(aggregate.Name)} as its history, which the reader replays: {EventTypes.NameOf(founding)} first, then its other events in the order they happened.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["history"] = new JsonObject
                {
                    ["type"] = "array",
                    ["prefixItems"] = new JsonArray(Ref(founding)),
                    ["items"] = later.Count == 0 ? false : new JsonObject { ["anyOf"] = later },
                    ["minItems"] = 1,
                },
            },
            ["required"] = new JsonArray("history"),
            ["additionalProperties"] = false,
        };
    }

    /// <summary>
    /// Completes the exporter's nodes: an event found under its base becomes a definition of its own, and the members of an
    /// exported object refer to the definitions of their types (the exporter leaves a member read by a converter open).
    /// </summary>
    private JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        if (context.BaseTypeInfo is not null && node is JsonObject derived)
        {
            Complete(context.TypeInfo, derived);
            var required = (JsonArray)derived["required"]!;
            required.Insert(0, Contracts.TypeProperty);
            derived.Insert(0, "type", "object");
            return Ref(NameOf(context.TypeInfo.Type), () => derived);
        }

        if (context.Path.IsEmpty && context.TypeInfo.Kind == JsonTypeInfoKind.Object && node is JsonObject exported)
        {
            Complete(context.TypeInfo, exported);
        }

        return node;
    }

    private void Complete(JsonTypeInfo info, JsonObject node)
    {
        if (node["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            var given = properties[property.Name];
            var schema = Member(property.PropertyType, property.IsSetNullable, given);
            if (given is JsonObject { } withDefault && withDefault.TryGetPropertyValue("default", out var value))
            {
                schema["default"] = value?.DeepClone();
            }

            properties[property.Name] = schema;
        }
    }

    /// <summary>The schema of a member of <paramref name="type"/>; <paramref name="given"/> is what the exporter said.</summary>
    private JsonObject Member(Type type, bool nullable, JsonNode? given)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return IsNamed(underlying) ? OrNull(Ref(underlying)) : (JsonObject)given!.DeepClone();
        }

        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = nullable ? new JsonArray("string", "null") : "string" };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var array = new JsonObject { ["type"] = "array", ["items"] = Member(type.GetGenericArguments()[0], false, null) };
            return nullable ? OrNull(array) : array;
        }

        if (IsNamed(type))
        {
            return nullable ? OrNull(Ref(type)) : Ref(type);
        }

        return given is JsonObject { } exported && exported.ContainsKey("type")
            ? (JsonObject)exported.DeepClone()
            : throw new InvalidOperationException($"No schema for a member of type {type.FullName}.");
    }

    private static bool IsNamed(Type type) => type.Assembly == typeof(IDomainEvent).Assembly || type.Assembly == typeof(LocalDate).Assembly;

    private static JsonObject OrNull(JsonObject schema) => new() { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
}

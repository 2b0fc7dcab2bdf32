using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Gwanak.Innovation.Districts;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// <c>{"$schema": …, "schemaVersion": 1, "district": …}</c>, in that order: the version is read before the district, so a
/// document of a newer format is refused as such rather than for the members it adds.
/// </summary>
internal sealed class DocumentRootConverter(bool locate) : JsonConverter<DocumentRoot>
{
    public override DocumentRoot Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A district document is an object {{\"schemaVersion\": 1, \"district\": …}}, not {Strings.Describe(reader.TokenType)}.");
        }

        reader.Read();
        string? schema = null;
        if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("$schema"u8))
        {
            MemberTally.Add(1);
            reader.Read();
            schema = Strings.Read(ref reader, 2048, "$schema");
            reader.Read();
        }

        Expect(ref reader, "schemaVersion"u8, "schemaVersion");
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int version) || version < 1)
        {
            throw new DocumentPathException("'schemaVersion' is a whole number from 1.", ".schemaVersion", null, null);
        }

        if (version > DistrictDocument.SchemaVersion)
        {
            throw new DocumentPathException($"The document is of schema version {version}; this reader knows version {DistrictDocument.SchemaVersion}. Update Gwanak.Innovation.Json to read it.", ".schemaVersion", null, null);
        }

        reader.Read();
        Expect(ref reader, "district"u8, "district");
        var district = DocumentErrors.Read(ref reader, (JsonTypeInfo<InnovationDistrict>)options.GetTypeInfo(typeof(InnovationDistrict)), locate, ".district");
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException($"A district document has the members '$schema', 'schemaVersion' and 'district' only, not '{reader.GetString()}'.");
        }

        return new DocumentRoot(schema, version, district);
    }

    public override void Write(Utf8JsonWriter writer, DocumentRoot value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Schema is { } schema)
        {
            writer.WriteString("$schema", schema);
        }

        writer.WriteNumber("schemaVersion", value.SchemaVersion);
        writer.WritePropertyName("district");
        JsonSerializer.Serialize(writer, value.District, (JsonTypeInfo<InnovationDistrict>)options.GetTypeInfo(typeof(InnovationDistrict)));
        writer.WriteEndObject();
    }

    private static void Expect(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, string text)
    {
        if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(name))
        {
            throw new JsonException(reader.TokenType == JsonTokenType.PropertyName
                ? $"'{text}' was expected here, not '{reader.GetString()}' (a document has '$schema', then 'schemaVersion', then 'district')."
                : $"'{text}' was expected here: a document has '$schema', then 'schemaVersion', then 'district'.");
        }

        MemberTally.Add(1);
        reader.Read();
    }
}

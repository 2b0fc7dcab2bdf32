using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// Text in several languages as an object of culture names, in the text's own order (the first is its fallback):
/// <c>{"ko": "관악구", "en": "Gwanak-gu"}</c>.
/// </summary>
internal sealed class LocalizedTextConverter : JsonConverter<LocalizedText>
{
    private readonly int maxLength;

    public LocalizedTextConverter(int maxLength) => this.maxLength = maxLength;

    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ReadText(ref reader, maxLength);

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options) => WriteText(writer, value);

    /// <summary>Reads the object of cultures, then makes the text at once; a culture twice (in any spelling of its name), an empty object or a culture that is no culture name is refused.</summary>
    internal static LocalizedText ReadText(ref Utf8JsonReader reader, int maxLength)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Text in one or more languages ({{\"ko\": \"…\", \"en\": \"…\"}}) was expected, not {Strings.Describe(reader.TokenType)}.");
        }

        using var translations = new PooledItems<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            MemberTally.Add(1);
            string culture = reader.ValueTextEquals("ko"u8) ? "ko" : reader.ValueTextEquals("en"u8) ? "en" : reader.GetString()!;
            reader.Read();
            translations.Add(new(culture, Strings.Read(ref reader, maxLength, $"text in '{culture}'")));
        }

        if (translations.Count == 0)
        {
            throw new JsonException("Text in at least one language was expected, not an empty object.");
        }

        // A culture twice, in any spelling of its name (en-US, en-us), or a name that is no culture is refused here.
        try
        {
            return LocalizedText.Of(translations.Span);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal), e);
        }
    }

    internal static void WriteText(Utf8JsonWriter writer, LocalizedText value)
    {
        writer.WriteStartObject();
        var cultures = value.Cultures;
        for (int i = 0; i < cultures.Count; i++)
        {
            writer.WriteString(cultures[i], value.Get(cultures[i]));
        }

        writer.WriteEndObject();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// A person's name, written like other localised text; when a document is written for open-data publication, every name is
/// replaced by a numbered placeholder (<c>[personal data 1]</c>, one number per distinct name), so no personal data leaves
/// and the document still replays (two people stay two people).
/// </summary>
internal sealed class PersonNameConverter : JsonConverter<PersonName>
{
    private readonly int maxLength;
    private readonly bool omitPersonalData;

    public PersonNameConverter(int maxLength, bool omitPersonalData)
    {
        this.maxLength = maxLength;
        this.omitPersonalData = omitPersonalData;
    }

    public override PersonName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(LocalizedTextConverter.ReadText(ref reader, maxLength));

    public override void Write(Utf8JsonWriter writer, PersonName value, JsonSerializerOptions options)
    {
        if (!omitPersonalData)
        {
            LocalizedTextConverter.WriteText(writer, value.Name);
            return;
        }

        var pseudonyms = Pseudonyms.Value ?? throw new InvalidOperationException("Personal data is left out only while a district document is written.");
        if (!pseudonyms.TryGetValue(value, out int number))
        {
            number = pseudonyms.Count + 1;
            pseudonyms.Add(value, number);
        }

        writer.WriteStartObject();
        writer.WriteString("en", string.Create(CultureInfo.InvariantCulture, $"{PersonName.Redacted[..^1]} {number}]"));
        writer.WriteEndObject();
    }

    /// <summary>The placeholders of the document being written, one number per distinct name.</summary>
    internal static System.Threading.AsyncLocal<Dictionary<PersonName, int>?> Pseudonyms { get; } = new();
}

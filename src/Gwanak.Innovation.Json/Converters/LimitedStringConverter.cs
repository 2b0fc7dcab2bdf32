using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>Reads every plain string property (notes, notice references, descriptions) with the document's length limit.</summary>
internal sealed class LimitedStringConverter : JsonConverter<string>
{
    private readonly int maxLength;

    public LimitedStringConverter(int maxLength) => this.maxLength = maxLength;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Strings.Read(ref reader, maxLength, "text");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

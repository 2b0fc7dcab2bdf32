using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// Reads and writes a primitive that parses and formats as text (ids, registration numbers, district codes, date ranges)
/// as its canonical string.
/// </summary>
/// <typeparam name="T">The primitive.</typeparam>
internal sealed class TextConverter<T> : JsonConverter<T>
    where T : ISpanParsable<T>, ISpanFormattable
{
    private readonly int maxLength;

    public TextConverter(int maxLength) => this.maxLength = maxLength;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = Strings.Read(ref reader, maxLength, typeof(T).Name);
        return T.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException(Explain(text));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    private static string Explain(string text)
    {
        try
        {
            _ = T.Parse(text, CultureInfo.InvariantCulture);
            return $"'{text}' is not a valid {typeof(T).Name}.";
        }
        catch (FormatException e)
        {
            return $"A {typeof(T).Name} was expected: {e.Message}";
        }
        catch (ArgumentException e)
        {
            return $"A {typeof(T).Name} was expected: {e.Message}";
        }
    }
}

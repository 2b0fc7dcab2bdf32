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
    // Texts up to this many UTF-8 bytes (every id, registration number and district code) are parsed from the stack.
    private const int Short = 128;

    // The values read last on this thread, by a hash of their UTF-8 text: a document names the same organisations and
    // aggregates again and again, and each value read again is the one already made (the primitives are immutable). A
    // value is found again by its canonical text, which an id keeps, so remembering one allocates nothing more.
    private const int Remembered = 32;

    [ThreadStatic]
    private static (int Hash, string Text, T Value)[]? recent;

    private readonly int maxLength;

    public TextConverter(int maxLength) => this.maxLength = maxLength;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= Math.Min(Short, maxLength))
        {
            var hash = new HashCode();
            hash.AddBytes(reader.ValueSpan);
            int code = hash.ToHashCode();
            recent ??= new (int, string, T)[Remembered];
            ref var slot = ref recent[code & (Remembered - 1)];
            if (slot.Text is { } known && slot.Hash == code && reader.ValueTextEquals(known))
            {
                return slot.Value;
            }

            // A value that does not parse goes on to the string path below, which explains why.
            Span<char> chars = stackalloc char[Short];
            if (T.TryParse(chars[..reader.CopyString(chars)], CultureInfo.InvariantCulture, out var parsed))
            {
                slot = (code, parsed.ToString(null, CultureInfo.InvariantCulture), parsed);
                return parsed;
            }
        }

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
            return $"{Strings.Named(typeof(T), capital: true)} was expected: {e.Message}";
        }
        catch (ArgumentException e)
        {
            return $"{Strings.Named(typeof(T), capital: true)} was expected: {e.Message}";
        }
    }
}

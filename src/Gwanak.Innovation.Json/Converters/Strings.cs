using System;
using System.Text.Json;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>Reads string tokens with the document's length limit.</summary>
internal static class Strings
{
    /// <summary>The string at the reader, refused when it is not a string or longer than the limit (in UTF-8 bytes).</summary>
    public static string Read(ref Utf8JsonReader reader, int maxLength, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A string ({what}) was expected, not {Describe(reader.TokenType)}.");
        }

        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length > maxLength
            ? throw new JsonException($"A string of at most {maxLength:N0} bytes was expected; this one has {length:N0}.")
            : reader.GetString()!;
    }

    /// <summary>A type's name with its indefinite article: <c>an Agreement</c>, <c>a Fund</c>.</summary>
    /// <param name="type">The type.</param>
    /// <param name="capital">True at the start of a sentence.</param>
    public static string Named(Type type, bool capital = false)
    {
        string article = type.Name[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "an" : "a";
        return (capital ? char.ToUpperInvariant(article[0]) + article[1..] : article) + " " + type.Name;
    }

    /// <summary>A token's kind in words.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

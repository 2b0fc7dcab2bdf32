using System;

namespace Gwanak.Innovation.Primitives;

/// <summary>The shared rule for the text of identifiers such as <see cref="OrganizationId"/>, and their parsing and formatting.</summary>
/// <remarks>
/// An identifier is 1–100 characters of ASCII letters, digits and <c>- _ . :</c>, so that a district can use
/// its own keys (slugs such as <c>kaccoc</c>, database numbers, GUIDs) and still put them in a URL.
/// </remarks>
internal static class Identifier
{
    public const int MaxLength = 100;

    public static string? Check(ReadOnlySpan<char> value, string kind)
    {
        if (value.IsEmpty || value.IsWhiteSpace())
        {
            return $"{Article(kind)} {kind} cannot be empty.";
        }

        if (value.Length > MaxLength)
        {
            return $"{Article(kind)} {kind} has at most {MaxLength} characters; '{value[..20]}…' has {value.Length}.";
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return $"'{value}' is not {Article(kind).ToLowerInvariant()} {kind}: '{c}' is not allowed (ASCII letters, digits and - _ . : only).";
            }
        }

        return null;
    }

    public static string Require(string value, string kind, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        string? error = Check(value, kind);
        return error is null ? value : throw new ArgumentException(error, parameterName);
    }

    /// <summary>Parses an identifier, throwing <see cref="FormatException"/> with the reason.</summary>
    public static string Parse(ReadOnlySpan<char> text, string kind)
    {
        string? error = Check(text, kind);
        return error is null ? text.ToString() : throw new FormatException(error);
    }

    /// <summary>Parses an identifier, never throwing.</summary>
    public static string? TryParse(ReadOnlySpan<char> text, string kind) => Check(text, kind) is null ? text.ToString() : null;

    private static string Article(string kind) => kind[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "An" : "A";

    /// <summary>Copies an identifier's text into a span.</summary>
    public static bool TryFormat(string value, Span<char> destination, out int charsWritten)
        => TextFormat.TryCopy(value, destination, out charsWritten);
}

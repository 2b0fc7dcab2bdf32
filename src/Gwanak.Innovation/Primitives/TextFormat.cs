using System;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// What the primitives' <c>ToString(format, provider)</c> and <c>TryFormat</c> share: reading a one-letter format
/// and writing text into a span, so that every primitive formats the same way.
/// </summary>
internal static class TextFormat
{
    /// <summary>The format letter, upper case: <c>G</c> for an empty or null format.</summary>
    /// <param name="format">The format, one letter of <paramref name="letters"/> in either case.</param>
    /// <param name="letters">The letters the type knows, upper case, <c>G</c> among them.</param>
    /// <param name="formats">The type's formats in words, for the exception's message.</param>
    /// <returns>The letter.</returns>
    /// <exception cref="FormatException">The format is not one of the letters.</exception>
    public static char Letter(ReadOnlySpan<char> format, string letters, string formats)
    {
        if (format.IsEmpty)
        {
            return 'G';
        }

        char letter = format.Length == 1 ? char.ToUpperInvariant(format[0]) : '\0';
        return letters.Contains(letter, StringComparison.Ordinal) ? letter : throw new FormatException($"'{format}' is not a format of {formats}.");
    }

    /// <summary>Copies text into a span.</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The length of the text, or 0 when it does not fit.</param>
    /// <returns><see langword="true"/> when it fits.</returns>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        bool fits = text.AsSpan().TryCopyTo(destination);
        charsWritten = fits ? text.Length : 0;
        return fits;
    }

    /// <summary>Writes a number's digits in groups, with or without a hyphen between them (<c>124-81-00998</c>).</summary>
    /// <param name="value">The number, not negative; written with leading zeros to fill the groups.</param>
    /// <param name="groups">The digits of each group, for example 3, 2 and 5.</param>
    /// <param name="hyphens">True to write a hyphen between the groups.</param>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written, or 0 when they do not fit.</param>
    /// <returns><see langword="true"/> when the text fits.</returns>
    public static bool TryFormatDigitGroups(long value, ReadOnlySpan<int> groups, bool hyphens, Span<char> destination, out int charsWritten)
    {
        int digits = 0;
        foreach (int g in groups)
        {
            digits += g;
        }

        int length = hyphens ? digits + groups.Length - 1 : digits;
        charsWritten = 0;
        if (destination.Length < length)
        {
            return false;
        }

        Span<char> all = stackalloc char[digits];
        for (int i = digits - 1; i >= 0; i--, value /= 10)
        {
            all[i] = (char)('0' + (value % 10));
        }

        int from = 0;
        foreach (int g in groups)
        {
            if (hyphens && from > 0)
            {
                destination[charsWritten++] = '-';
            }

            all.Slice(from, g).CopyTo(destination[charsWritten..]);
            charsWritten += g;
            from += g;
        }

        return true;
    }
}

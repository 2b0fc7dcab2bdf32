using System;
using System.Diagnostics.CodeAnalysis;

namespace Gwanak.Innovation.Primitives;

/// <summary>The stable identifier of an exchange programme; other contexts refer to a programme only through it.</summary>
/// <remarks>
/// 1–100 characters of ASCII letters, digits and <c>- _ . :</c>, compared case-sensitively, for example
/// <c>oc-internship-2024</c>. It parses and formats as its text, so it binds as a route, query or configuration value.
/// <see langword="default"/> is no identifier: the model refuses it.
/// </remarks>
public readonly record struct ExchangeProgramId : ISpanParsable<ExchangeProgramId>, ISpanFormattable, IComparable<ExchangeProgramId>
{
    private const string Kind = "exchange programme id";
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">For example <c>oc-internship-2024</c>.</param>
    /// <exception cref="ArgumentException">The value is null, empty, longer than 100 characters or has a character not allowed.</exception>
    public ExchangeProgramId(string value) => this.value = Identifier.Require(value, Kind, nameof(value));

    /// <summary>The text of the identifier; empty for <see langword="default"/>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Parses an identifier.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an identifier; the message says why.</exception>
    public static ExchangeProgramId Parse(string s) => Parse(s, null);

    /// <summary>Parses an identifier.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: an identifier reads the same in every culture.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an identifier; the message says why.</exception>
    public static ExchangeProgramId Parse(string s, IFormatProvider? provider) => Parse((ReadOnlySpan<char>)(s ?? throw new ArgumentNullException(nameof(s))), provider);

    /// <summary>Parses an identifier.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: an identifier reads the same in every culture.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not an identifier; the message says why.</exception>
    public static ExchangeProgramId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => new(Identifier.Parse(s, Kind));

    /// <summary>Parses an identifier from user text, never throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ExchangeProgramId result) => TryParse(s.AsSpan(), null, out result);

    /// <summary>Parses an identifier from user text, never throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: an identifier reads the same in every culture.</param>
    /// <param name="result">The identifier, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ExchangeProgramId result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses an identifier from user text, never throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: an identifier reads the same in every culture.</param>
    /// <param name="result">The identifier, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ExchangeProgramId result)
    {
        string? text = Identifier.TryParse(s, Kind);
        result = text is null ? default : new(text);
        return text is not null;
    }

    /// <inheritdoc/>
    public int CompareTo(ExchangeProgramId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The text of the identifier.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>The text of the identifier; an identifier has no formats.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The value.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Writes the text of the identifier into a span.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written, or 0 when the span is too short.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="true"/> when the text fits.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => Identifier.TryFormat(Value, destination, out charsWritten);
}

using System;
using System.Diagnostics.CodeAnalysis;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A Korean corporate registration number (법인등록번호): 13 digits written <c>NNNNNN-NNNNNNN</c>, the last a
/// check digit.
/// </summary>
/// <remarks>
/// <para>
/// The registry office gives the number when a corporation is registered: registry office, kind of corporation,
/// serial number and check digit. Check digit: weights 1,2,1,2,… on digits 1–12; the check digit is
/// (10 − sum mod 10) mod 10 (docs/domain.md). The scheme cannot see a change of exactly 5 in a digit of weight 2
/// (2 × 5 = 10), so such a typo still parses; every other single-digit change is caught.
/// </para>
/// <para>
/// Text: it parses and formats as its text, so it binds as a route, query or configuration value. Formats:
/// <c>G</c> (the default, <c>130111-0006246</c>) and <c>D</c> (digits only, <c>1301110006246</c>); the format provider is
/// ignored. Parsing accepts both, with surrounding white space; <see cref="TryParse(ReadOnlySpan{char}, out CorporateRegistrationNumber)"/>
/// allocates nothing.
/// </para>
/// <para>
/// <see langword="default"/> is no number: it formats as <c>000000-0000000</c>, which parsing refuses. Obtain values
/// through parsing.
/// </para>
/// </remarks>
public readonly struct CorporateRegistrationNumber : IEquatable<CorporateRegistrationNumber>, ISpanParsable<CorporateRegistrationNumber>, ISpanFormattable
{
    private const string Formats = "a corporate registration number: G (130111-0006246, the default) or D (1301110006246)";
    private readonly long digits;

    private CorporateRegistrationNumber(long digits) => this.digits = digits;

    private static ReadOnlySpan<int> Groups => [6, 7];

    /// <summary>Equality of the thirteen digits.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the digits are the same.</returns>
    public static bool operator ==(CorporateRegistrationNumber left, CorporateRegistrationNumber right) => left.Equals(right);

    /// <summary>Inequality of the thirteen digits.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the digits differ.</returns>
    public static bool operator !=(CorporateRegistrationNumber left, CorporateRegistrationNumber right) => !left.Equals(right);

    /// <summary>Reads a corporate registration number.</summary>
    /// <param name="s">For example <c>130111-0006246</c> or <c>1301110006246</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed (length, non-digit, hyphen, zeros, check digit).</exception>
    public static CorporateRegistrationNumber Parse(string s) => Parse(s, null);

    /// <summary>Reads a corporate registration number.</summary>
    /// <param name="s">For example <c>130111-0006246</c> or <c>1301110006246</c>.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed.</exception>
    public static CorporateRegistrationNumber Parse(string s, IFormatProvider? provider)
        => Parse((ReadOnlySpan<char>)(s ?? throw new ArgumentNullException(nameof(s))), provider);

    /// <summary>Reads a corporate registration number.</summary>
    /// <param name="s">For example <c>130111-0006246</c> or <c>1301110006246</c>.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed.</exception>
    public static CorporateRegistrationNumber Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var error = RegistrationNumberSyntax.TryReadCorporate(s, out long value);
        return error == RegistrationNumberError.None
            ? new CorporateRegistrationNumber(value)
            : throw new FormatException(RegistrationNumberSyntax.DescribeCorporate(error, s.ToString()));
    }

    /// <summary>Reads a corporate registration number, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="result">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CorporateRegistrationNumber result) => TryParse(s.AsSpan(), out result);

    /// <summary>Reads a corporate registration number, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <param name="result">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CorporateRegistrationNumber result) => TryParse(s.AsSpan(), out result);

    /// <summary>Reads a corporate registration number without allocating, never throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <param name="result">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CorporateRegistrationNumber result) => TryParse(s, out result);

    /// <summary>Reads a corporate registration number without allocating, never throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="result">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out CorporateRegistrationNumber result)
    {
        bool ok = RegistrationNumberSyntax.TryReadCorporate(s, out long value) == RegistrationNumberError.None;
        result = ok ? new CorporateRegistrationNumber(value) : default;
        return ok;
    }

    /// <inheritdoc/>
    public bool Equals(CorporateRegistrationNumber other) => digits == other.digits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CorporateRegistrationNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => digits.GetHashCode();

    /// <summary>The canonical hyphenated form, which <see cref="Parse(string)"/> reads back.</summary>
    /// <returns>For example <c>130111-0006246</c>.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>The number in a format.</summary>
    /// <param name="format"><c>G</c> or empty for <c>130111-0006246</c>, <c>D</c> for <c>1301110006246</c>.</param>
    /// <param name="formatProvider">Ignored: the number reads the same in every culture.</param>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>D</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> text = stackalloc char[14];
        _ = TryFormat(text, out int length, format, formatProvider);
        return new string(text[..length]);
    }

    /// <summary>Writes the number into a span in a format, without allocating.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written, or 0 when the span is too short.</param>
    /// <param name="format"><c>G</c> or empty for <c>130111-0006246</c>, <c>D</c> for <c>1301110006246</c>.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <returns><see langword="true"/> when the text fits.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>D</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextFormat.TryFormatDigitGroups(digits, Groups, TextFormat.Letter(format, "GD", Formats) == 'G', destination, out charsWritten);
}

using System;
using System.Diagnostics.CodeAnalysis;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A Korean business registration number (사업자등록번호): 10 digits written <c>NNN-NN-NNNNN</c>, the last a
/// check digit.
/// </summary>
/// <remarks>
/// <para>
/// The National Tax Service gives the number on registration (Value-Added Tax Act Art. 8 and its Enforcement Decree):
/// tax office, kind of business, serial number and check digit. Its numbering (국세청 사업자등록번호 체계) gives a
/// tax-office code of 101 or above, a business-type code other than 00 and a serial other than 0000, so parsing refuses
/// those. Check digit: weights 1,3,7,1,3,7,1,3,5 on digits 1–9, plus floor(d9 × 5 / 10); the check digit is
/// (10 − sum mod 10) mod 10 (docs/domain.md).
/// </para>
/// <para>
/// Text: it parses and formats as its text, so it binds as a route, query or configuration value. Formats:
/// <c>G</c> (the default, <c>124-81-00998</c>) and <c>D</c> (digits only, <c>1248100998</c>); the format provider is
/// ignored. Parsing accepts both, with surrounding white space; <see cref="TryParse(ReadOnlySpan{char}, out BusinessRegistrationNumber)"/>
/// allocates nothing.
/// </para>
/// <para>
/// <see langword="default"/> is no number: it formats as <c>000-00-00000</c>, which parsing refuses. Obtain values
/// through parsing.
/// </para>
/// </remarks>
public readonly struct BusinessRegistrationNumber : IEquatable<BusinessRegistrationNumber>, ISpanParsable<BusinessRegistrationNumber>, ISpanFormattable
{
    private const string Formats = "a business registration number: G (124-81-00998, the default) or D (1248100998)";
    private readonly long digits;

    private BusinessRegistrationNumber(long digits) => this.digits = digits;

    private static ReadOnlySpan<int> Groups => [3, 2, 5];

    /// <summary>Equality of the ten digits.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the digits are the same.</returns>
    public static bool operator ==(BusinessRegistrationNumber left, BusinessRegistrationNumber right) => left.Equals(right);

    /// <summary>Inequality of the ten digits.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the digits differ.</returns>
    public static bool operator !=(BusinessRegistrationNumber left, BusinessRegistrationNumber right) => !left.Equals(right);

    /// <summary>Reads a business registration number.</summary>
    /// <param name="s">For example <c>124-81-00998</c> or <c>1248100998</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed (length, non-digit, hyphens, zeros, tax office, business type, serial, check digit).</exception>
    public static BusinessRegistrationNumber Parse(string s) => Parse(s, null);

    /// <summary>Reads a business registration number.</summary>
    /// <param name="s">For example <c>124-81-00998</c> or <c>1248100998</c>.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed.</exception>
    public static BusinessRegistrationNumber Parse(string s, IFormatProvider? provider)
        => Parse((ReadOnlySpan<char>)(s ?? throw new ArgumentNullException(nameof(s))), provider);

    /// <summary>Reads a business registration number.</summary>
    /// <param name="s">For example <c>124-81-00998</c> or <c>1248100998</c>.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed.</exception>
    public static BusinessRegistrationNumber Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var error = RegistrationNumberSyntax.TryReadBusiness(s, out long value);
        return error == RegistrationNumberError.None
            ? new BusinessRegistrationNumber(value)
            : throw new FormatException(RegistrationNumberSyntax.DescribeBusiness(error, s.ToString()));
    }

    /// <summary>Reads a business registration number, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="result">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out BusinessRegistrationNumber result) => TryParse(s.AsSpan(), out result);

    /// <summary>Reads a business registration number, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <param name="result">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out BusinessRegistrationNumber result) => TryParse(s.AsSpan(), out result);

    /// <summary>Reads a business registration number without allocating, never throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <param name="result">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out BusinessRegistrationNumber result) => TryParse(s, out result);

    /// <summary>Reads a business registration number without allocating, never throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="result">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out BusinessRegistrationNumber result)
    {
        bool ok = RegistrationNumberSyntax.TryReadBusiness(s, out long value) == RegistrationNumberError.None;
        result = ok ? new BusinessRegistrationNumber(value) : default;
        return ok;
    }

    /// <inheritdoc/>
    public bool Equals(BusinessRegistrationNumber other) => digits == other.digits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BusinessRegistrationNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => digits.GetHashCode();

    /// <summary>The canonical hyphenated form, which <see cref="Parse(string)"/> reads back.</summary>
    /// <returns>For example <c>124-81-00998</c>.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>The number in a format.</summary>
    /// <param name="format"><c>G</c> or empty for <c>124-81-00998</c>, <c>D</c> for <c>1248100998</c>.</param>
    /// <param name="formatProvider">Ignored: the number reads the same in every culture.</param>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>D</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> text = stackalloc char[12];
        _ = TryFormat(text, out int length, format, formatProvider);
        return new string(text[..length]);
    }

    /// <summary>Writes the number into a span in a format, without allocating.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written, or 0 when the span is too short.</param>
    /// <param name="format"><c>G</c> or empty for <c>124-81-00998</c>, <c>D</c> for <c>1248100998</c>.</param>
    /// <param name="provider">Ignored: the number reads the same in every culture.</param>
    /// <returns><see langword="true"/> when the text fits.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>D</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextFormat.TryFormatDigitGroups(digits, Groups, TextFormat.Letter(format, "GD", Formats) == 'G', destination, out charsWritten);
}

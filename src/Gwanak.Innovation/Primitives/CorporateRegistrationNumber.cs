using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A Korean corporate registration number (법인등록번호): 13 digits written <c>NNNNNN-NNNNNNN</c>, the last a
/// check digit.
/// </summary>
/// <remarks>
/// Check digit (DESIGN §3, 「법인등록번호 부여에 관한 규칙」): weights 1,2,1,2,… on digits 1–12; the check digit is
/// (10 − sum mod 10) mod 10. The scheme cannot see a change of exactly 5 in a digit of weight 2 (2 × 5 = 10),
/// so such a typo still parses; every other single-digit change is caught. Parsing accepts the number with
/// or without its hyphen and with surrounding white space;
/// <see cref="TryParse(ReadOnlySpan{char}, out CorporateRegistrationNumber)"/> allocates nothing.
/// <c>default</c> is not a valid number; obtain values through parsing.
/// </remarks>
public readonly struct CorporateRegistrationNumber : IEquatable<CorporateRegistrationNumber>
{
    private readonly long digits;

    private CorporateRegistrationNumber(long digits) => this.digits = digits;

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
    /// <param name="text">For example <c>130111-0006246</c> or <c>1301110006246</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed (length, non-digit, hyphen, check digit).</exception>
    public static CorporateRegistrationNumber Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Reads a corporate registration number.</summary>
    /// <param name="text">For example <c>130111-0006246</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed.</exception>
    public static CorporateRegistrationNumber Parse(ReadOnlySpan<char> text)
    {
        var error = RegistrationNumberSyntax.TryReadCorporate(text, out long value);
        if (error != RegistrationNumberError.None)
        {
            throw new FormatException(RegistrationNumberSyntax.DescribeCorporate(error, text.ToString()));
        }

        return new CorporateRegistrationNumber(value);
    }

    /// <summary>Reads a corporate registration number, never throwing.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="number">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(string? text, out CorporateRegistrationNumber number)
        => TryParse(text.AsSpan(), out number);

    /// <summary>Reads a corporate registration number without allocating, never throwing.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="number">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CorporateRegistrationNumber number)
    {
        bool ok = RegistrationNumberSyntax.TryReadCorporate(text, out long value) == RegistrationNumberError.None;
        number = ok ? new CorporateRegistrationNumber(value) : default;
        return ok;
    }

    /// <inheritdoc/>
    public bool Equals(CorporateRegistrationNumber other) => digits == other.digits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CorporateRegistrationNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => digits.GetHashCode();

    /// <summary>The canonical hyphenated form.</summary>
    /// <returns>For example <c>130111-0006246</c>.</returns>
    public override string ToString()
        => string.Create(14, digits, static (span, value) =>
        {
            Span<char> d = stackalloc char[13];
            _ = value.TryFormat(d, out _, "D13", System.Globalization.CultureInfo.InvariantCulture);
            d[..6].CopyTo(span);
            span[6] = '-';
            d[6..].CopyTo(span[7..]);
        });
}

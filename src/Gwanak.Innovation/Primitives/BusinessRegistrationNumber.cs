using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A Korean business registration number (사업자등록번호): 10 digits written <c>NNN-NN-NNNNN</c>, the last a
/// check digit.
/// </summary>
/// <remarks>
/// Check digit (National Tax Service scheme, DESIGN §3): weights 1,3,7,1,3,7,1,3,5 on digits 1–9, plus
/// floor(d9 × 5 / 10); the check digit is (10 − sum mod 10) mod 10. Parsing accepts the number with or
/// without its hyphens and with surrounding white space; <see cref="TryParse(ReadOnlySpan{char}, out BusinessRegistrationNumber)"/>
/// allocates nothing. <c>default</c> is not a valid number; obtain values through parsing.
/// </remarks>
public readonly struct BusinessRegistrationNumber : IEquatable<BusinessRegistrationNumber>
{
    private readonly long digits;

    private BusinessRegistrationNumber(long digits) => this.digits = digits;

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
    /// <param name="text">For example <c>124-81-00998</c> or <c>1248100998</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed (length, non-digit, hyphens, check digit).</exception>
    public static BusinessRegistrationNumber Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Reads a business registration number.</summary>
    /// <param name="text">For example <c>124-81-00998</c> or <c>1248100998</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a valid number; the message names the rule that failed.</exception>
    public static BusinessRegistrationNumber Parse(ReadOnlySpan<char> text)
    {
        var error = RegistrationNumberSyntax.TryReadBusiness(text, out long value);
        if (error != RegistrationNumberError.None)
        {
            throw new FormatException(RegistrationNumberSyntax.DescribeBusiness(error, text.ToString()));
        }

        return new BusinessRegistrationNumber(value);
    }

    /// <summary>Reads a business registration number, never throwing.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="number">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(string? text, out BusinessRegistrationNumber number)
        => TryParse(text.AsSpan(), out number);

    /// <summary>Reads a business registration number without allocating, never throwing.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="number">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out BusinessRegistrationNumber number)
    {
        bool ok = RegistrationNumberSyntax.TryReadBusiness(text, out long value) == RegistrationNumberError.None;
        number = ok ? new BusinessRegistrationNumber(value) : default;
        return ok;
    }

    /// <inheritdoc/>
    public bool Equals(BusinessRegistrationNumber other) => digits == other.digits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BusinessRegistrationNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => digits.GetHashCode();

    /// <summary>The canonical hyphenated form.</summary>
    /// <returns>For example <c>124-81-00998</c>.</returns>
    public override string ToString()
        => string.Create(12, digits, static (span, value) =>
        {
            Span<char> d = stackalloc char[10];
            _ = value.TryFormat(d, out _, "D10", System.Globalization.CultureInfo.InvariantCulture);
            d[..3].CopyTo(span);
            span[3] = '-';
            d[3..5].CopyTo(span[4..]);
            span[6] = '-';
            d[5..].CopyTo(span[7..]);
        });
}

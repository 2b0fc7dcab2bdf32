using System;
using System.Diagnostics.CodeAnalysis;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A Korean administrative district code (행정구역코드): a 5-digit si/gun/gu code such as Gwanak-gu
/// <c>11620</c>, or a 10-digit legal-dong code (법정동코드) such as Bongcheon-dong <c>1162010100</c>.
/// </summary>
/// <remarks>
/// <para>
/// Source: 법정동코드 of the Ministry of the Interior and Safety (docs/domain.md): district (5 digits) +
/// eup/myeon/dong (3) + ri (2). A city or province is written with its two digits followed by zeros (Seoul:
/// <c>11000</c>); a district in five digits; a dong or ri in ten. <c>11620</c> and <c>1162000000</c> are the same code.
/// </para>
/// <para>
/// Text: it parses and formats as its text, so it binds as a route, query or configuration value. Formats:
/// <c>G</c> (the default: five digits for a city, province or district, ten for a dong or ri) and <c>L</c> (always
/// ten digits, as the Ministry's legal-dong table writes every code); the format provider is ignored. Parsing
/// accepts both.
/// </para>
/// <para>
/// The names of codes live in an <see cref="AdministrativeDistrictRegistry"/>; Seoul and its 25 autonomous
/// districts are built in and also reachable as named members (<see cref="Seoul.Gwanak"/>).
/// </para>
/// <para>
/// <see langword="default"/> is no code: it formats as <c>00000</c>, which parsing refuses. Obtain codes through
/// parsing or the named members.
/// </para>
/// </remarks>
public readonly partial struct AdministrativeDistrictCode : IEquatable<AdministrativeDistrictCode>, IComparable<AdministrativeDistrictCode>, ISpanParsable<AdministrativeDistrictCode>, ISpanFormattable
{
    private const string Formats = "an administrative district code: G (11620 or 1162010100, the default) or L (1162000000)";
    private readonly long code10;

    private AdministrativeDistrictCode(long code10) => this.code10 = code10;

    /// <summary>The level of the code: city/province, district, dong or ri.</summary>
    public AdministrativeLevel Level
        => code10 % 100_000_000 == 0 ? AdministrativeLevel.CityOrProvince
        : code10 % 100_000 == 0 ? AdministrativeLevel.District
        : code10 % 100 == 0 ? AdministrativeLevel.Dong
        : AdministrativeLevel.Ri;

    /// <summary>The code one level up (ri → dong → district → city/province); <see langword="null"/> for a city or province.</summary>
    public AdministrativeDistrictCode? Parent => Level switch
    {
        AdministrativeLevel.Ri => new AdministrativeDistrictCode(code10 / 100 * 100),
        AdministrativeLevel.Dong => new AdministrativeDistrictCode(code10 / 100_000 * 100_000),
        AdministrativeLevel.District => new AdministrativeDistrictCode(code10 / 100_000_000 * 100_000_000),
        _ => null,
    };

    /// <summary>The district (시·군·구) this code lies in, or the code itself when it is a district; the city or province for a city or province.</summary>
    public AdministrativeDistrictCode District
        => Level == AdministrativeLevel.CityOrProvince ? this : new AdministrativeDistrictCode(code10 / 100_000 * 100_000);

    /// <summary>The city or province (시·도) this code lies in.</summary>
    public AdministrativeDistrictCode CityOrProvince => new(code10 / 100_000_000 * 100_000_000);

    /// <summary>Equality of codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when both are the same code.</returns>
    public static bool operator ==(AdministrativeDistrictCode left, AdministrativeDistrictCode right) => left.Equals(right);

    /// <summary>Inequality of codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(AdministrativeDistrictCode left, AdministrativeDistrictCode right) => !left.Equals(right);

    /// <summary>Orders codes numerically (a parent before its children).</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(AdministrativeDistrictCode left, AdministrativeDistrictCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes numerically.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(AdministrativeDistrictCode left, AdministrativeDistrictCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes numerically.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(AdministrativeDistrictCode left, AdministrativeDistrictCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes numerically.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(AdministrativeDistrictCode left, AdministrativeDistrictCode right) => left.CompareTo(right) >= 0;

    /// <summary>Reads a 5-digit district code or a 10-digit legal-dong code.</summary>
    /// <param name="s">For example <c>11620</c> or <c>1162010100</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a code; the message says why.</exception>
    public static AdministrativeDistrictCode Parse(string s) => Parse(s, null);

    /// <summary>Reads a 5-digit district code or a 10-digit legal-dong code.</summary>
    /// <param name="s">For example <c>11620</c> or <c>1162010100</c>.</param>
    /// <param name="provider">Ignored: a code reads the same in every culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a code; the message says why.</exception>
    public static AdministrativeDistrictCode Parse(string s, IFormatProvider? provider)
        => Parse((ReadOnlySpan<char>)(s ?? throw new ArgumentNullException(nameof(s))), provider);

    /// <summary>Reads a 5-digit district code or a 10-digit legal-dong code.</summary>
    /// <param name="s">For example <c>11620</c> or <c>1162010100</c>.</param>
    /// <param name="provider">Ignored: a code reads the same in every culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a code; the message says why.</exception>
    public static AdministrativeDistrictCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        string? error = AdministrativeCodeSyntax.TryRead(s, out long value);
        return error is null ? new AdministrativeDistrictCode(value) : throw new FormatException(error);
    }

    /// <summary>Reads a code, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="result">The code, when valid.</param>
    /// <returns><see langword="true"/> when the text is a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out AdministrativeDistrictCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Reads a code, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored: a code reads the same in every culture.</param>
    /// <param name="result">The code, when valid.</param>
    /// <returns><see langword="true"/> when the text is a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AdministrativeDistrictCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Reads a code without allocating on success, never throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored: a code reads the same in every culture.</param>
    /// <param name="result">The code, when valid.</param>
    /// <returns><see langword="true"/> when the text is a code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out AdministrativeDistrictCode result) => TryParse(s, out result);

    /// <summary>Reads a code without allocating on success, never throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="result">The code, when valid.</param>
    /// <returns><see langword="true"/> when the text is a code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out AdministrativeDistrictCode result)
    {
        bool ok = AdministrativeCodeSyntax.TryRead(s, out long value) is null;
        result = ok ? new AdministrativeDistrictCode(value) : default;
        return ok;
    }

    /// <summary>True when this code is <paramref name="other"/> or lies inside it (a dong inside its district, a district inside its city).</summary>
    /// <param name="other">The wider area.</param>
    /// <returns><see langword="true"/> when this code is within <paramref name="other"/>.</returns>
    public bool IsWithin(AdministrativeDistrictCode other)
    {
        for (AdministrativeDistrictCode? c = this; c is { } current; c = current.Parent)
        {
            if (current == other)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(AdministrativeDistrictCode other) => code10 == other.code10;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AdministrativeDistrictCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => code10.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(AdministrativeDistrictCode other) => code10.CompareTo(other.code10);

    /// <summary>The code as written, which <see cref="Parse(string)"/> reads back: five digits for a city, province or district, ten for a dong or ri.</summary>
    /// <returns>For example <c>11620</c> or <c>1162010100</c>.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>The code in a format.</summary>
    /// <param name="format"><c>G</c> or empty for the code as written (<c>11620</c>, <c>1162010100</c>); <c>L</c> for ten digits (<c>1162000000</c>).</param>
    /// <param name="formatProvider">Ignored: a code reads the same in every culture.</param>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>L</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> text = stackalloc char[10];
        _ = TryFormat(text, out int length, format, formatProvider);
        return new string(text[..length]);
    }

    /// <summary>Writes the code into a span in a format, without allocating.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written, or 0 when the span is too short.</param>
    /// <param name="format"><c>G</c> or empty for the code as written (<c>11620</c>, <c>1162010100</c>); <c>L</c> for ten digits (<c>1162000000</c>).</param>
    /// <param name="provider">Ignored: a code reads the same in every culture.</param>
    /// <returns><see langword="true"/> when the text fits.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>L</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextFormat.Letter(format, "GL", Formats) == 'L' || Level > AdministrativeLevel.District
            ? TextFormat.TryFormatDigitGroups(code10, [10], false, destination, out charsWritten)
            : TextFormat.TryFormatDigitGroups(code10 / 100_000, [5], false, destination, out charsWritten);

    internal static AdministrativeDistrictCode FromDistrict(int fiveDigits) => new(fiveDigits * 100_000L);

    internal static AdministrativeDistrictCode FromLegalDong(long tenDigits) => new(tenDigits);
}

using System;
using System.Globalization;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A Korean administrative district code (행정구역코드): a 5-digit si/gun/gu code such as Gwanak-gu
/// <c>11620</c>, or a 10-digit legal-dong code (법정동코드) such as Bongcheon-dong <c>1162010100</c>.
/// </summary>
/// <remarks>
/// <para>
/// Source: 법정동코드 of the Ministry of the Interior and Safety (DESIGN §3): district (5 digits) + eup/myeon/dong
/// (3) + ri (2). A city or province is written with its two digits followed by zeros (Seoul: <c>11000</c>);
/// a district in five digits; a dong or ri in ten. <c>11620</c> and <c>1162000000</c> are the same code.
/// </para>
/// <para>
/// The names of codes live in an <see cref="AdministrativeDistrictRegistry"/>; Seoul and its 25 autonomous
/// districts are built in and also reachable as named members (<see cref="Seoul.Gwanak"/>).
/// </para>
/// <para>
/// <c>default(AdministrativeDistrictCode)</c> is <c>00000</c>, which is not a valid code: obtain codes through
/// <see cref="Parse(string)"/>, <see cref="TryParse(string?, out AdministrativeDistrictCode)"/> or the named members.
/// </para>
/// </remarks>
public readonly struct AdministrativeDistrictCode : IEquatable<AdministrativeDistrictCode>, IComparable<AdministrativeDistrictCode>
{
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
    /// <param name="text">For example <c>11620</c> or <c>1162010100</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a code; the message says why.</exception>
    public static AdministrativeDistrictCode Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Reads a 5-digit district code or a 10-digit legal-dong code.</summary>
    /// <param name="text">For example <c>11620</c> or <c>1162010100</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a code; the message says why.</exception>
    public static AdministrativeDistrictCode Parse(ReadOnlySpan<char> text)
    {
        string? error = AdministrativeCodeSyntax.TryRead(text, out long value);
        return error is null ? new AdministrativeDistrictCode(value) : throw new FormatException(error);
    }

    /// <summary>Reads a code, never throwing.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="code">The code, when valid.</param>
    /// <returns><see langword="true"/> when the text is a code.</returns>
    public static bool TryParse(string? text, out AdministrativeDistrictCode code) => TryParse(text.AsSpan(), out code);

    /// <summary>Reads a code without allocating on success, never throwing.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="code">The code, when valid.</param>
    /// <returns><see langword="true"/> when the text is a code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AdministrativeDistrictCode code)
    {
        bool ok = AdministrativeCodeSyntax.TryRead(text, out long value) is null;
        code = ok ? new AdministrativeDistrictCode(value) : default;
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

    /// <summary>The code as written: five digits for a city, province or district, ten for a dong or ri.</summary>
    /// <returns>For example <c>11620</c> or <c>1162010100</c>.</returns>
    public override string ToString()
        => Level <= AdministrativeLevel.District
            ? (code10 / 100_000).ToString("D5", CultureInfo.InvariantCulture)
            : code10.ToString("D10", CultureInfo.InvariantCulture);

    internal static AdministrativeDistrictCode FromDistrict(int fiveDigits) => new(fiveDigits * 100_000L);

    internal static AdministrativeDistrictCode FromLegalDong(long tenDigits) => new(tenDigits);

    /// <summary>Seoul (서울특별시, 11) and its 25 autonomous districts (자치구), as named codes.</summary>
    /// <remarks>Source: 행정표준코드 (Ministry of the Interior and Safety); Seoul's districts run 11110–11740.</remarks>
    public static class Seoul
    {
        /// <summary>Seoul Special City (서울특별시), 11000.</summary>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(11000);

        /// <summary>Jongno-gu (종로구), 11110.</summary>
        public static AdministrativeDistrictCode Jongno { get; } = FromDistrict(11110);

        /// <summary>Jung-gu (중구), 11140.</summary>
        public static AdministrativeDistrictCode Jung { get; } = FromDistrict(11140);

        /// <summary>Yongsan-gu (용산구), 11170.</summary>
        public static AdministrativeDistrictCode Yongsan { get; } = FromDistrict(11170);

        /// <summary>Seongdong-gu (성동구), 11200.</summary>
        public static AdministrativeDistrictCode Seongdong { get; } = FromDistrict(11200);

        /// <summary>Gwangjin-gu (광진구), 11215.</summary>
        public static AdministrativeDistrictCode Gwangjin { get; } = FromDistrict(11215);

        /// <summary>Dongdaemun-gu (동대문구), 11230.</summary>
        public static AdministrativeDistrictCode Dongdaemun { get; } = FromDistrict(11230);

        /// <summary>Jungnang-gu (중랑구), 11260.</summary>
        public static AdministrativeDistrictCode Jungnang { get; } = FromDistrict(11260);

        /// <summary>Seongbuk-gu (성북구), 11290.</summary>
        public static AdministrativeDistrictCode Seongbuk { get; } = FromDistrict(11290);

        /// <summary>Gangbuk-gu (강북구), 11305.</summary>
        public static AdministrativeDistrictCode Gangbuk { get; } = FromDistrict(11305);

        /// <summary>Dobong-gu (도봉구), 11320.</summary>
        public static AdministrativeDistrictCode Dobong { get; } = FromDistrict(11320);

        /// <summary>Nowon-gu (노원구), 11350.</summary>
        public static AdministrativeDistrictCode Nowon { get; } = FromDistrict(11350);

        /// <summary>Eunpyeong-gu (은평구), 11380.</summary>
        public static AdministrativeDistrictCode Eunpyeong { get; } = FromDistrict(11380);

        /// <summary>Seodaemun-gu (서대문구), 11410.</summary>
        public static AdministrativeDistrictCode Seodaemun { get; } = FromDistrict(11410);

        /// <summary>Mapo-gu (마포구), 11440.</summary>
        public static AdministrativeDistrictCode Mapo { get; } = FromDistrict(11440);

        /// <summary>Yangcheon-gu (양천구), 11470.</summary>
        public static AdministrativeDistrictCode Yangcheon { get; } = FromDistrict(11470);

        /// <summary>Gangseo-gu (강서구), 11500.</summary>
        public static AdministrativeDistrictCode Gangseo { get; } = FromDistrict(11500);

        /// <summary>Guro-gu (구로구), 11530.</summary>
        public static AdministrativeDistrictCode Guro { get; } = FromDistrict(11530);

        /// <summary>Geumcheon-gu (금천구), 11545.</summary>
        public static AdministrativeDistrictCode Geumcheon { get; } = FromDistrict(11545);

        /// <summary>Yeongdeungpo-gu (영등포구), 11560.</summary>
        public static AdministrativeDistrictCode Yeongdeungpo { get; } = FromDistrict(11560);

        /// <summary>Dongjak-gu (동작구), 11590.</summary>
        public static AdministrativeDistrictCode Dongjak { get; } = FromDistrict(11590);

        /// <summary>Gwanak-gu (관악구), 11620: the home of Gwanak S-Valley and Seoul National University.</summary>
        public static AdministrativeDistrictCode Gwanak { get; } = FromDistrict(11620);

        /// <summary>Seocho-gu (서초구), 11650.</summary>
        public static AdministrativeDistrictCode Seocho { get; } = FromDistrict(11650);

        /// <summary>Gangnam-gu (강남구), 11680.</summary>
        public static AdministrativeDistrictCode Gangnam { get; } = FromDistrict(11680);

        /// <summary>Songpa-gu (송파구), 11710.</summary>
        public static AdministrativeDistrictCode Songpa { get; } = FromDistrict(11710);

        /// <summary>Gangdong-gu (강동구), 11740.</summary>
        public static AdministrativeDistrictCode Gangdong { get; } = FromDistrict(11740);
    }
}

using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A named administrative district: its code, its name in Korean and English, the unit it belongs to and the days the
/// code named it.
/// </summary>
/// <remarks>
/// A code can name different districts over time (Cheongju's 43112 was 흥덕구 until 2014-06-30 and is 서원구 since),
/// and a district can change its code (춘천시 was 42110 until 2023-06-10 and is 51110 since): each entry holds one code
/// for one span of days. <see cref="ValidFrom"/> <see langword="null"/> means the code was in force on the first day the
/// registry records (<see cref="AdministrativeDistrictRegistry.RecordedSince"/>); <see cref="ValidThrough"/>
/// <see langword="null"/> means it still is. Source: 법정동코드 (docs/domain.md).
/// </remarks>
public sealed record AdministrativeDistrict
{
    /// <summary>Creates a named district.</summary>
    /// <param name="code">The code, for example <c>11620</c>.</param>
    /// <param name="name">The bilingual name, for example <c>관악구</c> / <c>Gwanak-gu</c>; a 일반구 is named without its city (<c>장안구</c>).</param>
    /// <param name="parent">The unit the district belongs to: the city of a 일반구 (<c>41110</c> for 41111), otherwise the code's
    /// <see cref="AdministrativeDistrictCode.Parent"/>, which <see langword="null"/> stands for.</param>
    /// <param name="validFrom">The first day the code named the district, or <see langword="null"/> for a code in force on the first day the registry records.</param>
    /// <param name="validThrough">The last day the code named the district, or <see langword="null"/> while it does.</param>
    /// <param name="note">What a reorganisation did to the district, and the act that did it; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is <see langword="default"/>, which is no code; <paramref name="parent"/> lies in
    /// another city or province, or is the code itself; <paramref name="note"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="validThrough"/> is before <paramref name="validFrom"/>.</exception>
    public AdministrativeDistrict(
        AdministrativeDistrictCode code,
        LocalizedText name,
        AdministrativeDistrictCode? parent = null,
        LocalDate? validFrom = null,
        LocalDate? validThrough = null,
        string? note = null)
    {
        Code = Guard.Against.Default(code);
        Name = Guard.Against.Null(name);
        if (parent is { } p && (p == code || p == default || p.CityOrProvince != code.CityOrProvince))
        {
            throw new ArgumentException($"{p} cannot be the parent of {code}: a parent is a wider unit in the same city or province ({code.CityOrProvince}).", nameof(parent));
        }

        if (validFrom is { } from && validThrough is { } through && through < from)
        {
            throw new ArgumentOutOfRangeException(nameof(validThrough), through, $"The last day {through:uuuu-MM-dd} is before the first day {from:uuuu-MM-dd}.");
        }

        if (note is not null && string.IsNullOrWhiteSpace(note))
        {
            throw new ArgumentException("A note says what happened; leave it null when nothing did.", nameof(note));
        }

        Parent = parent ?? code.Parent;
        ValidFrom = validFrom;
        ValidThrough = validThrough;
        Note = note;
    }

    /// <summary>The code.</summary>
    public AdministrativeDistrictCode Code { get; }

    /// <summary>The name in Korean and English (and any further language).</summary>
    public LocalizedText Name { get; }

    /// <summary>The unit the district belongs to (a 일반구's city, a city's province, a dong's district); <see langword="null"/> for a city or province.</summary>
    public AdministrativeDistrictCode? Parent { get; }

    /// <summary>The first day the code named the district; <see langword="null"/> when it did on the first day the registry records.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>The last day the code named the district; <see langword="null"/> while it does.</summary>
    public LocalDate? ValidThrough { get; }

    /// <summary>What a reorganisation did to the district, and the act that did it; <see langword="null"/> for none.</summary>
    public string? Note { get; }

    /// <summary>True when the code named the district on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> from <see cref="ValidFrom"/> through <see cref="ValidThrough"/>, both included.</returns>
    public bool IsValidOn(LocalDate date) => (ValidFrom is not { } from || from <= date) && (ValidThrough is not { } through || date <= through);
}

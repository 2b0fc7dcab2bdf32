using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// An immutable table of named administrative districts, looked up by code or by name (Korean or English).
/// </summary>
/// <remarks>
/// <see cref="Builtin"/> holds Seoul, its 25 autonomous districts and the legal dongs of Gwanak-gu
/// (봉천동 1162010100, 신림동 1162010200, 남현동 1162010300). Another district adds its own entries with
/// <see cref="With(AdministrativeDistrict)"/>, which returns a new registry and leaves the built-in one as it
/// was, so nothing needs to be forked and nothing global changes.
/// Source of the codes: 법정동코드 (Ministry of the Interior and Safety).
/// </remarks>
public sealed class AdministrativeDistrictRegistry
{
    private readonly ImmutableSortedDictionary<AdministrativeDistrictCode, AdministrativeDistrict> byCode;
    private readonly ImmutableDictionary<string, ImmutableArray<AdministrativeDistrict>> byName;

    private AdministrativeDistrictRegistry(ImmutableSortedDictionary<AdministrativeDistrictCode, AdministrativeDistrict> byCode)
    {
        this.byCode = byCode;
        byName = byCode.Values
            .SelectMany(d => d.Name.Cultures.Select(c => (Key: d.Name.Get(c), District: d)))
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.District).Distinct().ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Seoul, its 25 autonomous districts and Gwanak-gu's legal dongs.</summary>
    public static AdministrativeDistrictRegistry Builtin { get; } = CreateBuiltin();

    /// <summary>Every entry, ordered by code.</summary>
    public IEnumerable<AdministrativeDistrict> Districts => byCode.Values;

    /// <summary>A registry with one more entry.</summary>
    /// <param name="district">The entry; its code must not be registered already under another name.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is registered already with a different name.</exception>
    public AdministrativeDistrictRegistry With(AdministrativeDistrict district)
    {
        Guard.Against.Null(district);
        if (byCode.TryGetValue(district.Code, out var existing))
        {
            if (existing.Name.Equals(district.Name))
            {
                return this;
            }

            throw new ArgumentException($"Code {district.Code} is registered already as '{existing.Name}'; it cannot also be '{district.Name}'.", nameof(district));
        }

        return new AdministrativeDistrictRegistry(byCode.Add(district.Code, district));
    }

    /// <summary>A registry with one more entry.</summary>
    /// <param name="code">The code.</param>
    /// <param name="korean">The Korean name.</param>
    /// <param name="english">The English name.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">A name is empty, or the code is registered already with a different name.</exception>
    public AdministrativeDistrictRegistry With(AdministrativeDistrictCode code, string korean, string english)
        => With(new AdministrativeDistrict(code, LocalizedText.Create(korean, english)));

    /// <summary>The entry for a code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="district">The entry, when registered.</param>
    /// <returns><see langword="true"/> when the code is registered.</returns>
    public bool TryGet(AdministrativeDistrictCode code, out AdministrativeDistrict district)
        => byCode.TryGetValue(code, out district!);

    /// <summary>The entry for a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="KeyNotFoundException">The code is not registered.</exception>
    public AdministrativeDistrict Get(AdministrativeDistrictCode code)
        => TryGet(code, out var d) ? d : throw new KeyNotFoundException($"No district with code {code} is registered.");

    /// <summary>Finds one entry by code text or by name in any of its languages (case-insensitive).</summary>
    /// <param name="codeOrName">For example <c>11620</c>, <c>관악구</c> or <c>Gwanak-gu</c>.</param>
    /// <param name="district">The entry, when exactly one matches.</param>
    /// <returns><see langword="true"/> when exactly one entry matches; <see langword="false"/> when none or several do (see <see cref="FindAll"/>). Never throws.</returns>
    public bool TryFind(string? codeOrName, out AdministrativeDistrict district)
    {
        var found = FindAll(codeOrName);
        district = found.Count == 1 ? found[0] : null!;
        return found.Count == 1;
    }

    /// <summary>Every entry whose code or name matches (names like 중구 exist in several cities).</summary>
    /// <param name="codeOrName">A code or a name.</param>
    /// <returns>The matches, ordered by code; empty when none.</returns>
    public IReadOnlyList<AdministrativeDistrict> FindAll(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return [];
        }

        string key = codeOrName.Trim();
        if (AdministrativeDistrictCode.TryParse(key, out var code))
        {
            return TryGet(code, out var d) ? [d] : [];
        }

        return byName.TryGetValue(key, out var matches) ? matches.OrderBy(d => d.Code).ToArray() : [];
    }

    /// <summary>The registered entries directly below a code (the districts of a city, the dongs of a district).</summary>
    /// <param name="parent">The wider area.</param>
    /// <returns>The children, ordered by code.</returns>
    public IReadOnlyList<AdministrativeDistrict> ChildrenOf(AdministrativeDistrictCode parent)
        => byCode.Values.Where(d => d.Code.Parent == parent).ToArray();

    private static AdministrativeDistrictRegistry CreateBuiltin()
    {
        var s = AdministrativeDistrictCode.Seoul.City;
        (AdministrativeDistrictCode Code, string Ko, string En)[] rows =
        [
            (s, "서울특별시", "Seoul"),
            (AdministrativeDistrictCode.Seoul.Jongno, "종로구", "Jongno-gu"),
            (AdministrativeDistrictCode.Seoul.Jung, "중구", "Jung-gu"),
            (AdministrativeDistrictCode.Seoul.Yongsan, "용산구", "Yongsan-gu"),
            (AdministrativeDistrictCode.Seoul.Seongdong, "성동구", "Seongdong-gu"),
            (AdministrativeDistrictCode.Seoul.Gwangjin, "광진구", "Gwangjin-gu"),
            (AdministrativeDistrictCode.Seoul.Dongdaemun, "동대문구", "Dongdaemun-gu"),
            (AdministrativeDistrictCode.Seoul.Jungnang, "중랑구", "Jungnang-gu"),
            (AdministrativeDistrictCode.Seoul.Seongbuk, "성북구", "Seongbuk-gu"),
            (AdministrativeDistrictCode.Seoul.Gangbuk, "강북구", "Gangbuk-gu"),
            (AdministrativeDistrictCode.Seoul.Dobong, "도봉구", "Dobong-gu"),
            (AdministrativeDistrictCode.Seoul.Nowon, "노원구", "Nowon-gu"),
            (AdministrativeDistrictCode.Seoul.Eunpyeong, "은평구", "Eunpyeong-gu"),
            (AdministrativeDistrictCode.Seoul.Seodaemun, "서대문구", "Seodaemun-gu"),
            (AdministrativeDistrictCode.Seoul.Mapo, "마포구", "Mapo-gu"),
            (AdministrativeDistrictCode.Seoul.Yangcheon, "양천구", "Yangcheon-gu"),
            (AdministrativeDistrictCode.Seoul.Gangseo, "강서구", "Gangseo-gu"),
            (AdministrativeDistrictCode.Seoul.Guro, "구로구", "Guro-gu"),
            (AdministrativeDistrictCode.Seoul.Geumcheon, "금천구", "Geumcheon-gu"),
            (AdministrativeDistrictCode.Seoul.Yeongdeungpo, "영등포구", "Yeongdeungpo-gu"),
            (AdministrativeDistrictCode.Seoul.Dongjak, "동작구", "Dongjak-gu"),
            (AdministrativeDistrictCode.Seoul.Gwanak, "관악구", "Gwanak-gu"),
            (AdministrativeDistrictCode.Seoul.Seocho, "서초구", "Seocho-gu"),
            (AdministrativeDistrictCode.Seoul.Gangnam, "강남구", "Gangnam-gu"),
            (AdministrativeDistrictCode.Seoul.Songpa, "송파구", "Songpa-gu"),
            (AdministrativeDistrictCode.Seoul.Gangdong, "강동구", "Gangdong-gu"),
            (AdministrativeDistrictCode.FromLegalDong(1162010100), "봉천동", "Bongcheon-dong"),
            (AdministrativeDistrictCode.FromLegalDong(1162010200), "신림동", "Sillim-dong"),
            (AdministrativeDistrictCode.FromLegalDong(1162010300), "남현동", "Namhyeon-dong"),
        ];

        var builder = ImmutableSortedDictionary.CreateBuilder<AdministrativeDistrictCode, AdministrativeDistrict>();
        foreach (var (code, ko, en) in rows)
        {
            builder.Add(code, new AdministrativeDistrict(code, LocalizedText.Create(ko, en)));
        }

        return new AdministrativeDistrictRegistry(builder.ToImmutable());
    }
}

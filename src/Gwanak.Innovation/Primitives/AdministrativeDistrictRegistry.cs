using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives.Registry;
using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// An immutable table of named administrative districts with the days each code named them, looked up by code or by
/// name (Korean or English), and on a date.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Builtin"/> is the national registry of districts: every metropolitan or provincial government (시·도) and
/// every si/gun/gu (시·군·구, 일반구 included) since <see cref="RecordedSince"/>, with the reorganisations since then
/// (세종특별자치시 from 2012-07-01, 강원특별자치도 from 2023-06-11, 군위군 in 대구광역시 from 2023-07-01, 전북특별자치도 from
/// 2024-01-18, 전남광주통합특별시 and Incheon's new districts from 2026-07-01, …), and the legal dongs of Gwanak-gu
/// (봉천동 1162010100, 신림동 1162010200, 남현동 1162010300). It is read from the repository's one data file,
/// <c>src/Gwanak.Innovation/Primitives/Registry/districts.tsv</c>; source: 법정동코드 of the Ministry of the Interior and
/// Safety (docs/domain.md).
/// </para>
/// <para>
/// Questions come in two kinds. Dated ones (<see cref="GetOn"/>, <see cref="FindByName"/>, <see cref="DistrictsOf"/>)
/// answer for a day since <see cref="RecordedSince"/>. Undated ones read the latest record: <see cref="Get"/> gives the
/// last district a code named (check its <see cref="AdministrativeDistrict.ValidThrough"/>), and name look-ups
/// (<see cref="TryFind"/>, <see cref="FindAll"/>, <see cref="ChildrenOf"/>) see the districts still in force.
/// </para>
/// <para>
/// Another district adds its own entries with <see cref="With(AdministrativeDistrict)"/>, which returns a new registry
/// and leaves the built-in one as it was, so nothing needs to be forked and nothing global changes.
/// </para>
/// </remarks>
public sealed class AdministrativeDistrictRegistry
{
    private readonly ImmutableSortedDictionary<AdministrativeDistrictCode, ImmutableArray<AdministrativeDistrict>> byCode;
    private readonly ImmutableDictionary<string, ImmutableArray<AdministrativeDistrict>> byName;

    private AdministrativeDistrictRegistry(ImmutableSortedDictionary<AdministrativeDistrictCode, ImmutableArray<AdministrativeDistrict>> byCode)
    {
        this.byCode = byCode;
        byName = byCode.Values
            .SelectMany(entries => entries)
            .SelectMany(d => NamesOf(d).Select(key => (Key: key, District: d)))
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.District).Distinct().ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The first day the registry records: 2010-01-01. Dated questions about an earlier day are refused.</summary>
    public static LocalDate RecordedSince { get; } = new(2010, 1, 1);

    /// <summary>The national registry of districts and Gwanak-gu's legal dongs, read from districts.tsv.</summary>
    public static AdministrativeDistrictRegistry Builtin { get; } = Create(BuiltinDistricts.Load());

    /// <summary>Every entry, ordered by code and then by the days it was valid.</summary>
    public IEnumerable<AdministrativeDistrict> Districts => byCode.Values.SelectMany(entries => entries);

    /// <summary>A registry with one more entry.</summary>
    /// <param name="district">The entry; no entry of its code with another name or note may be valid on any of its days.</param>
    /// <returns>The new registry, or this one when it holds the entry already; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is registered already, on some of the same days, as another district.</exception>
    [Transition]
    public AdministrativeDistrictRegistry With(AdministrativeDistrict district)
    {
        Guard.Against.Null(district);
        var entries = byCode.TryGetValue(district.Code, out var known) ? known : [];
        if (entries.Contains(district))
        {
            return this;
        }

        if (entries.FirstOrDefault(e => Overlap(e, district)) is { } existing)
        {
            throw new ArgumentException($"Code {district.Code} is registered already as '{existing.Name}'{Span(existing)}; it cannot also be '{district.Name}'{Span(district)}.", nameof(district));
        }

        return new AdministrativeDistrictRegistry(byCode.SetItem(district.Code, Ordered(entries.Add(district))));
    }

    /// <summary>A registry with one more entry, valid on every day.</summary>
    /// <param name="code">The code.</param>
    /// <param name="korean">The Korean name.</param>
    /// <param name="english">The English name.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">A name is empty, or the code is registered already with a different name.</exception>
    [Transition]
    public AdministrativeDistrictRegistry With(AdministrativeDistrictCode code, string korean, string english)
        => With(new AdministrativeDistrict(code, LocalizedText.Create(korean, english)));

    /// <summary>The last district a code named, whether or not it is still in force.</summary>
    /// <param name="code">The code.</param>
    /// <param name="district">The entry, when registered.</param>
    /// <returns><see langword="true"/> when the code is registered; <see langword="false"/> for <see langword="default"/>, which no entry has.</returns>
    public bool TryGet(AdministrativeDistrictCode code, out AdministrativeDistrict district)
    {
        district = byCode.TryGetValue(code, out var entries) ? entries[^1] : null!;
        return district is not null;
    }

    /// <summary>The last district a code named, whether or not it is still in force (see <see cref="AdministrativeDistrict.ValidThrough"/>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is <see langword="default"/>, which is no code, or is not registered (<see cref="TryGet"/> asks without throwing).</exception>
    public AdministrativeDistrict Get(AdministrativeDistrictCode code)
        => TryGet(Guard.Against.Default(code), out var d) ? d : throw Unregistered(code);

    /// <summary>The district a code named on a day.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The day, on or after <see cref="RecordedSince"/>.</param>
    /// <param name="district">The entry, when the code named a district that day.</param>
    /// <returns><see langword="true"/> when it did; <see langword="false"/> when the code is unknown, not yet or no longer in use, or the day is before <see cref="RecordedSince"/>.</returns>
    public bool TryGetOn(AdministrativeDistrictCode code, LocalDate date, out AdministrativeDistrict district)
    {
        district = date >= RecordedSince && byCode.TryGetValue(code, out var entries) ? entries.FirstOrDefault(e => e.IsValidOn(date))! : null!;
        return district is not null;
    }

    /// <summary>The district a code named on a day.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The day, on or after <see cref="RecordedSince"/>.</param>
    /// <returns>The entry valid that day.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> is <see langword="default"/>, which is no code, or is not registered; or the code was not
    /// in use on <paramref name="date"/> (named as the parameter), and the message says when it was and what became of it.
    /// <see cref="TryGetOn"/> asks without throwing.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="RecordedSince"/>.</exception>
    public AdministrativeDistrict GetOn(AdministrativeDistrictCode code, LocalDate date)
    {
        Guard.Against.Default(code);
        Recorded(date);
        if (TryGetOn(code, date, out var district))
        {
            return district;
        }

        if (!byCode.TryGetValue(code, out var entries))
        {
            throw Unregistered(code);
        }

        var last = entries[^1];
        string state = last.ValidThrough is { } end && end < date
            ? $"it ended on {end:uuuu-MM-dd}, when it named {last.Name}" + (last.Note is null ? "" : $" ({last.Note})")
            : $"it is in use from {entries[0].ValidFrom:uuuu-MM-dd}";
        throw new ArgumentException($"Code {code} named no district on {date:uuuu-MM-dd}: {state}. It named {string.Join("; ", entries.Select(e => e.Name + Span(e)))}.", nameof(date));
    }

    private static ArgumentException Unregistered(AdministrativeDistrictCode code)
        => new($"No district with code {code} is registered.", nameof(code));

    /// <summary>Finds the one district still in force with a name, or the last district a code named.</summary>
    /// <param name="codeOrName">For example <c>11620</c>, <c>관악구</c>, <c>Gwanak-gu</c> or <c>수원시 장안구</c>.</param>
    /// <param name="district">The entry, when exactly one matches.</param>
    /// <returns><see langword="true"/> when exactly one entry matches; <see langword="false"/> when none or several do (see <see cref="FindAll"/>). Never throws.</returns>
    public bool TryFind(string? codeOrName, out AdministrativeDistrict district)
    {
        var found = FindAll(codeOrName);
        district = found.Count == 1 ? found[0] : null!;
        return found.Count == 1;
    }

    /// <summary>Every district still in force whose name matches (names like 중구 exist in several cities), or the last district a code named.</summary>
    /// <param name="codeOrName">A code or a name; a 일반구 or dong also answers to its name after its parent's (<c>수원시 장안구</c>, <c>Suwon-si Jangan-gu</c>).</param>
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

        return byName.TryGetValue(key, out var matches) ? [.. matches.Where(d => d.ValidThrough is null).OrderBy(d => d.Code)] : [];
    }

    /// <summary>Every district whose name matches on a day (Korean or English, case-insensitive).</summary>
    /// <param name="name">For example <c>중구</c>, <c>Gunwi-gun</c> or <c>수원시 장안구</c>.</param>
    /// <param name="date">The day, on or after <see cref="RecordedSince"/>.</param>
    /// <returns>The districts of that name in force that day, ordered by code; empty when none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="RecordedSince"/>.</exception>
    public IReadOnlyList<AdministrativeDistrict> FindByName(string? name, LocalDate date)
    {
        Recorded(date);
        return !string.IsNullOrWhiteSpace(name) && byName.TryGetValue(name.Trim(), out var matches)
            ? [.. matches.Where(d => d.IsValidOn(date)).OrderBy(d => d.Code)]
            : [];
    }

    /// <summary>The si/gun/gu of a city or province on a day: its cities, counties and autonomous districts, and the 일반구 of its cities.</summary>
    /// <param name="province">The city or province, for example <c>AdministrativeDistrictCode.Daegu.City</c>.</param>
    /// <param name="date">The day, on or after <see cref="RecordedSince"/>.</param>
    /// <returns>The districts in force that day, ordered by code; empty when the city or province did not exist that day.</returns>
    /// <exception cref="ArgumentException"><paramref name="province"/> is not a city or province code (such as 27000).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="RecordedSince"/>.</exception>
    public IReadOnlyList<AdministrativeDistrict> DistrictsOf(AdministrativeDistrictCode province, LocalDate date)
    {
        if (province == default || province.Level != AdministrativeLevel.CityOrProvince)
        {
            throw new ArgumentException($"{province} is not the code of a city or province (시·도) such as 27000.", nameof(province));
        }

        Recorded(date);
        return [.. Districts.Where(d => d.Code.Level == AdministrativeLevel.District && d.Code.CityOrProvince == province && d.IsValidOn(date))];
    }

    /// <summary>The districts still in force directly below a unit (the cities and counties of a province, the 일반구 of a city, the dongs of a district).</summary>
    /// <param name="parent">The wider area.</param>
    /// <returns>The children, ordered by code.</returns>
    public IReadOnlyList<AdministrativeDistrict> ChildrenOf(AdministrativeDistrictCode parent)
        => [.. Districts.Where(d => d.Parent == parent && d.ValidThrough is null)];

    /// <summary>A registry of entries.</summary>
    /// <exception cref="ArgumentException">Two entries of one code overlap.</exception>
    internal static AdministrativeDistrictRegistry Create(IEnumerable<AdministrativeDistrict> districts)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<AdministrativeDistrictCode, ImmutableArray<AdministrativeDistrict>>();
        foreach (var d in districts)
        {
            var entries = builder.TryGetValue(d.Code, out var known) ? known : [];
            if (entries.FirstOrDefault(e => Overlap(e, d)) is { } existing)
            {
                throw new ArgumentException($"Code {d.Code} is listed twice on some of the same days: '{existing.Name}'{Span(existing)} and '{d.Name}'{Span(d)}.", nameof(districts));
            }

            builder[d.Code] = Ordered(entries.Add(d));
        }

        return new AdministrativeDistrictRegistry(builder.ToImmutable());
    }

    private static ImmutableArray<AdministrativeDistrict> Ordered(ImmutableArray<AdministrativeDistrict> entries)
        => [.. entries.OrderBy(e => e.ValidFrom ?? LocalDate.MinIsoValue)];

    private static bool Overlap(AdministrativeDistrict a, AdministrativeDistrict b)
        => (a.ValidFrom ?? LocalDate.MinIsoValue) <= (b.ValidThrough ?? LocalDate.MaxIsoValue)
        && (b.ValidFrom ?? LocalDate.MinIsoValue) <= (a.ValidThrough ?? LocalDate.MaxIsoValue);

    private static string Span(AdministrativeDistrict d)
        => d.ValidFrom is null && d.ValidThrough is null ? "" : $" ({d.ValidFrom?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "…"} – {d.ValidThrough?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "…"})";

    private static void Recorded(LocalDate date)
    {
        if (date < RecordedSince)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The registry records the districts from {RecordedSince:uuuu-MM-dd}; it cannot say what a code named on {date:uuuu-MM-dd}.");
        }
    }

    private IEnumerable<string> NamesOf(AdministrativeDistrict d)
    {
        foreach (string culture in d.Name.Cultures)
        {
            string own = d.Name.Get(culture);
            yield return own;
            if (d.Parent is { Level: >= AdministrativeLevel.District } parent && byCode.TryGetValue(parent, out var parents)
                && parents[^1].Name.TryGet(culture, out string parentName))
            {
                yield return parentName + " " + own;
            }
        }
    }
}

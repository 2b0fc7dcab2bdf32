using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Portal;

/// <summary>
/// Every text of the portal in Korean (the default) and English, by key. Each area of the portal lists its own texts in a
/// file of this class (<c>Texts.Agreements.cs</c>, …) as a static array of (key, Korean, English); a test checks that every
/// key used has both languages.
/// </summary>
public sealed partial class Texts : IStringLocalizer
{
    // The arrays live in several files of this partial class, and C# does not order static initializers across files:
    // the table is built in a nested class, on first use, once every array of Texts is set.
    private static FrozenDictionary<string, (string Korean, string English)> All => Table.All;

    /// <summary>The keys, for the completeness test.</summary>
    public static IEnumerable<string> Keys => All.Keys;

    /// <summary>True when the current request's language is Korean.</summary>
    public static bool IsKorean => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";

    /// <summary>True when the current request's language is Korean (for views, which reach the texts as an instance).</summary>
    public bool IsKoreanRequest => IsKorean;

    /// <inheritdoc/>
    public LocalizedString this[string name] => Find(name, []);

    /// <inheritdoc/>
    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    /// <summary>The text of an enum member, by the key <c>Type.Member</c>.</summary>
    public string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => this[$"{typeof(TEnum).Name}.{value}"];

    /// <summary>
    /// A unit of measure in the request's language: the library's indicators name theirs in English ("companies", "km²"),
    /// and the texts <c>unit.{unit}</c> translate the ones the portal knows; another unit shows as written.
    /// </summary>
    public string Unit(string unit) => All.ContainsKey($"unit.{unit}") ? this[$"unit.{unit}"] : unit;

    /// <inheritdoc/>
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        => All.Select(kv => new LocalizedString(kv.Key, IsKorean ? kv.Value.Korean : kv.Value.English));

    private static LocalizedString Find(string name, object[] arguments)
    {
        if (!All.TryGetValue(name, out var text))
        {
            return new LocalizedString(name, name, resourceNotFound: true);
        }

        string format = IsKorean ? text.Korean : text.English;
        return new LocalizedString(name, arguments.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, arguments));
    }

    private static class Table
    {
        public static readonly FrozenDictionary<string, (string Korean, string English)> All = Build();

        private static FrozenDictionary<string, (string Korean, string English)> Build()
        {
            var rows = typeof(Texts)
                .GetFields(BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.FieldType == typeof((string, string, string)[]))
                .SelectMany(f => ((string Key, string Korean, string English)[])f.GetValue(null)!)
                .ToArray();
            var twice = rows.GroupBy(r => r.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
            if (twice.Length > 0)
            {
                throw new InvalidOperationException($"Each text key is listed once; these are listed more than once: {string.Join(", ", twice)}.");
            }

            return rows.ToFrozenDictionary(t => t.Key, t => (t.Korean, t.English), StringComparer.Ordinal);
        }
    }
}

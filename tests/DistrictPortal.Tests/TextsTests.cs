using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DistrictPortal.Portal;
using Gwanak.Innovation.Agreements;

namespace DistrictPortal.Tests;

/// <summary>Every text of the portal exists in Korean and in English.</summary>
public sealed partial class TextsTests
{
    private static readonly Texts Table = new();

    [Fact]
    public void Every_key_has_a_korean_and_an_english_text()
    {
        var missing = Texts.Keys
            .Where(key => string.IsNullOrWhiteSpace(Text(key, "ko")) || string.IsNullOrWhiteSpace(Text(key, "en")))
            .ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_key_a_page_names_is_in_the_table()
    {
        var used = Directory.EnumerateFiles(Path.Combine(Repository.Root, "samples", "DistrictPortal"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct(StringComparer.Ordinal);
        Assert.Empty(used.Except(Texts.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_member_of_an_enum_the_portal_names_has_a_text()
    {
        var prefixes = Texts.Keys.Select(k => k.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var enums = typeof(Agreement).Assembly.GetExportedTypes().Where(t => t.IsEnum && prefixes.Contains(t.Name));
        var missing = enums
            .SelectMany(t => Enum.GetNames(t).Select(member => $"{t.Name}.{member}"))
            .Where(key => !Texts.Keys.Contains(key, StringComparer.Ordinal))
            .ToArray();
        Assert.Empty(missing);
    }

    private static string Text(string key, string culture)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            return Table[key].Value;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    // L["key"], Texts["key"] and localizer["key"] with a literal key.
    [GeneratedRegex("""(?:\bL|Texts|localizer|texts)\["(?<key>[^"{}]+)"[\],]""")]
    private static partial Regex KeyUse();
}

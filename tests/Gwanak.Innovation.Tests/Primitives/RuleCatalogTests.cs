using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class RuleCatalogTests
{
    private static readonly (string Id, string Context)[] Constants = [.. typeof(RuleCatalog).Assembly.GetTypes()
        .Where(t => t is { IsPublic: true, IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Rules", StringComparison.Ordinal))
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => ((string)f.GetRawConstantValue()!, t.Namespace![(t.Namespace!.LastIndexOf('.') + 1)..])))];

    [Fact]
    public void Every_rule_id_constant_is_in_the_catalogue_with_its_context()
        => Assert.Equal(
            Constants.Select(c => $"{c.Id} {c.Context}").Order(StringComparer.Ordinal),
            RuleCatalog.Rules.Select(r => $"{r.Id} {r.Context}").Order(StringComparer.Ordinal));

    [Fact]
    public void Every_id_is_listed_once_in_force_or_retired()
    {
        var ids = RuleCatalog.Rules.Concat(RuleCatalog.Retired).Select(r => r.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_retired_id_names_a_rule_in_force_and_is_never_raised()
        => Assert.All(RuleCatalog.Retired, r =>
        {
            Assert.NotNull(RuleCatalog.Find(r.ReplacedBy));
            Assert.DoesNotContain(Constants, c => c.Id == r.Id);
        });

    [Fact]
    public void Every_rule_says_its_meaning_in_Korean_and_English_and_its_source()
        => Assert.All(RuleCatalog.Rules, r => Assert.True(
            r.Meaning.TryGet("ko", out string ko) && ko.Any(c => c is >= '가' and <= '힣') && r.Meaning.TryGet("en", out _) && r.Source.Length > 10,
            r.Id));

    [Fact]
    public void A_refusal_finds_its_rule()
        => Assert.Equal("AGR-004", new Refusal("AGR-004", "Signed twice.").Rule?.Id);

    [Fact]
    public void The_rules_page_is_generated_from_the_catalogue()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "rules.md");
        string expected = RulesPage();
        if (Environment.GetEnvironmentVariable("GWANAK_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.True(
            File.ReadAllText(path) == expected,
            "docs/rules.md differs from RuleCatalog: run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests` to regenerate it, then review the diff.");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gwanak.Innovation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no Gwanak.Innovation.sln above " + AppContext.BaseDirectory);
    }

    private static string RulesPage()
    {
        var page = new StringBuilder();
        page.Append("""
            # Domain rule ids

            <!-- Generated from RuleCatalog (src/Gwanak.Innovation/Primitives/RuleCatalog.cs) by RuleCatalogTests; do not edit by hand. -->

            Every `DomainRuleException` and every `Refusal` carries a stable `RuleId`. A portal can map an id to its own
            screens and translations (`RuleCatalog.Find(id)` gives its meaning in Korean and English); ids are never reused
            for another meaning. The constants are on each context's rules class (`AgreementRules.PartySignedTwice`, …).

            """).Append('\n');
        foreach (var context in RuleCatalog.Rules.GroupBy(r => r.Context))
        {
            page.Append("## ").Append(context.Key).Append("\n\n| id | meaning | 뜻 | source |\n|---|---|---|---|\n");
            foreach (var rule in context)
            {
                page.Append("| ").Append(rule.Id).Append(" | ").Append(Cell(rule.Meaning.English)).Append(" | ").Append(Cell(rule.Meaning.Korean))
                    .Append(" | ").Append(Cell(rule.Source)).Append(" |\n");
            }

            page.Append('\n');
        }

        page.Append("## Retired ids\n\nNever raised again and never reused.\n\n| id | context | replaced by | why |\n|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.Retired)
        {
            page.Append("| ").Append(rule.Id).Append(" | ").Append(rule.Context).Append(" | ").Append(rule.ReplacedBy).Append(" | ").Append(Cell(rule.Meaning.English)).Append(" |\n");
        }

        return page.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}

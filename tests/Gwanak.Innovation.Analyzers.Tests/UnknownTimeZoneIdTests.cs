using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NodaTime;
using Verify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.UnknownTimeZoneIdAnalyzer, Gwanak.Innovation.CodeFixes.UnknownTimeZoneIdCodeFix>;

namespace Gwanak.Innovation.Analyzers.Tests;

public sealed class UnknownTimeZoneIdTests
{
    private const string Usings = "using Gwanak.Innovation.Primitives;\nusing NodaTime;\n";

    [Fact]
    public Task Misspelt_id_in_the_Tzdb_indexer_is_reported_with_the_closest_id()
        => Verify.Analyze(Usings + """
            class C
            {
                DateTimeZone M() => DateTimeZoneProviders.Tzdb[{|#0:"America/Los_Angles"|}];
            }
            """,
            Verify.Diagnostic(Descriptors.UnknownTimeZoneId).WithLocation(0).WithArguments("America/Los_Angles", "; did you mean 'America/Los_Angeles'?"));

    [Fact]
    public Task Unknown_id_passed_to_GetZoneOrNull_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                DateTimeZone? M() => DateTimeZoneProviders.Tzdb.GetZoneOrNull({|#0:"Asia/Seul"|});
            }
            """,
            Verify.Diagnostic(Descriptors.UnknownTimeZoneId).WithLocation(0).WithArguments("Asia/Seul", "; did you mean 'Asia/Seoul'?"));

    [Fact]
    public Task Unknown_id_passed_to_the_zone_id_of_a_real_model_place_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                Gwanak.Innovation.Exchange.Place M() => Gwanak.Innovation.Exchange.Place.Of("도쿄", "Tokyo", "JP", {|#0:"Asia/Tokio"|});
            }
            """,
            Verify.Diagnostic(Descriptors.UnknownTimeZoneId).WithLocation(0).WithArguments("Asia/Tokio", "; did you mean 'Asia/Tokyo'?"));

    [Fact]
    public Task Id_far_from_every_known_id_is_reported_without_a_suggestion()
        => Verify.Analyze(Usings + """
            class C
            {
                DateTimeZone M() => DateTimeZoneProviders.Tzdb[{|#0:"Gwanak Standard Time Zone"|}];
            }
            """,
            Verify.Diagnostic(Descriptors.UnknownTimeZoneId).WithLocation(0).WithArguments("Gwanak Standard Time Zone", string.Empty));

    [Fact]
    public Task Known_ids_fixed_offsets_other_providers_and_run_time_values_are_not_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(string id, IDateTimeZoneProvider other)
                {
                    _ = DateTimeZoneProviders.Tzdb["Asia/Seoul"];
                    _ = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
                    _ = DateTimeZoneProviders.Tzdb["UTC"];
                    _ = DateTimeZoneProviders.Tzdb["UTC+09"];
                    _ = DateTimeZoneProviders.Tzdb.GetZoneOrNull("Etc/GMT-9");
                    _ = DateTimeZoneProviders.Tzdb[id];
                    _ = other["Korea Standard Time"];
                    _ = DateTimeZoneProviders.Bcl.GetZoneOrNull("Korea Standard Time");
                }
            }
            """);

    [Fact]
    public Task Fix_uses_the_closest_known_id()
        => Verify.Fix(Usings + """
            class C
            {
                DateTimeZone M() => DateTimeZoneProviders.Tzdb[[|"America/Los_Angles"|]];
            }
            """, Usings + """
            class C
            {
                DateTimeZone M() => DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
            }
            """);

    [Fact]
    public Task Severity_can_be_raised_in_editorconfig_and_the_rule_turned_off()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                DateTimeZone M() => DateTimeZoneProviders.Tzdb["Asia/Seul"];
            }
            """,
            "dotnet_diagnostic.GWI0003.severity = none");

    [Fact]
    public Task Severity_can_be_lowered_to_suggestion()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                DateTimeZone M() => DateTimeZoneProviders.Tzdb[{|#0:"Asia/Seul"|}];
            }
            """,
            "dotnet_diagnostic.GWI0003.severity = suggestion",
            Verify.Diagnostic(Descriptors.UnknownTimeZoneId).WithLocation(0).WithArguments("Asia/Seul", "; did you mean 'Asia/Seoul'?").WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public void Id_resource_matches_NodaTime_Tzdb_ids()
    {
        string[] expected = DateTimeZoneProviders.Tzdb.Ids.OrderBy(id => id, StringComparer.Ordinal).ToArray();
        if (Environment.GetEnvironmentVariable("GWANAK_REGENERATE_TZDB_IDS") is { Length: > 0 } path)
        {
            // GWANAK_REGENERATE_TZDB_IDS=src/Gwanak.Innovation.Analyzers/TzdbIds.txt rewrites the resource from NodaTime.
            File.WriteAllLines(path, expected);
        }

        Assert.Equal(expected, TimeZoneIds.All);
    }

    [Theory]
    [InlineData("Asia/Seoul")]
    [InlineData("asia/seoul")]
    [InlineData("UTC")]
    [InlineData("UTC+09")]
    [InlineData("UTC+09:30")]
    [InlineData("UTC-03:30:15")]
    [InlineData("UTC+9")]
    [InlineData("UTC+19")]
    [InlineData("UTC+09:30:15:00")]
    [InlineData("GMT+09")]
    [InlineData("Korea Standard Time")]
    public void Known_ids_are_exactly_those_the_Tzdb_provider_resolves(string id)
        => Assert.Equal(DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null, TimeZoneIds.IsKnown(id));

    [Theory]
    [InlineData("America/Los_Angles", "America/Los_Angeles")]
    [InlineData("asia/seoul", "Asia/Seoul")]
    [InlineData("Europe/Berln", "Europe/Berlin")]
    public void Closest_id_is_found_by_edit_distance(string typo, string expected)
        => Assert.Equal(expected, TimeZoneIds.Closest(typo));

    [Theory]
    [InlineData("America/Los_Angles")]
    [InlineData("Asia/Seul")]
    [InlineData("Pacific/Aukland")]
    public void The_library_suggests_at_run_time_the_id_the_analyzer_suggests(string typo)
    {
        var e = Assert.Throws<ArgumentException>(() => Gwanak.Innovation.Exchange.Place.Of("장소", "Place", "KR", typo));
        Assert.Contains($"Did you mean '{TimeZoneIds.Closest(typo)}'?", e.Message, StringComparison.Ordinal);
    }
}

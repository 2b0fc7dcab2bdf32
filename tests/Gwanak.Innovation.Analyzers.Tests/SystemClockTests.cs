using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.SystemClockAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace Gwanak.Innovation.Analyzers.Tests;

public sealed class SystemClockTests
{
    private const string Usings = "using System;\nusing Gwanak.Innovation.Primitives;\nusing NodaTime;\nusing NodaTime.Extensions;\n";

    [Fact]
    public Task UtcNow_converted_to_an_Instant_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                Instant M() => Instant.FromDateTimeUtc({|#0:DateTime.UtcNow|});
            }
            """,
            Verify.Diagnostic(Descriptors.SystemClock).WithLocation(0).WithArguments("DateTime.UtcNow", "Instant.FromDateTimeUtc"));

    [Fact]
    public Task Today_and_DateTimeOffset_Now_converted_to_NodaTime_values_are_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M()
                {
                    var today = LocalDate.FromDateTime({|#0:DateTime.Today|});
                    var at = LocalDateTime.FromDateTime({|#1:DateTime.Now|}.AddHours(1));
                    var instant = Instant.FromDateTimeOffset({|#2:DateTimeOffset.Now|});
                    var viaExtension = {|#3:DateTimeOffset.UtcNow|}.ToInstant();
                }
            }
            """,
            Verify.Diagnostic(Descriptors.SystemClock).WithLocation(0).WithArguments("DateTime.Today", "LocalDate.FromDateTime"),
            Verify.Diagnostic(Descriptors.SystemClock).WithLocation(1).WithArguments("DateTime.Now", "LocalDateTime.FromDateTime"),
            Verify.Diagnostic(Descriptors.SystemClock).WithLocation(2).WithArguments("DateTimeOffset.Now", "Instant.FromDateTimeOffset"),
            Verify.Diagnostic(Descriptors.SystemClock).WithLocation(3).WithArguments("DateTimeOffset.UtcNow", "DateTimeOffsetExtensions.ToInstant"));

    [Fact]
    public Task System_clock_passed_to_a_model_method_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                LocalizedText M() => LocalizedText.Create({|#0:DateTime.Now|}.ToString("d"), "today");
            }
            """,
            Verify.Diagnostic(Descriptors.SystemClock).WithLocation(0).WithArguments("DateTime.Now", "LocalizedText.Create"));

    [Fact]
    public Task Clock_reads_that_stay_outside_the_model_and_injected_clocks_are_not_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(IClock clock, DateTime stamp)
                {
                    Console.WriteLine(DateTime.Now);
                    var elapsed = DateTime.UtcNow - stamp;
                    var now = clock.GetCurrentInstant();
                    var fromStamp = Instant.FromDateTimeUtc(stamp);
                    var min = LocalDate.FromDateTime(DateTime.MinValue);
                }
            }
            """);

    [Fact]
    public Task Rule_can_be_turned_off_in_editorconfig()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                Instant M() => Instant.FromDateTimeUtc(DateTime.UtcNow);
            }
            """,
            "dotnet_diagnostic.GWI0004.severity = none");

    [Fact]
    public Task Severity_can_be_lowered_to_suggestion()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                Instant M() => Instant.FromDateTimeUtc({|#0:DateTime.UtcNow|});
            }
            """,
            "dotnet_diagnostic.GWI0004.severity = suggestion",
            Verify.Diagnostic(Descriptors.SystemClock).WithLocation(0).WithArguments("DateTime.UtcNow", "Instant.FromDateTimeUtc").WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public Task UtcNow_imported_with_using_static_is_reported()
        => Verify.Analyze("using static System.DateTime;\n" + Usings + """
            class C
            {
                Instant M() => Instant.FromDateTimeUtc({|#0:UtcNow|});
            }
            """,
            Verify.Diagnostic(Descriptors.SystemClock).WithLocation(0).WithArguments("DateTime.UtcNow", "Instant.FromDateTimeUtc"));
}

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.NonExhaustiveSwitchAnalyzer, Gwanak.Innovation.CodeFixes.NonExhaustiveSwitchCodeFix>;

namespace Gwanak.Innovation.Analyzers.Tests;

public sealed class NonExhaustiveSwitchTests
{
    private const string Usings = "using System;\nusing Gwanak.Innovation.Primitives;\n";

    [Fact]
    public Task Switch_over_a_model_enum_with_missing_members_and_no_default_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                string M(AdministrativeLevel level)
                {
                    {|#0:switch|} (level)
                    {
                        case AdministrativeLevel.District:
                            return "구";
                        case AdministrativeLevel.Dong:
                            return "동";
                    }

                    return "?";
                }
            }
            """,
            Verify.Diagnostic(Descriptors.NonExhaustiveSwitch).WithLocation(0).WithArguments("AdministrativeLevel", "CityOrProvince, Ri"));

    [Fact]
    public Task Complete_switches_switches_with_a_default_and_switches_over_other_enums_are_not_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(AdministrativeLevel level, DayOfWeek day)
                {
                    switch (level)
                    {
                        case AdministrativeLevel.CityOrProvince:
                        case AdministrativeLevel.District:
                        case AdministrativeLevel.Dong:
                        case AdministrativeLevel.Ri:
                            break;
                    }

                    switch (level)
                    {
                        case AdministrativeLevel.District:
                            break;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(level));
                    }

                    switch (level)
                    {
                        case AdministrativeLevel.Dong:
                            break;
                        case var other:
                            break;
                    }

                    switch (day)
                    {
                        case DayOfWeek.Monday:
                            break;
                    }
                }
            }
            """);

    [Fact]
    public Task Fix_adds_the_missing_cases_ending_in_break_like_the_existing_sections()
        => Verify.Fix(Usings + """
            class C
            {
                int count;

                void M(AdministrativeLevel level)
                {
                    [|switch|] (level)
                    {
                        case AdministrativeLevel.District:
                            count++;
                            break;
                    }
                }
            }
            """, Usings + """
            class C
            {
                int count;

                void M(AdministrativeLevel level)
                {
                    switch (level)
                    {
                        case AdministrativeLevel.District:
                            count++;
                            break;
                        case AdministrativeLevel.CityOrProvince:
                            break;
                        case AdministrativeLevel.Dong:
                            break;
                        case AdministrativeLevel.Ri:
                            break;
                    }
                }
            }
            """);

    [Fact]
    public Task Fix_adds_throwing_cases_when_the_existing_sections_do_not_break()
        => Verify.Fix(Usings + """
            class C
            {
                string M(AdministrativeLevel level)
                {
                    [|switch|] (level)
                    {
                        case AdministrativeLevel.CityOrProvince:
                        case AdministrativeLevel.District:
                            return "district or above";
                        case AdministrativeLevel.Dong:
                            throw new InvalidOperationException("no dongs here");
                    }

                    return "?";
                }
            }
            """, Usings + """
            class C
            {
                string M(AdministrativeLevel level)
                {
                    switch (level)
                    {
                        case AdministrativeLevel.CityOrProvince:
                        case AdministrativeLevel.District:
                            return "district or above";
                        case AdministrativeLevel.Dong:
                            throw new InvalidOperationException("no dongs here");
                        case AdministrativeLevel.Ri:
                            throw new NotSupportedException("AdministrativeLevel.Ri is not handled here.");
                    }

                    return "?";
                }
            }
            """);

    [Fact]
    public Task Rule_can_be_turned_off_in_editorconfig()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                void M(AdministrativeLevel level)
                {
                    switch (level)
                    {
                        case AdministrativeLevel.District:
                            break;
                    }
                }
            }
            """,
            "dotnet_diagnostic.GWI0005.severity = none");

    [Fact]
    public Task Severity_can_be_lowered_to_suggestion()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                void M(AdministrativeLevel level)
                {
                    {|#0:switch|} (level)
                    {
                        case AdministrativeLevel.District:
                            break;
                    }
                }
            }
            """,
            "dotnet_diagnostic.GWI0005.severity = suggestion",
            Verify.Diagnostic(Descriptors.NonExhaustiveSwitch).WithLocation(0).WithArguments("AdministrativeLevel", "CityOrProvince, Dong, Ri").WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public Task A_case_written_as_a_cast_constant_covers_its_member_and_a_guarded_var_pattern_covers_none()
        => Verify.Analyze(Usings + """
            class C
            {
                string M(AdministrativeLevel level)
                {
                    {|#0:switch|} (level)
                    {
                        case (AdministrativeLevel)1:
                        case AdministrativeLevel.District:
                            return "upper";
                        case AdministrativeLevel.Dong:
                            return "dong";
                        case var other when other > AdministrativeLevel.Dong:
                            return "lower";
                    }

                    return "";
                }
            }
            """,
            Verify.Diagnostic(Descriptors.NonExhaustiveSwitch).WithLocation(0).WithArguments("AdministrativeLevel", "Ri"));
}

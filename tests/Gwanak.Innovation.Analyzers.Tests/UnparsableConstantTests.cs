using System;
using System.Threading.Tasks;
using Gwanak.Innovation.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.UnparsableConstantAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace Gwanak.Innovation.Analyzers.Tests;

public sealed class UnparsableConstantTests
{
    private const string Usings = "using Gwanak.Innovation.Primitives;\n";

    public static TheoryData<string, string> BadConstants => new()
    {
        { "BusinessRegistrationNumber", "124-81-00999" },
        { "BusinessRegistrationNumber", "124-81-0099" },
        { "BusinessRegistrationNumber", "124-8100998" },
        { "BusinessRegistrationNumber", "124-81-0099x" },
        { "BusinessRegistrationNumber", "100-81-00992" },
        { "BusinessRegistrationNumber", "124-00-00999" },
        { "BusinessRegistrationNumber", "124-81-00004" },
        { "CorporateRegistrationNumber", "130111-0006247" },
        { "CorporateRegistrationNumber", "13011-0006246" },
        { "AdministrativeDistrictCode", "1162" },
        { "AdministrativeDistrictCode", "00620" },
        { "AdministrativeDistrictCode", "11620a" },
        { "Money", "200억" },
        { "Money", "1.5원" },
        { "Money", "XYZ 100" },
        { "Money", "1억 2억 원" },
    };

    [Theory]
    [MemberData(nameof(BadConstants))]
    public Task Constant_that_the_run_time_rejects_is_an_error_with_the_run_time_reason(string type, string text)
        => Verify.Analyze(
            Usings + $$"""
            class C
            {
                object M() => {{type}}.Parse({|#0:"{{text}}"|});
            }
            """,
            Verify.Diagnostic(Descriptors.UnparsableConstant).WithLocation(0).WithArguments(type, RunTimeReason(type, text)));

    [Fact]
    public Task A_named_constant_is_checked_too()
        => Verify.Analyze(Usings + """
            class C
            {
                private const string Code = "116200";

                AdministrativeDistrictCode M() => AdministrativeDistrictCode.Parse({|#0:Code|});
            }
            """,
            Verify.Diagnostic(Descriptors.UnparsableConstant).WithLocation(0).WithArguments("AdministrativeDistrictCode", RunTimeReason("AdministrativeDistrictCode", "116200")));

    [Fact]
    public Task Constants_that_parse_and_values_known_only_at_run_time_are_not_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(string input)
                {
                    BusinessRegistrationNumber.Parse("124-81-00998");
                    BusinessRegistrationNumber.Parse("101-81-00995");
                    CorporateRegistrationNumber.Parse("130111-0006246");
                    AdministrativeDistrictCode.Parse("1162010100");
                    Money.Parse("200억 원");
                    Money.Parse("USD 1,234.50");
                    Money.Parse("USD 79,228,162,514,264,337,593,543,950,335");
                    Money.Parse(input);
                    Money.TryParse("200억", out _);
                }
            }
            """);

    [Fact]
    public Task Severity_can_be_lowered_in_editorconfig()
        => Verify.AnalyzeWithConfig(
            Usings + """
            class C
            {
                Money M() => Money.Parse({|#0:"200억"|});
            }
            """,
            "dotnet_diagnostic.GWI0002.severity = warning",
            Verify.Diagnostic(Descriptors.UnparsableConstant).WithLocation(0).WithArguments("Money", RunTimeReason("Money", "200억")).WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Rule_can_be_turned_off_in_editorconfig()
        => Verify.AnalyzeWithConfig(
            Usings + """
            class C
            {
                Money M() => Money.Parse("200억");
            }
            """,
            "dotnet_diagnostic.GWI0002.severity = none");

    // What the library itself says when it rejects the text.
    private static string RunTimeReason(string type, string text)
    {
        Func<string, object> parse = type switch
        {
            "BusinessRegistrationNumber" => t => BusinessRegistrationNumber.Parse(t),
            "CorporateRegistrationNumber" => t => CorporateRegistrationNumber.Parse(t),
            "AdministrativeDistrictCode" => t => AdministrativeDistrictCode.Parse(t),
            _ => t => Money.Parse(t),
        };
        return Assert.Throws<FormatException>(() => parse(text)).Message;
    }

    [Fact]
    public Task A_parser_reached_through_an_alias_is_checked_as_the_type_the_alias_names()
        => Verify.Analyze("""
            using BusinessRegistrationNumber = Gwanak.Innovation.Primitives.Money;
            using Won = Gwanak.Innovation.Primitives.Money;

            class C
            {
                object M() => BusinessRegistrationNumber.Parse({|#0:"124-81-00998"|});

                object N() => Won.Parse({|#1:"200억"|});
            }
            """,
            Verify.Diagnostic(Descriptors.UnparsableConstant).WithLocation(0).WithArguments("Money", RunTimeReason("Money", "124-81-00998")),
            Verify.Diagnostic(Descriptors.UnparsableConstant).WithLocation(1).WithArguments("Money", RunTimeReason("Money", "200억")));
}

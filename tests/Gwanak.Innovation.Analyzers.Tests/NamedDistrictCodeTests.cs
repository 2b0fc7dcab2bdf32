using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Gwanak.Innovation.Primitives;
using Microsoft.CodeAnalysis;
using Verify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.NamedDistrictCodeAnalyzer, Gwanak.Innovation.CodeFixes.NamedDistrictCodeCodeFix>;

namespace Gwanak.Innovation.Analyzers.Tests;

public sealed class NamedDistrictCodeTests
{
    private const string Usings = "using Gwanak.Innovation.Primitives;\n";

    [Fact]
    public Task District_code_with_a_named_member_is_reported_as_info()
        => Verify.Analyze(Usings + """
            class C
            {
                AdministrativeDistrictCode M() => {|#0:AdministrativeDistrictCode.Parse("11620")|};
            }
            """,
            Verify.Diagnostic(Descriptors.NamedDistrictCode).WithLocation(0).WithArguments("11620", "Seoul.Gwanak"));

    [Fact]
    public Task Ten_digit_form_of_a_named_district_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                AdministrativeDistrictCode M() => {|#0:AdministrativeDistrictCode.Parse("1168000000")|};
            }
            """,
            Verify.Diagnostic(Descriptors.NamedDistrictCode).WithLocation(0).WithArguments("1168000000", "Seoul.Gangnam"));

    [Fact]
    public Task Codes_without_a_named_member_and_other_parsers_are_not_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(string input)
                {
                    AdministrativeDistrictCode.Parse("1162010100");
                    AdministrativeDistrictCode.Parse("26999");
                    AdministrativeDistrictCode.Parse(input);
                    AdministrativeDistrictCode.TryParse("11620", out _);
                    var gwanak = AdministrativeDistrictCode.Seoul.Gwanak;
                }
            }
            """);

    [Fact]
    public Task A_general_district_of_Gyeonggi_is_reported_with_its_province_class()
        => Verify.Analyze(Usings + """
            class C
            {
                AdministrativeDistrictCode M() => {|#0:AdministrativeDistrictCode.Parse("41111")|};
            }
            """,
            Verify.Diagnostic(Descriptors.NamedDistrictCode).WithLocation(0).WithArguments("41111", "Gyeonggi.SuwonJangan"));

    [Fact]
    public Task A_code_that_ended_is_reported_with_its_member_too()
        => Verify.Analyze(Usings + """
            class C
            {
                AdministrativeDistrictCode M() => {|#0:AdministrativeDistrictCode.Parse("47720")|};
            }
            """,
            Verify.Diagnostic(Descriptors.NamedDistrictCode).WithLocation(0).WithArguments("47720", "Gyeongbuk.Gunwi"));

    [Fact]
    public Task Fix_uses_the_member_of_another_province()
        => Verify.Fix(Usings + """
            class C
            {
                AdministrativeDistrictCode M() => [|AdministrativeDistrictCode.Parse("27720")|];
            }
            """, Usings + """
            class C
            {
                AdministrativeDistrictCode M() => AdministrativeDistrictCode.Daegu.Gunwi;
            }
            """);

    [Fact]
    public Task Fix_uses_the_named_member()
        => Verify.Fix(Usings + """
            class C
            {
                AdministrativeDistrictCode M() => [|AdministrativeDistrictCode.Parse("11620")|];
            }
            """, Usings + """
            class C
            {
                AdministrativeDistrictCode M() => AdministrativeDistrictCode.Seoul.Gwanak;
            }
            """);

    [Fact]
    public Task Fix_keeps_a_qualified_type_name()
        => Verify.Fix("""
            class C
            {
                Gwanak.Innovation.Primitives.AdministrativeDistrictCode M() => [|Gwanak.Innovation.Primitives.AdministrativeDistrictCode.Parse("11000")|];
            }
            """, """
            class C
            {
                Gwanak.Innovation.Primitives.AdministrativeDistrictCode M() => Gwanak.Innovation.Primitives.AdministrativeDistrictCode.Seoul.City;
            }
            """);

    [Fact]
    public Task Severity_can_be_raised_in_editorconfig()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                AdministrativeDistrictCode M() => {|#0:AdministrativeDistrictCode.Parse("11620")|};
            }
            """,
            "dotnet_diagnostic.GWI0007.severity = warning",
            Verify.Diagnostic(Descriptors.NamedDistrictCode).WithLocation(0).WithArguments("11620", "Seoul.Gwanak").WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public void Code_list_matches_the_named_members_of_AdministrativeDistrictCode()
    {
        Dictionary<string, string> library = typeof(AdministrativeDistrictCode).GetNestedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(AdministrativeDistrictCode))
                .Select(p => (Name: t.Name + "." + p.Name, Code: p.GetValue(null)!.ToString()!)))
            .ToDictionary(p => p.Name, p => p.Code);
        Dictionary<string, string> analyzer = NamedDistrictCodes.All()
            .ToDictionary(p => p.Key, p => p.Value.ToString("D5", CultureInfo.InvariantCulture));

        Assert.Equal(library.OrderBy(p => p.Key), analyzer.OrderBy(p => p.Key));
    }
}

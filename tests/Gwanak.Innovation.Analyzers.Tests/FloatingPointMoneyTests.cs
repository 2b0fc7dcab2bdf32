using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.FloatingPointMoneyAnalyzer, Gwanak.Innovation.CodeFixes.FloatingPointMoneyCodeFix>;

namespace Gwanak.Innovation.Analyzers.Tests;

public sealed class FloatingPointMoneyTests
{
    private const string Usings = "using System;\nusing Gwanak.Innovation.Primitives;\n";

    private const string FromDouble = "The amount of Money.{0} comes from a double, which cannot hold most decimal fractions exactly; write the amount as a decimal (for example 1.5m)";

    [Fact]
    public Task Double_cast_to_the_amount_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                Money M(double rate) => Money.Dollars({|#0:(decimal)(rate * 100)|});
            }
            """,
            Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(0).WithArguments(string.Format(System.Globalization.CultureInfo.InvariantCulture, FromDouble, "Dollars")));

    [Fact]
    public Task Float_and_Convert_ToDecimal_in_every_entry_point_are_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(float f, double d)
                {
                    var a = new Money({|#0:(decimal)f|}, Currency.Usd);
                    var b = Money.Won({|#1:Convert.ToDecimal(d)|});
                    Money.TryCreate({|#2:new decimal(d)|}, Currency.Usd, out var c);
                }
            }
            """,
            Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(0).WithArguments("The amount of Money.Money comes from a float, which cannot hold most decimal fractions exactly; write the amount as a decimal (for example 1.5m)"),
            Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(1).WithArguments(string.Format(System.Globalization.CultureInfo.InvariantCulture, FromDouble, "Won")),
            Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(2).WithArguments(string.Format(System.Globalization.CultureInfo.InvariantCulture, FromDouble, "TryCreate")));

    [Fact]
    public Task Fractional_won_constant_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M()
                {
                    var a = Money.Won({|#0:1.5m|});
                    var b = new Money({|#1:0.5m|}, Currency.Krw);
                    var c = Money.Dollars({|#2:1.005m|});
                }
            }
            """,
            Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(0).WithArguments("1.5 is not an amount of KRW: KRW has no minor unit, so a fraction would throw at run time"),
            Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(1).WithArguments("0.5 is not an amount of KRW: KRW has no minor unit, so a fraction would throw at run time"),
            Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(2).WithArguments("1.005 is not an amount of USD: USD has 2 decimal places, so more would throw at run time"));

    [Fact]
    public Task Decimal_amounts_whole_won_and_integers_are_not_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(decimal amount, int count, Currency currency)
                {
                    var fund = Money.Won(20_000_000_000m);
                    var a = Money.Won(amount);
                    var b = Money.Won(count);
                    var c = Money.Dollars(1234.50m);
                    var d = new Money(1.5m, currency);
                    var e = Money.Won(2.0m);
                    var f = fund.MultiplyBy(0.375m, MidpointRounding.ToEven);
                }
            }
            """);

    [Fact]
    public Task Fix_writes_the_double_constant_as_a_decimal_literal()
        => Verify.Fix(Usings + """
            class C
            {
                Money M() => Money.Dollars([|(decimal)0.1|]);
            }
            """, Usings + """
            class C
            {
                Money M() => Money.Dollars(0.1m);
            }
            """);

    [Fact]
    public Task Rule_can_be_turned_off_in_editorconfig()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                Money M() => Money.Won(1.5m);
            }
            """,
            "dotnet_diagnostic.GWI0006.severity = none");

    [Fact]
    public Task Severity_can_be_lowered_to_suggestion()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                Money M() => Money.Won({|#0:1.5m|});
            }
            """,
            "dotnet_diagnostic.GWI0006.severity = suggestion",
            Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(0).WithArguments("1.5 is not an amount of KRW: KRW has no minor unit, so a fraction would throw at run time").WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public Task Whole_number_amounts_are_not_reported_and_a_fraction_among_them_is()
        => Verify.Analyze(Usings + """
            class C
            {
                void M()
                {
                    var a = Money.Won(20_000_000_000m);
                    var b = Money.Won(3.00m);
                    var c = Money.Won(5);
                    var d = Money.Won(({|#0:2.50m|}));
                }
            }
            """,
            Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(0).WithArguments("2.50 is not an amount of KRW: KRW has no minor unit, so a fraction would throw at run time"));
}

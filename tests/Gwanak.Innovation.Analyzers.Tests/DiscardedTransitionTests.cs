using System.Threading.Tasks;
using Gwanak.Innovation.CodeFixes;
using Microsoft.CodeAnalysis;
using Verify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.DiscardedTransitionAnalyzer, Gwanak.Innovation.CodeFixes.DiscardedTransitionCodeFix>;

namespace Gwanak.Innovation.Analyzers.Tests;

public sealed class DiscardedTransitionTests
{
    private const string Usings = "using Gwanak.Innovation.Primitives;\nusing NodaTime;\n";

    [Fact]
    public Task Bare_call_of_a_method_returning_its_own_model_type_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(LocalizedText name)
                {
                    {|#0:name.With("ja", "冠岳区");|}
                }
            }
            """,
            Verify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(0).WithArguments("With", "LocalizedText", "name"));

    [Fact]
    public Task Transition_of_a_value_type_is_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(DateRange range)
                {
                    [|range.EndingOn(new LocalDate(2026, 6, 30));|]
                }
            }
            """);

    [Fact]
    public Task Transition_whose_result_is_used_is_not_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                LocalizedText M(LocalizedText name, Money fund)
                {
                    name = name.With("ja", "冠岳区");
                    var half = fund.MultiplyBy(0.5m, System.MidpointRounding.ToEven);
                    _ = name.With("zh", "冠岳区");
                    return name.With("fr", "Gwanak-gu");
                }
            }
            """);

    [Fact]
    public Task Bare_call_of_a_method_returning_another_type_or_of_a_static_factory_is_not_reported()
        => Verify.Analyze(Usings + """
            class C
            {
                void M(LocalizedText name, Money fund)
                {
                    name.Get("ko");
                    fund.ToKoreanString();
                    Money.Won(5m);
                }
            }
            """);

    [Fact]
    public Task Methods_of_types_outside_the_library_are_not_reported()
        => Verify.Analyze(Usings + """
            class Builder
            {
                public Builder With(string text) => this;
            }

            class C
            {
                void M(Builder builder, LocalDate date)
                {
                    builder.With("x");
                    date.PlusDays(1);
                }
            }
            """);

    [Fact]
    public Task Fix_assigns_the_result_back_to_a_local()
        => Verify.Fix(Usings + """
            class C
            {
                void M()
                {
                    var name = LocalizedText.Create("관악구", "Gwanak-gu");
                    // Add Japanese.
                    [|name.With("ja", "冠岳区");|]
                }
            }
            """, Usings + """
            class C
            {
                void M()
                {
                    var name = LocalizedText.Create("관악구", "Gwanak-gu");
                    // Add Japanese.
                    name = name.With("ja", "冠岳区");
                }
            }
            """);

    [Fact]
    public Task Fix_assigns_a_chain_to_its_root_receiver()
        => Verify.Fix(Usings + """
            class C
            {
                private LocalizedText name = LocalizedText.Create("관악구", "Gwanak-gu");

                void M()
                {
                    [|name.With("ja", "冠岳区").With("zh", "冠岳区");|]
                }
            }
            """, Usings + """
            class C
            {
                private LocalizedText name = LocalizedText.Create("관악구", "Gwanak-gu");

                void M()
                {
                    name = name.With("ja", "冠岳区").With("zh", "冠岳区");
                }
            }
            """);

    [Fact]
    public Task No_fix_is_offered_when_the_receiver_cannot_be_assigned()
        => Verify.Fix(Usings + """
            class C
            {
                private readonly LocalizedText name = LocalizedText.Create("관악구", "Gwanak-gu");

                void M()
                {
                    [|name.With("ja", "冠岳区");|]
                }
            }
            """, Usings + """
            class C
            {
                private readonly LocalizedText name = LocalizedText.Create("관악구", "Gwanak-gu");

                void M()
                {
                    [|name.With("ja", "冠岳区");|]
                }
            }
            """);

    [Fact]
    public Task Severity_can_be_lowered_to_suggestion_in_editorconfig()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                void M(LocalizedText name)
                {
                    {|#0:name.With("ja", "冠岳区");|}
                }
            }
            """,
            "dotnet_diagnostic.GWI0001.severity = suggestion",
            Verify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(0).WithArguments("With", "LocalizedText", "name").WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public Task Rule_can_be_turned_off_in_editorconfig()
        => Verify.AnalyzeWithConfig(Usings + """
            class C
            {
                void M(LocalizedText name)
                {
                    name.With("ja", "冠岳区");
                }
            }
            """,
            "dotnet_diagnostic.GWI0001.severity = none");
}

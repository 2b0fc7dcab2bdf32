using System.Threading.Tasks;
using Gwanak.Innovation.CodeFixes;
using Microsoft.CodeAnalysis;
using Verify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.DiscardedTransitionAnalyzer, Gwanak.Innovation.CodeFixes.DiscardedTransitionCodeFix>;

namespace Gwanak.Innovation.Analyzers.Tests;

public sealed class DiscardedTransitionTests
{
    private const string Usings = "using Gwanak.Innovation.Primitives;\nusing NodaTime;\n";

    private const string AgreementUsings = "using Gwanak.Innovation.Agreements;\nusing Gwanak.Innovation.Primitives;\nusing NodaTime;\n";

    // A stand-in library with methods of the transition shape, some declared transitions and some not.
    private const string Library = """
        namespace Gwanak.Innovation.Primitives
        {
            public readonly struct Decision<T>
            {
            }
        }

        namespace Gwanak.Innovation.Zones
        {
            using Gwanak.Innovation.Primitives;

            public sealed class Zone
            {
                [Gwanak.Innovation.Primitives.Transition]
                public Zone Designate(string name) => this;

                [Gwanak.Innovation.Primitives.Transition]
                public Decision<Zone> TryDesignate(string name) => default;

                [Gwanak.Innovation.Primitives.Transition]
                public Plan Draft(string name) => new Plan();

                public Zone Normalized() => this;

                public Decision<Zone> Review(string name) => default;
            }

            public sealed class Plan
            {
            }

            public class Area
            {
                [Gwanak.Innovation.Primitives.Transition]
                public Area Grow(int by) => this;
            }
        }
        """;

    [Fact]
    public Task Bare_call_of_a_declared_transition_is_reported()
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
    public Task Discarded_aggregate_transition_is_reported()
        => Verify.Analyze(AgreementUsings + """
            class C
            {
                void M(Agreement agreement, LocalDate date)
                {
                    {|#0:agreement.StartNegotiation(date);|}
                }
            }
            """,
            Verify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(0).WithArguments("StartNegotiation", "Agreement", "agreement"));

    [Fact]
    public Task Discarded_decision_of_a_Try_transition_is_reported()
        => Verify.Analyze(AgreementUsings + """
            class C
            {
                void M(Agreement agreement, LocalDate date)
                {
                    {|#0:agreement.TryStartNegotiation(date);|}
                }
            }
            """,
            Verify.Diagnostic(Descriptors.DiscardedDecision).WithLocation(0).WithArguments("TryStartNegotiation", "Agreement", "agreement"));

    [Fact]
    public Task Chain_ending_in_a_Try_transition_names_its_root_receiver()
        => Verify.Analyze(AgreementUsings + """
            class C
            {
                void M(Agreement agreement, LocalDate date, LocalizedText reason)
                {
                    {|#0:agreement.StartNegotiation(date).TryCancel(date, reason);|}
                }
            }
            """,
            Verify.Diagnostic(Descriptors.DiscardedDecision).WithLocation(0).WithArguments("TryCancel", "Agreement", "agreement"));

    [Fact]
    public Task Transition_whose_result_is_used_is_not_reported()
        => Verify.Analyze(AgreementUsings + """
            class C
            {
                LocalizedText M(LocalizedText name, Money fund, Agreement agreement, LocalDate date)
                {
                    name = name.With("ja", "冠岳区");
                    var half = fund.MultiplyBy(0.5m, System.MidpointRounding.ToEven);
                    _ = name.With("zh", "冠岳区");
                    var decision = agreement.TryStartNegotiation(date);
                    if (agreement.TryStartNegotiation(date).TryGetValue(out var negotiating))
                    {
                        agreement = negotiating;
                    }

                    agreement.CanStartNegotiation(date);
                    return name.With("fr", "Gwanak-gu");
                }
            }
            """);

    [Fact]
    public Task Declared_transitions_are_reported_and_methods_of_the_same_shape_without_the_declaration_are_not()
        => Verify.AnalyzeWithLibrary(Library, """
            using Gwanak.Innovation.Zones;

            class C
            {
                void M(Zone zone)
                {
                    {|#0:zone.Designate("A");|}
                    {|#1:zone.TryDesignate("A");|}
                    {|#2:zone.Draft("A");|}
                    zone.Normalized();
                    zone.Review("A");
                }
            }
            """,
            Verify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(0).WithArguments("Designate", "Zone", "zone"),
            Verify.Diagnostic(Descriptors.DiscardedDecision).WithLocation(1).WithArguments("TryDesignate", "Zone", "zone"),
            Verify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(2).WithArguments("Draft", "Plan", "zone"));

    [Fact]
    public Task A_chain_runs_back_through_declared_transitions_only()
        => Verify.AnalyzeWithLibrary(Library, """
            using Gwanak.Innovation.Zones;

            class C
            {
                void M(Zone zone)
                {
                    {|#0:zone.Designate("A").Designate("B");|}
                    {|#1:zone.Normalized().Designate("B");|}
                    {|#2:(zone.Designate("A")).TryDesignate("B");|}
                    zone.Designate("A").Normalized();
                }
            }
            """,
            Verify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(0).WithArguments("Designate", "Zone", "zone"),
            Verify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(1).WithArguments("Designate", "Zone", "zone.Normalized()"),
            Verify.Diagnostic(Descriptors.DiscardedDecision).WithLocation(2).WithArguments("TryDesignate", "Zone", "zone"));

    [Fact]
    public Task A_call_on_the_implicit_this_is_reported_without_a_fix()
        => Verify.FixWithLibrary(Library, """
            using Gwanak.Innovation.Zones;

            class Park : Area
            {
                void M()
                {
                    {|#0:Grow(1);|}
                    {|#1:Grow(1).Grow(2);|}
                }
            }
            """, """
            using Gwanak.Innovation.Zones;

            class Park : Area
            {
                void M()
                {
                    {|#0:Grow(1);|}
                    {|#1:Grow(1).Grow(2);|}
                }
            }
            """,
            Verify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(0).WithArguments("Grow", "Area", "this"),
            Verify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(1).WithArguments("Grow", "Area", "this"));

    [Fact]
    public Task A_library_without_the_attribute_declares_no_transition()
        => Verify.AnalyzeWithLibrary(StandInLibrary.Compile(Library.Replace("[Gwanak.Innovation.Primitives.Transition]", string.Empty, System.StringComparison.Ordinal), declareTransitionAttribute: false), """
            using Gwanak.Innovation.Zones;

            class C
            {
                void M(Zone zone)
                {
                    zone.Designate("A");
                    zone.Normalized();
                }
            }
            """);

    [Fact]
    public Task The_attribute_on_a_method_outside_the_library_is_not_read()
        => Verify.Analyze(Usings + """
            class Builder
            {
                [Transition]
                public Builder With(string text) => this;
            }

            class C
            {
                void M(Builder builder)
                {
                    builder.With("x");
                }
            }
            """);

    [Fact]
    public Task Bare_call_of_a_method_returning_another_type_or_of_a_static_factory_is_not_reported()
        => Verify.Analyze(AgreementUsings + """
            class C
            {
                void M(LocalizedText name, Money fund, Agreement agreement)
                {
                    name.Get("ko");
                    fund.ToKoreanString();
                    Money.Won(5m);
                    Agreement.Replay(agreement.History);
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
    public Task Fix_assigns_the_result_of_an_aggregate_transition_back()
        => Verify.Fix(AgreementUsings + """
            class C
            {
                Agreement M(Agreement agreement, LocalDate date)
                {
                    [|agreement.StartNegotiation(date);|]
                    return agreement;
                }
            }
            """, AgreementUsings + """
            class C
            {
                Agreement M(Agreement agreement, LocalDate date)
                {
                    agreement = agreement.StartNegotiation(date);
                    return agreement;
                }
            }
            """);

    [Fact]
    public Task Fix_keeps_a_discarded_decision_in_a_new_local()
        => Verify.Fix(AgreementUsings + """
            class C
            {
                void M(Agreement agreement, LocalDate date)
                {
                    // Open the negotiation.
                    [|agreement.TryStartNegotiation(date);|] // today
                }
            }
            """, AgreementUsings + """
            class C
            {
                void M(Agreement agreement, LocalDate date)
                {
                    // Open the negotiation.
                    var decision = agreement.TryStartNegotiation(date); // today
                }
            }
            """);

    [Fact]
    public Task Fix_names_each_kept_decision_apart_from_the_names_in_the_member()
        => Verify.Fix(AgreementUsings + """
            class C
            {
                void M(Agreement agreement, LocalDate date, bool decision)
                {
                    [|agreement.TryStartNegotiation(date);|]
                    switch (decision)
                    {
                        case true:
                            [|agreement.StartNegotiation(date).TryCancel(date, LocalizedText.Of("en", "Withdrawn"));|]
                            break;
                    }
                }
            }
            """, AgreementUsings + """
            class C
            {
                void M(Agreement agreement, LocalDate date, bool decision)
                {
                    var decision2 = agreement.TryStartNegotiation(date);
                    switch (decision)
                    {
                        case true:
                            var decision3 = agreement.StartNegotiation(date).TryCancel(date, LocalizedText.Of("en", "Withdrawn"));
                            break;
                    }
                }
            }
            """);

    [Fact]
    public Task No_fix_is_offered_for_a_decision_that_is_the_body_of_an_if()
        => Verify.Fix(AgreementUsings + """
            class C
            {
                void M(Agreement agreement, LocalDate date, bool now)
                {
                    if (now)
                        [|agreement.TryStartNegotiation(date);|]
                }
            }
            """, AgreementUsings + """
            class C
            {
                void M(Agreement agreement, LocalDate date, bool now)
                {
                    if (now)
                        [|agreement.TryStartNegotiation(date);|]
                }
            }
            """);

    [Fact]
    public Task No_assignment_is_offered_when_a_transition_returns_another_type()
        => Verify.FixWithLibrary(Library, """
            using Gwanak.Innovation.Zones;

            class C
            {
                void M(Zone zone)
                {
                    [|zone.Draft("A");|]
                    [|zone.Designate("A");|]
                }
            }
            """, """
            using Gwanak.Innovation.Zones;

            class C
            {
                void M(Zone zone)
                {
                    [|zone.Draft("A");|]
                    zone = zone.Designate("A");
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

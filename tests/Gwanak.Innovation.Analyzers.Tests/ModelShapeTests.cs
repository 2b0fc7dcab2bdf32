using System.Threading.Tasks;
using ClockVerify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.SystemClockAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using SwitchVerify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.NonExhaustiveSwitchAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using TransitionVerify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.DiscardedTransitionAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using ZoneVerify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.UnknownTimeZoneIdAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace Gwanak.Innovation.Analyzers.Tests;

/// <summary>
/// The rules key on the library assembly and the shape or the declaration of its members, not on names, so they cover
/// contexts that other parts of the package add: shown here on the real aggregates' declared transitions, and on a
/// stand-in assembly with a lifecycle enum and a zone id.
/// </summary>
public sealed class ModelShapeTests
{
    private const string Library = """
        using NodaTime;

        namespace Gwanak.Innovation.Agreements
        {
            public enum AgreementStatus { Draft, InForce, Terminated }

            public sealed class Agreement
            {
                public AgreementStatus Status { get; }
            }
        }

        namespace Gwanak.Innovation.Exchange
        {
            public sealed class Itinerary
            {
                public Itinerary Add(string place, string homeZoneId) => this;
                public Itinerary Visit(string place, string note) => this;
                public Itinerary Stamp(System.DateTime at) => this;
            }
        }
        """;

    [Fact]
    public Task A_discarded_transition_of_any_aggregate_is_reported()
        => TransitionVerify.Analyze("""
            using Gwanak.Innovation.Agreements;
            using Gwanak.Innovation.Ecosystem;
            using Gwanak.Innovation.Exchange;
            using Gwanak.Innovation.Governance;
            using Gwanak.Innovation.Primitives;
            using NodaTime;

            class C
            {
                void M(Agreement agreement, Fund fund, CityPartnership partnership, GovernanceBody body, Post post, LocalDate date)
                {
                    {|#0:agreement.StartNegotiation(date);|}
                    {|#1:agreement.TryStartNegotiation(date);|}
                    agreement.CanStartNegotiation(date);
                    Agreement.Replay(agreement.History);
                    agreement = agreement.StartNegotiation(date);
                    {|#2:fund.TryInvest(date, BusinessRegistrationNumber.Parse("124-81-00998"), Money.Won(100_000_000m));|}
                    {|#3:partnership.GoDormant(date);|}
                    {|#4:body.TryAddPost(date, post);|}
                }
            }
            """,
            TransitionVerify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(0).WithArguments("StartNegotiation", "Agreement", "agreement"),
            TransitionVerify.Diagnostic(Descriptors.DiscardedDecision).WithLocation(1).WithArguments("TryStartNegotiation", "Agreement", "agreement"),
            TransitionVerify.Diagnostic(Descriptors.DiscardedDecision).WithLocation(2).WithArguments("TryInvest", "Fund", "fund"),
            TransitionVerify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(3).WithArguments("GoDormant", "CityPartnership", "partnership"),
            TransitionVerify.Diagnostic(Descriptors.DiscardedDecision).WithLocation(4).WithArguments("TryAddPost", "GovernanceBody", "body"));

    [Fact]
    public Task A_switch_over_a_lifecycle_enum_of_the_library_is_checked()
        => SwitchVerify.AnalyzeWithLibrary(Library, """
            using Gwanak.Innovation.Agreements;

            class C
            {
                void M(Agreement agreement)
                {
                    {|#0:switch|} (agreement.Status)
                    {
                        case AgreementStatus.Draft:
                            break;
                    }
                }
            }
            """,
            SwitchVerify.Diagnostic(Descriptors.NonExhaustiveSwitch).WithLocation(0).WithArguments("AgreementStatus", "InForce, Terminated"));

    [Fact]
    public Task A_zone_id_parameter_of_a_library_method_is_checked_and_other_string_parameters_are_not()
        => ZoneVerify.AnalyzeWithLibrary(Library, """
            using Gwanak.Innovation.Exchange;

            class C
            {
                Itinerary M(Itinerary trip)
                    => trip.Add("Irvine", {|#0:"America/Los_Angles"|})
                           .Add("Seoul", "Asia/Seoul")
                           .Visit("KACCOC", "America/Los_Angles");
            }
            """,
            ZoneVerify.Diagnostic(Descriptors.UnknownTimeZoneId).WithLocation(0).WithArguments("America/Los_Angles", "; did you mean 'America/Los_Angeles'?"));

    [Fact]
    public Task The_system_clock_passed_to_a_library_method_is_reported()
        => ClockVerify.AnalyzeWithLibrary(Library, """
            using Gwanak.Innovation.Exchange;

            class C
            {
                Itinerary M(Itinerary trip, System.DateTime at) => trip.Stamp({|#0:System.DateTime.UtcNow|}).Stamp(at);
            }
            """,
            ClockVerify.Diagnostic(Descriptors.SystemClock).WithLocation(0).WithArguments("DateTime.UtcNow", "Itinerary.Stamp"));
}

using System.Threading.Tasks;
using ClockVerify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.SystemClockAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using SwitchVerify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.NonExhaustiveSwitchAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using TransitionVerify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.DiscardedTransitionAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using ZoneVerify = Gwanak.Innovation.Analyzers.Tests.Verifier<Gwanak.Innovation.Analyzers.UnknownTimeZoneIdAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace Gwanak.Innovation.Analyzers.Tests;

/// <summary>
/// The rules key on the library assembly and the shape of its members, not on names, so they cover contexts that
/// other parts of the package add: shown here on a stand-in assembly with an aggregate, a lifecycle enum and a zone id.
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
                public Agreement Sign(string party, LocalDate on) => this;
                public bool CanSign(string party) => true;
                public static Agreement Draft(string title) => new Agreement();
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
    public Task A_discarded_aggregate_transition_is_reported()
        => TransitionVerify.AnalyzeWithLibrary(Library, """
            using Gwanak.Innovation.Agreements;

            class C
            {
                void M(Agreement agreement)
                {
                    {|#0:agreement.Sign("kaccoc", new NodaTime.LocalDate(2023, 7, 10));|}
                    agreement.CanSign("kaccoc");
                    Agreement.Draft("MOU");
                    agreement = agreement.Sign("gwanak", new NodaTime.LocalDate(2023, 7, 10));
                }
            }
            """,
            TransitionVerify.Diagnostic(Descriptors.DiscardedTransition).WithLocation(0).WithArguments("Sign", "Agreement", "agreement"));

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

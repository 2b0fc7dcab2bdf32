using Microsoft.CodeAnalysis;

namespace Gwanak.Innovation.Analyzers;

/// <summary>Every rule of the package, in one place: id, title, message, category, default severity and help page.</summary>
internal static class Descriptors
{
    private const string HelpBase = "https://github.com/gwanak-innovation/gwanak-innovation/blob/main/docs/rules/";

    private const string DiscardedTransitionTitle = "The result of a model transition is discarded";

    private const string DiscardedTransitionDescription = "A method that Gwanak.Innovation marks [Transition] returns the new state of an immutable model value, or the Decision that holds it, and leaves its receiver unchanged. Calling it as a bare statement loses that state.";

    /// <summary>GWI0001: the new state returned by a transition of an immutable model type is thrown away.</summary>
    public static readonly DiagnosticDescriptor DiscardedTransition = Create(
        "GWI0001",
        DiscardedTransitionTitle,
        "'{0}' returns a new {1} and leaves '{2}' unchanged, because the model is immutable; assign the result, for example '{2} = {2}.{0}(...)'",
        "Usage",
        DiagnosticSeverity.Warning,
        DiscardedTransitionDescription);

    /// <summary>GWI0001, for a <c>Try…</c> transition: the decision that holds the new state is thrown away.</summary>
    public static readonly DiagnosticDescriptor DiscardedDecision = Create(
        "GWI0001",
        DiscardedTransitionTitle,
        "'{0}' decides on a new {1} and leaves '{2}' unchanged, because the model is immutable; keep the decision, for example 'var decision = {2}.{0}(...)', and take the new {1} from it",
        "Usage",
        DiagnosticSeverity.Warning,
        DiscardedTransitionDescription);

    /// <summary>GWI0002: a constant passed to a parser of the package would fail to parse at run time.</summary>
    public static readonly DiagnosticDescriptor UnparsableConstant = Create(
        "GWI0002",
        "A constant cannot be parsed",
        "{0}.Parse would throw at run time: {1}",
        "Correctness",
        DiagnosticSeverity.Error,
        "The constant is checked with the same validation code the library runs, so the reason given here is the reason the run time would give.");

    /// <summary>GWI0003: a time zone id that the TZDB does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownTimeZoneId = Create(
        "GWI0003",
        "Unknown time zone id",
        "'{0}' is not a TZDB time zone id{1}",
        "Correctness",
        DiagnosticSeverity.Warning,
        "Time zone ids are looked up in NodaTime's TZDB (DateTimeZoneProviders.Tzdb); an unknown id throws or returns null at run time.");

    /// <summary>GWI0004: the system clock flows into the model.</summary>
    public static readonly DiagnosticDescriptor SystemClock = Create(
        "GWI0004",
        "The system clock flows into the model",
        "'{0}' reads the system clock and flows into '{1}'; take 'now' from an injected NodaTime IClock (clock.GetCurrentInstant()) so that tests can use a FakeClock",
        "Design",
        DiagnosticSeverity.Warning,
        "The model takes 'now' from an IClock or an explicit date, so that behaviour is reproducible and testable.");

    /// <summary>GWI0005: a switch statement over a model enum misses members and has no default.</summary>
    public static readonly DiagnosticDescriptor NonExhaustiveSwitch = Create(
        "GWI0005",
        "A switch over a model enum misses members",
        "The switch over {0} has no default and misses {1}; a later version of the package may add more states",
        "Reliability",
        DiagnosticSeverity.Warning,
        "Lifecycle enums of the model grow with the package; handle every member and decide what an unknown one means.");

    /// <summary>GWI0006: money made from floating point, or a fraction the currency does not have.</summary>
    public static readonly DiagnosticDescriptor FloatingPointMoney = Create(
        "GWI0006",
        "Money from floating point or with an impossible fraction",
        "{0}",
        "Correctness",
        DiagnosticSeverity.Warning,
        "double and float cannot hold most decimal fractions exactly; money is a decimal written as a decimal literal, with no more decimal places than its currency has.");

    /// <summary>GWI0007: a district code written as text that has a named member.</summary>
    public static readonly DiagnosticDescriptor NamedDistrictCode = Create(
        "GWI0007",
        "Use the named district code",
        "'{0}' is AdministrativeDistrictCode.{1}; use the named member",
        "Style",
        DiagnosticSeverity.Info,
        "A named member says which district is meant and cannot be mistyped.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpBase + id + ".md");
}

namespace Gwanak.Innovation.Exchange;

/// <summary>The stable ids of the rules about exchange programmes; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
public static class ExchangeProgramRules
{
    /// <summary>The enrolment would put more participants in the programme on some day than its capacity.</summary>
    public const string CapacityExceeded = "EXP-001";

    /// <summary>The participant is already enrolled for an overlapping period.</summary>
    public const string AlreadyEnrolled = "EXP-002";

    /// <summary>The participant is not taking part on the day given as the last day of a withdrawal.</summary>
    public const string NotEnrolled = "EXP-003";

    /// <summary>A participation would begin before the programme opened.</summary>
    public const string BeforeProgramOpened = "EXP-004";

    /// <summary>An enrolment or withdrawal is dated before the last recorded event of the programme.</summary>
    public const string EventBeforeLastEvent = "EXP-006";

    /// <summary>A participation already ended by a withdrawal was withdrawn again.</summary>
    public const string AlreadyWithdrawn = "EXP-007";
}

namespace Gwanak.Innovation.Exchange;

/// <summary>The rule ids an <see cref="ExchangeProgram"/> enforces; each is listed in <c>docs/rules.md</c>.</summary>
public static class ExchangeProgramRules
{
    /// <summary>EXP-001: the enrolment would put more participants in the programme on some day than its capacity.</summary>
    public const string CapacityExceeded = "EXP-001";

    /// <summary>EXP-002: the participant is already enrolled for an overlapping period.</summary>
    public const string AlreadyEnrolled = "EXP-002";

    /// <summary>EXP-003: the participant is not enrolled on the day given as the last day of a withdrawal.</summary>
    public const string NotEnrolled = "EXP-003";

    /// <summary>EXP-004: a participation would begin before the programme opened.</summary>
    public const string BeforeProgramOpened = "EXP-004";

    /// <summary>EXP-005: a history to replay is empty, does not start with the programme's opening, or opens it twice.</summary>
    public const string HistoryMustStartWithOpening = "EXP-005";
}

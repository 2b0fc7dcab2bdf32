using System;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Thrown when an operation would break a rule of the domain (a regulation, an agreement's lifecycle, a capacity).
/// </summary>
/// <remarks>
/// The <see cref="RuleId"/> is stable across versions so that a portal can map it to its own screens and
/// translations; every id is listed with its meaning and source in <see cref="RuleCatalog"/> and
/// <c>docs/rules.md</c>. The message says what was attempted, the state it met and what is allowed. The
/// <c>Try…</c> transitions return the same <see cref="Refusal"/> without throwing.
/// </remarks>
public sealed class DomainRuleException : InvalidOperationException
{
    /// <summary>Creates the exception for a broken rule.</summary>
    /// <param name="ruleId">The stable rule id, for example <c>AGR-003</c>.</param>
    /// <param name="message">What was attempted, the state it met and what is allowed.</param>
    public DomainRuleException(string ruleId, string message)
        : this(new Refusal(ruleId, message))
    {
    }

    /// <summary>Creates the exception for a refusal.</summary>
    /// <param name="refusal">The refusal.</param>
    public DomainRuleException(Refusal refusal)
        : base(Guard.Against.Null(refusal).Message) => Refusal = refusal;

    /// <summary>Creates the exception for a refusal met while replaying a history.</summary>
    /// <param name="refusal">The refusal.</param>
    /// <param name="eventIndex">The position (from 0) in the history of the event that broke the rule.</param>
    public DomainRuleException(Refusal refusal, int eventIndex)
        : base($"Event {Guard.Against.Negative(eventIndex)} of the history: {Guard.Against.Null(refusal).Message}")
    {
        Refusal = refusal;
        EventIndex = eventIndex;
    }

    /// <summary>Creates the exception for a broken rule, keeping the error that revealed it.</summary>
    /// <param name="ruleId">The stable rule id, for example <c>AGR-003</c>.</param>
    /// <param name="message">What was attempted, the state it met and what is allowed.</param>
    /// <param name="innerException">The error that revealed the broken rule.</param>
    public DomainRuleException(string ruleId, string message, Exception innerException)
        : base(message, innerException) => Refusal = new Refusal(ruleId, message);

    /// <summary>The stable id of the broken rule, for example <c>AGR-003</c>; listed in <see cref="RuleCatalog"/>.</summary>
    public string RuleId => Refusal.RuleId;

    /// <summary>The refusal: the rule id and what was tried.</summary>
    public Refusal Refusal { get; }

    /// <summary>
    /// When the rule was broken by a replayed history, the position (from 0) of the event that broke it; otherwise
    /// <see langword="null"/>. A store names the event's version from it, a document reader its path.
    /// </summary>
    public int? EventIndex { get; }
}

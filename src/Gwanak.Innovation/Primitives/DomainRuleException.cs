using System;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Thrown when an operation would break a rule of the domain (a regulation, an agreement's lifecycle, a capacity).
/// </summary>
/// <remarks>
/// The <see cref="RuleId"/> is stable across versions so that a portal can map it to its own screens and
/// translations; every id is listed with its meaning in <c>docs/rules.md</c>. The message says what was
/// attempted, the state it met and what is allowed.
/// </remarks>
public sealed class DomainRuleException : InvalidOperationException
{
    /// <summary>Creates the exception for a broken rule.</summary>
    /// <param name="ruleId">The stable rule id, for example <c>AGR-003</c>.</param>
    /// <param name="message">What was attempted, the state it met and what is allowed.</param>
    public DomainRuleException(string ruleId, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        RuleId = ruleId;
    }

    /// <summary>Creates the exception for a broken rule, keeping the error that revealed it.</summary>
    /// <param name="ruleId">The stable rule id, for example <c>AGR-003</c>.</param>
    /// <param name="message">What was attempted, the state it met and what is allowed.</param>
    /// <param name="innerException">The error that revealed the broken rule.</param>
    public DomainRuleException(string ruleId, string message, Exception innerException)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        RuleId = ruleId;
    }

    /// <summary>The stable id of the broken rule, for example <c>AGR-003</c>; listed in <c>docs/rules.md</c>.</summary>
    public string RuleId { get; }
}

using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Why a transition cannot happen: the rule it would break and what was tried. A refusal is a value, cheap to make, so
/// a screen can ask before it acts (<c>Try…</c> transitions return it in their <see cref="Decision{T}"/>); the
/// throwing transitions wrap it in a <see cref="DomainRuleException"/>.
/// </summary>
public sealed record Refusal
{
    /// <summary>Creates a refusal.</summary>
    /// <param name="ruleId">The stable rule id, for example <c>AGR-004</c>; listed in <see cref="RuleCatalog"/>.</param>
    /// <param name="message">What was attempted, the state it met and what is allowed.</param>
    /// <exception cref="System.ArgumentException">The rule id or the message is empty.</exception>
    public Refusal(string ruleId, string message)
    {
        RuleId = Guard.Against.NullOrWhiteSpace(ruleId);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>The stable id of the broken rule, for example <c>AGR-004</c>.</summary>
    public string RuleId { get; }

    /// <summary>What was attempted, the state it met and what is allowed, in English.</summary>
    public string Message { get; }

    /// <summary>The rule in the catalogue, with its meaning in Korean and English and its source.</summary>
    /// <remarks><see langword="null"/> only for an id the catalogue does not hold, which the library never makes.</remarks>
    public DomainRule? Rule => RuleCatalog.Find(RuleId);

    /// <summary>The exception the throwing transitions raise for this refusal.</summary>
    /// <returns>A <see cref="DomainRuleException"/> carrying this refusal.</returns>
    public DomainRuleException ToException() => new(this);

    /// <summary>The rule id and the message.</summary>
    /// <returns>For example <c>AGR-004: Cannot record a second signature…</c>.</returns>
    public override string ToString() => $"{RuleId}: {Message}";
}

using System;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// The three forms of a transition (<c>CanX</c>, <c>TryX</c>, <c>X</c>) come from one decision, so for the same arguments
/// they give one answer; the property tests of every aggregate take each generated step through this check.
/// </summary>
internal static class TransitionForms
{
    /// <summary>
    /// Asserts that <c>CanX</c> answers what <c>TryX</c> decides, and that <c>X</c> returns the same aggregate when accepted
    /// and throws the same rule id when refused.
    /// </summary>
    /// <returns>The decision of <c>TryX</c>.</returns>
    public static Decision<T> Agree<T>(Func<bool> can, Func<Decision<T>> tryX, Func<T> x)
        where T : class
    {
        bool allowed = can();
        var decision = tryX();
        Assert.Equal(allowed, decision.IsAccepted);
        if (decision.TryGetValue(out var after))
        {
            Assert.Equal(after, x());
        }
        else
        {
            Assert.Equal(decision.Refusal!.RuleId, Assert.Throws<DomainRuleException>(() => x()).RuleId);
        }

        return decision;
    }

    /// <summary>One step of a generated run through <see cref="Agree"/>: the aggregate after it, or the one before when refused.</summary>
    /// <returns>The aggregate after the step.</returns>
    public static T Step<T>(T before, Func<T, bool> can, Func<T, Decision<T>> tryX, Func<T, T> x)
        where T : class
        => Agree(() => can(before), () => tryX(before), () => x(before)).TryGetValue(out var after) ? after : before;
}

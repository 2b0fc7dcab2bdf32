using System;
using System.Linq;
using System.Reflection;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// <see cref="TransitionAttribute"/> is what the GWI0001 analyzer reads, so it sits on exactly the methods whose result
/// is the new state: every public instance method that returns a new value of its own type or a <see cref="Decision{T}"/>,
/// and nothing else.
/// </summary>
public sealed class TransitionAttributeTests
{
    private static readonly MethodInfo[] PublicInstanceMethods = [.. typeof(TransitionAttribute).Assembly.GetExportedTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal))];

    [Fact]
    public void Every_method_returning_a_new_value_of_its_own_type_or_a_decision_is_a_transition()
    {
        var unmarked = PublicInstanceMethods
            .Where(m => ReturnsNewState(m) && m.GetCustomAttribute<TransitionAttribute>() is null)
            .Select(Describe)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(unmarked.Length == 0, "Without [Transition]:\n" + string.Join("\n", unmarked));
    }

    [Fact]
    public void Only_such_methods_are_transitions()
    {
        var misplaced = typeof(TransitionAttribute).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<TransitionAttribute>() is not null && (m.IsStatic || !m.IsPublic || !ReturnsNewState(m)))
            .Select(Describe)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(misplaced.Length == 0, "[Transition] on a method that does not return the new state:\n" + string.Join("\n", misplaced));
    }

    [Fact]
    public void The_model_has_transitions_of_both_forms()
    {
        var transitions = PublicInstanceMethods.Where(m => m.GetCustomAttribute<TransitionAttribute>() is not null).ToArray();

        Assert.Contains(transitions, m => m.ReturnType == m.DeclaringType);
        Assert.Contains(transitions, m => IsDecision(m.ReturnType));
    }

    private static bool ReturnsNewState(MethodInfo method)
        => method.ReturnType == method.DeclaringType || IsDecision(method.ReturnType);

    private static bool IsDecision(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Decision<>);

    private static string Describe(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name} returning {method.ReturnType.Name}";
}

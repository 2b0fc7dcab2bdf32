using System;
using System.Diagnostics.CodeAnalysis;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// The answer of a <c>Try…</c> transition: the new aggregate, or the <see cref="Primitives.Refusal"/> that says which
/// rule stopped it. Nothing changes either way; the aggregate asked is immutable.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
public readonly struct Decision<T>
    where T : class
{
    private readonly T? value;

    internal Decision(T value) => this.value = value;

    internal Decision(Refusal refusal) => Refusal = refusal;

    /// <summary>True when the transition happened and <see cref="Value"/> holds the new aggregate.</summary>
    [MemberNotNullWhen(true, nameof(value))]
    public bool IsAccepted => value is not null;

    /// <summary>The refusal, when a rule stopped the transition; otherwise <see langword="null"/>.</summary>
    public Refusal? Refusal { get; }

    /// <summary>The new aggregate.</summary>
    /// <exception cref="DomainRuleException">The transition was refused; the exception carries the <see cref="Refusal"/>.</exception>
    /// <exception cref="InvalidOperationException">The decision is the <see langword="default"/> value, made by no transition.</exception>
    public T Value => value ?? throw (Refusal?.ToException() ?? new InvalidOperationException("This decision is the default value: no transition made it."));

    /// <summary>The new aggregate, when the transition happened.</summary>
    /// <param name="aggregate">The new aggregate, or <see langword="null"/> when refused.</param>
    /// <returns><see langword="true"/> when accepted.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? aggregate)
    {
        aggregate = value;
        return value is not null;
    }

    /// <summary>Accepted, or the refusal.</summary>
    /// <returns>For example <c>accepted</c> or <c>refused: AGR-004: …</c>.</returns>
    public override string ToString() => IsAccepted ? "accepted" : Refusal is { } r ? $"refused: {r}" : "no decision";
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Agreements;

/// <summary>Whether an agreement binds its parties, and which clauses bind when the rest does not.</summary>
/// <remarks>
/// Source: an MOU usually records intentions that do not bind, except named clauses such as confidentiality
/// or governing law (DESIGN §3).
/// </remarks>
public sealed record AgreementBinding
{
    private AgreementBinding(bool isBinding, ImmutableArray<string> clauses)
    {
        IsBinding = isBinding;
        BindingClauses = clauses;
    }

    /// <summary>An agreement that binds as a whole.</summary>
    public static AgreementBinding Binding { get; } = new(true, []);

    /// <summary>An agreement that does not bind at all.</summary>
    public static AgreementBinding NonBinding { get; } = new(false, []);

    /// <summary>True when the agreement binds as a whole.</summary>
    public bool IsBinding { get; }

    /// <summary>The clauses that bind although the agreement as a whole does not, for example <c>confidentiality</c>.</summary>
    public IReadOnlyList<string> BindingClauses { get; }

    /// <summary>An agreement that does not bind except the named clauses.</summary>
    /// <param name="clauses">The binding clauses, for example <c>confidentiality</c>.</param>
    /// <returns>The binding.</returns>
    /// <exception cref="ArgumentException">No clause is given or a clause is empty.</exception>
    public static AgreementBinding NonBindingExcept(params string[] clauses)
    {
        Guard.Against.NullOrEmpty(clauses);
        return new(false, clauses.Select(c => Guard.Against.NullOrWhiteSpace(c, nameof(clauses)).Trim()).Distinct(StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>True when the other binding is the same.</summary>
    /// <param name="other">The other binding.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(AgreementBinding? other)
        => other is not null && IsBinding == other.IsBinding && BindingClauses.SequenceEqual(other.BindingClauses, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsBinding, BindingClauses.Count);

    /// <summary>A short description.</summary>
    /// <returns>For example <c>non-binding except confidentiality</c>.</returns>
    public override string ToString()
        => IsBinding ? "binding" : BindingClauses.Count == 0 ? "non-binding" : "non-binding except " + string.Join(", ", BindingClauses);
}

using System;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Agreements;

/// <summary>Whether an agreement binds its parties, and which clauses bind when the rest does not.</summary>
/// <remarks>
/// Source: an MOU usually records intentions that do not bind, except named clauses such as confidentiality
/// or governing law (MOU practice, docs/domain.md).
/// </remarks>
public sealed record AgreementBinding
{
    /// <summary>Creates a binding.</summary>
    /// <param name="isBinding">True when the agreement binds as a whole.</param>
    /// <param name="bindingClauses">
    /// The clauses that bind although the agreement as a whole does not, for example <c>confidentiality</c>; none when
    /// <paramref name="isBinding"/> is true. Each is trimmed and kept once, in the order given.
    /// </param>
    /// <exception cref="ArgumentException">
    /// A clause is null or blank, or clauses are named for an agreement that binds as a whole.
    /// </exception>
    public AgreementBinding(bool isBinding, EquatableArray<string> bindingClauses = default)
    {
        if (isBinding && !bindingClauses.IsEmpty)
        {
            throw new ArgumentException($"An agreement that binds as a whole has no separate binding clauses (given: {string.Join(", ", bindingClauses)}).", nameof(bindingClauses));
        }

        IsBinding = isBinding;
        BindingClauses = bindingClauses.IsEmpty
            ? bindingClauses
            : [.. bindingClauses.Select(c => Guard.Against.NullOrWhiteSpace(c, nameof(bindingClauses)).Trim()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>An agreement that binds as a whole.</summary>
    public static AgreementBinding Binding { get; } = new(true);

    /// <summary>An agreement that does not bind at all.</summary>
    public static AgreementBinding NonBinding { get; } = new(false);

    /// <summary>True when the agreement binds as a whole.</summary>
    public bool IsBinding { get; }

    /// <summary>The clauses that bind although the agreement as a whole does not, for example <c>confidentiality</c>.</summary>
    public EquatableArray<string> BindingClauses { get; }

    /// <summary>An agreement that does not bind except the named clauses.</summary>
    /// <param name="clauses">The binding clauses, for example <c>confidentiality</c>; at least one.</param>
    /// <returns>The binding.</returns>
    /// <exception cref="ArgumentException">No clause is given or a clause is empty.</exception>
    public static AgreementBinding NonBindingExcept(params string[] clauses)
    {
        Guard.Against.NullOrEmpty(clauses);
        foreach (var clause in clauses)
        {
            Guard.Against.NullOrWhiteSpace(clause, nameof(clauses));
        }

        return new(false, [.. clauses]);
    }

    /// <summary>A short description.</summary>
    /// <returns>For example <c>non-binding except confidentiality</c>.</returns>
    public override string ToString()
        => IsBinding ? "binding" : BindingClauses.IsEmpty ? "non-binding" : "non-binding except " + string.Join(", ", BindingClauses);
}

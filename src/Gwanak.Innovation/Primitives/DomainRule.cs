using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A rule of the domain as the <see cref="RuleCatalog"/> lists it: its stable id, the context it belongs to, what breaking
/// it means in Korean and English, and the law, notice or standard it comes from.
/// </summary>
public sealed class DomainRule
{
    internal DomainRule(string id, string context, LocalizedText meaning, string source, string? replacedBy = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Context = Guard.Against.NullOrWhiteSpace(context);
        Meaning = Guard.Against.Null(meaning);
        Source = Guard.Against.NullOrWhiteSpace(source);
        ReplacedBy = replacedBy;
    }

    /// <summary>The stable id, for example <c>AGR-004</c>: never reused for another meaning.</summary>
    public string Id { get; }

    /// <summary>The context (the library's namespace) the rule belongs to, for example <c>Agreements</c>.</summary>
    public string Context { get; }

    /// <summary>What breaking the rule means, in Korean and English.</summary>
    public LocalizedText Meaning { get; }

    /// <summary>Where the rule comes from: a law and its article, a notice, a standard, or the model's own invariant.</summary>
    public string Source { get; }

    /// <summary>For a retired id, the id that took its meaning over; <see langword="null"/> for a rule in force.</summary>
    public string? ReplacedBy { get; }

    /// <summary>The id and the English meaning.</summary>
    /// <returns>For example <c>AGR-004: A party tried to sign a second time.</c>.</returns>
    public override string ToString() => $"{Id}: {Meaning.English}";
}

using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Agreements;

/// <summary>What one party of an agreement undertakes to do.</summary>
public sealed record Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="party">The party that undertakes it.</param>
    /// <param name="category">The category.</param>
    /// <param name="description">What exactly, for example <c>관내 기업의 미국 시장 진출 지원</c>.</param>
    /// <exception cref="ArgumentException">The party is default, the category undefined or the description null.</exception>
    public Commitment(OrganizationId party, CommitmentCategory category, LocalizedText description)
    {
        Party = Guard.Against.Default(party);
        Category = Guard.Against.EnumOutOfRange(category);
        Description = Guard.Against.Null(description);
    }

    /// <summary>The party that undertakes it.</summary>
    public OrganizationId Party { get; }

    /// <summary>The category.</summary>
    public CommitmentCategory Category { get; }

    /// <summary>What exactly.</summary>
    public LocalizedText Description { get; }

    /// <summary>The party, category and description.</summary>
    /// <returns>For example <c>kaccoc: MarketEntrySupport — ...</c>.</returns>
    public override string ToString() => $"{Party}: {Category} — {Description.English}";

    /// <summary>The commitments of a draft or an amendment, refusing a missing one.</summary>
    internal static EquatableArray<Commitment> RequireAll(EquatableArray<Commitment> commitments, string name)
    {
        foreach (var c in commitments)
        {
            if (c is null)
            {
                throw new ArgumentException("A commitment is missing (null).", name);
            }
        }

        return commitments;
    }
}

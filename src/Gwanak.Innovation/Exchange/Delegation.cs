using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>A delegation (대표단) sent on a trip: its purpose, its members and how many they were.</summary>
/// <remarks>
/// Press reports often give the size without every name (the seed: "관악구 대표단 8명", naming only the district
/// mayor), so the size can be stated beyond the members listed.
/// </remarks>
public sealed class Delegation
{
    private readonly ImmutableArray<PersonInRole> members;

    /// <summary>Creates a delegation.</summary>
    /// <param name="purpose">What it is sent to do.</param>
    /// <param name="members">The members listed, head first.</param>
    /// <param name="size">The number of members when more than those listed; defaults to the number listed.</param>
    /// <exception cref="ArgumentException">A value is null, there is no member, or <paramref name="size"/> is less than the members listed.</exception>
    public Delegation(LocalizedText purpose, IEnumerable<PersonInRole> members, int? size = null)
    {
        Purpose = Guard.Against.Null(purpose);
        Guard.Against.Null(members);
        this.members = [.. members];
        Guard.Against.Expression(n => n == 0, this.members.Length, "A delegation has at least one member.", nameof(members));
        Guard.Against.Expression(n => n > 0, this.members.Count(m => m is null), "A member is null.", nameof(members));
        if (size is { } s && s < this.members.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(size), s, $"The size {s} is less than the {this.members.Length} members listed.");
        }

        Size = size ?? this.members.Length;
    }

    /// <summary>What it is sent to do.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>The members listed, head first.</summary>
    public IReadOnlyList<PersonInRole> Members => members;

    /// <summary>The head of the delegation: the first member listed.</summary>
    public PersonInRole Head => members[0];

    /// <summary>How many members the delegation had.</summary>
    public int Size { get; }
}

using System;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>A delegation (대표단) sent on a trip: its purpose, its members and how many they were.</summary>
/// <remarks>
/// Press reports often give the size without every name ("관악구 대표단 8명", naming only the district mayor, in the
/// press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23), so the size can be stated beyond the members listed.
/// </remarks>
public sealed class Delegation : IEquatable<Delegation>
{
    /// <summary>Creates a delegation.</summary>
    /// <param name="purpose">What it is sent to do.</param>
    /// <param name="members">The members listed, head first.</param>
    /// <param name="size">How many members the delegation had: at least the members listed, more when not every member is named.</param>
    /// <exception cref="ArgumentException">A value is null, there is no member, or <paramref name="size"/> is less than the members listed.</exception>
    public Delegation(LocalizedText purpose, EquatableArray<PersonInRole> members, int size)
    {
        Purpose = Guard.Against.Null(purpose);
        Guard.Against.Expression(n => n == 0, members.Count, "A delegation has at least one member.", nameof(members));
        Guard.Against.Expression(n => n > 0, members.Count(m => m is null), "A member is null.", nameof(members));
        if (size < members.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"The size {size} is less than the {members.Count} members listed.");
        }

        Members = members;
        Size = size;
    }

    /// <summary>What it is sent to do.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>The members listed, head first.</summary>
    public EquatableArray<PersonInRole> Members { get; }

    /// <summary>The head of the delegation: the first member listed.</summary>
    public PersonInRole Head => Members[0];

    /// <summary>How many members the delegation had.</summary>
    public int Size { get; }

    /// <inheritdoc/>
    public bool Equals(Delegation? other) => other is not null && Purpose.Equals(other.Purpose) && Members == other.Members && Size == other.Size;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Delegation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Purpose, Members, Size);
}

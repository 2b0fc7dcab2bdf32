using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>Something to do after a visit, by a day.</summary>
public sealed record FollowUp
{
    /// <summary>Creates a follow-up.</summary>
    /// <param name="action">What to do.</param>
    /// <param name="due">By when.</param>
    /// <param name="with">The organisation it is done with, if any.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="action"/> is null.</exception>
    public FollowUp(LocalizedText action, LocalDate due, OrganizationId? with = null)
    {
        Action = Guard.Against.Null(action);
        Due = due;
        With = with;
    }

    /// <summary>What to do.</summary>
    public LocalizedText Action { get; }

    /// <summary>By when.</summary>
    public LocalDate Due { get; }

    /// <summary>The organisation it is done with, if any.</summary>
    public OrganizationId? With { get; }
}

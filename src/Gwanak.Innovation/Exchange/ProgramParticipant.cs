using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>A participant of an exchange programme: a person (personal data) and, when useful, the school or organisation sending them.</summary>
public sealed record ProgramParticipant
{
    /// <summary>Creates a participant.</summary>
    /// <param name="name">The name; personal data.</param>
    /// <param name="sentBy">The school or organisation sending the person, if any.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ProgramParticipant(PersonName name, OrganizationId? sentBy = null)
    {
        Name = Guard.Against.Null(name);
        SentBy = sentBy;
    }

    /// <summary>The name.</summary>
    [PersonalData]
    public PersonName Name { get; }

    /// <summary>The school or organisation sending the person, if any.</summary>
    public OrganizationId? SentBy { get; }

    /// <summary>A text that never shows the name.</summary>
    /// <returns>For example <c>participant sent by snu</c>.</returns>
    public override string ToString() => SentBy is { } s ? $"participant sent by {s}" : "participant";
}

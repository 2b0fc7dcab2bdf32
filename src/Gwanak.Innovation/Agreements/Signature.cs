using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;
using NodaTime.Text;

namespace Gwanak.Innovation.Agreements;

/// <summary>One party's signature on an agreement: who signed for it, and when and where.</summary>
/// <remarks>
/// The moment is a <see cref="ZonedDateTime"/> so that a signing in Los Angeles and one in Seoul are both
/// recorded in their own local time; the signature is dated on the local date at the place of signing.
/// </remarks>
public sealed record Signature
{
    /// <summary>Creates a signature.</summary>
    /// <param name="party">The party signing.</param>
    /// <param name="signatory">The person who signed for the party; personal data.</param>
    /// <param name="signedAt">The moment of signing in the zone where it happened.</param>
    /// <exception cref="System.ArgumentException">The party is default or the signatory null.</exception>
    public Signature(OrganizationId party, PersonName signatory, ZonedDateTime signedAt)
    {
        Party = Guard.Against.Default(party);
        Signatory = Guard.Against.Null(signatory);
        SignedAt = signedAt;
    }

    /// <summary>The party signing.</summary>
    public OrganizationId Party { get; }

    /// <summary>The person who signed for the party. Personal data: exports may leave it out.</summary>
    [PersonalData]
    public PersonName Signatory { get; }

    /// <summary>The moment of signing in the zone where it happened.</summary>
    public ZonedDateTime SignedAt { get; }

    /// <summary>The local date at the place of signing.</summary>
    public LocalDate Date => SignedAt.Date;

    /// <summary>The party and the moment, without the signatory's name.</summary>
    /// <returns>For example <c>kaccoc at 2023-07-07T14:00:00 America/Los_Angeles (-07)</c>.</returns>
    public override string ToString()
        => $"{Party} at {ZonedDateTimePattern.GeneralFormatOnlyIso.Format(SignedAt)}";
}

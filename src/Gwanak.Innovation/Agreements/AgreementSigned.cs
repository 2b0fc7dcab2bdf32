using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Agreements;

/// <summary>A party signed the agreement; it is dated on the local date at the place of signing.</summary>
/// <remarks>Whether it was the last signature is not recorded: the agreement knows it from its parties.</remarks>
[EventType("agreement.signed")]
public sealed record AgreementSigned : AgreementEvent
{
    /// <summary>Records a signature.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="signature">The signature, with the zoned moment that dates it.</param>
    /// <exception cref="System.ArgumentException">The id is default or the signature null.</exception>
    public AgreementSigned(AgreementId agreement, Signature signature)
        : base(agreement, Guard.Against.Null(signature).Date) => Signature = signature;

    /// <summary>The signature.</summary>
    public Signature Signature { get; }
}

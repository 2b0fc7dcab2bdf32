namespace Gwanak.Innovation.Agreements;

/// <summary>A party signed the agreement.</summary>
public sealed record AgreementSigned : AgreementEvent
{
    internal AgreementSigned(Signature signature, bool completesSigning)
        : base(signature.Date)
    {
        Signature = signature;
        CompletesSigning = completesSigning;
    }

    /// <summary>The signature.</summary>
    public Signature Signature { get; }

    /// <summary>True when this was the last party's signature, so the agreement is now signed by all.</summary>
    public bool CompletesSigning { get; }

    /// <summary>One line of a timeline; the signatory's name is left out as personal data.</summary>
    /// <returns>The date, the party and the moment.</returns>
    public override string ToString()
        => $"{Day}  signed by {Signature}" + (CompletesSigning ? "; signed by every party" : string.Empty);
}

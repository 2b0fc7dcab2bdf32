namespace Gwanak.Innovation.Agreements;

/// <summary>The stable ids of the rules about agreements; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
/// <remarks>
/// Source: the lifecycle of an MOU (parties, signature by every party, effective date, term, renewal, notice;
/// docs/domain.md) and the OCDS contract statuses it is published under: a contract is <c>cancelled</c> only before
/// it was signed and <c>terminated</c> only after it was in force
/// (https://standard.open-contracting.org/latest/en/schema/codelists/#contract-status). AGR-013 keeps the history
/// in date order so that any date's status is the fold of the events up to it. AGR-016 to AGR-018 govern notice of
/// non-renewal (갱신 거절), whose last day is counted back from the expiry of the term as the Civil Code counts periods
/// (민법 제157조, 제159조, 제160조; docs/domain.md, "Periods"). AGR-015 is retired (merged into HIS-001) and not reused.
/// </remarks>
public static class AgreementRules
{
    /// <summary>An agreement was drafted with fewer than two parties.</summary>
    public const string TooFewParties = "AGR-001";

    /// <summary>A commitment names an organisation that is not a party.</summary>
    public const string CommitmentByNonParty = "AGR-002";

    /// <summary>An organisation that is not a party tried to sign.</summary>
    public const string SignatureByNonParty = "AGR-003";

    /// <summary>A party tried to sign a second time.</summary>
    public const string PartySignedTwice = "AGR-004";

    /// <summary>A signature was given while the agreement was not open for signature (a draft not under negotiation, or cancelled).</summary>
    public const string NotOpenForSignature = "AGR-005";

    /// <summary>Negotiation was started on an agreement that is no longer a draft.</summary>
    public const string NegotiationNotFromDraft = "AGR-006";

    /// <summary>An agreement was cancelled after every party had signed, or cancelled twice.</summary>
    public const string CancelOnlyBeforeSigning = "AGR-007";

    /// <summary>Termination notice was given on an agreement that is not signed, or has already ended.</summary>
    public const string TerminationNotAllowed = "AGR-008";

    /// <summary>Termination notice was given a second time.</summary>
    public const string TerminationNoticeAlreadyGiven = "AGR-009";

    /// <summary>An agreement was renewed that is not signed, has ended, or is under notice of termination or non-renewal.</summary>
    public const string RenewalNotAllowed = "AGR-010";

    /// <summary>An agreement was amended that is partly signed, cancelled or ended.</summary>
    public const string AmendmentNotAllowed = "AGR-011";

    /// <summary>An amendment tried to move the effective date or the initial term of a signed agreement (for a term from signing, also how it counts the day of signing).</summary>
    public const string AmendmentMovesTerm = "AGR-012";

    /// <summary>An event was dated before the last event in the agreement's history, or a signature was given before the one recorded ahead of it.</summary>
    public const string EventOutOfOrder = "AGR-013";

    /// <summary>An organisation that is not a party tried to give notice of termination or of non-renewal.</summary>
    public const string NoticeByNonParty = "AGR-014";

    /// <summary>Notice of non-renewal was given on an agreement that does not renew itself, is not signed by every party, was cancelled or has ended.</summary>
    public const string NonRenewalNotAllowed = "AGR-016";

    /// <summary>Notice of non-renewal was given a second time, or on an agreement under termination notice.</summary>
    public const string NonRenewalNoticeAlreadyGiven = "AGR-017";

    /// <summary>Notice of non-renewal was given after the last notice day before the renewal at the end of the running term.</summary>
    public const string NonRenewalNoticeTooLate = "AGR-018";
}

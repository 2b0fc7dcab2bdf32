namespace Gwanak.Innovation.Agreements;

/// <summary>The rule ids of the agreements context, as carried by <see cref="Primitives.DomainRuleException.RuleId"/>.</summary>
/// <remarks>
/// Source: the lifecycle of an MOU (parties, signature by every party, effective date, term, renewal, notice,
/// DESIGN §3) and the OCDS contract statuses it is published under: a contract is <c>cancelled</c> only before
/// it was signed and <c>terminated</c> only after it was in force
/// (https://standard.open-contracting.org/latest/en/schema/codelists/#contract-status). AGR-013 keeps the history
/// in date order so that any date's status is the fold of the events up to it.
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

    /// <summary>An agreement was renewed that is not signed, has ended, or is under termination notice.</summary>
    public const string RenewalNotAllowed = "AGR-010";

    /// <summary>An agreement was amended that is partly signed, cancelled or ended.</summary>
    public const string AmendmentNotAllowed = "AGR-011";

    /// <summary>An amendment tried to move the effective date or the initial term of a signed agreement.</summary>
    public const string AmendmentMovesTerm = "AGR-012";

    /// <summary>An event was dated before the last event in the agreement's history, or a signature was given before the one recorded ahead of it.</summary>
    public const string EventOutOfOrder = "AGR-013";

    /// <summary>An organisation that is not a party tried to give termination notice.</summary>
    public const string NoticeByNonParty = "AGR-014";

    /// <summary>A history to replay is empty, does not start with the agreement's draft, or drafts it twice.</summary>
    public const string HistoryMustStartWithDraft = "AGR-015";
}

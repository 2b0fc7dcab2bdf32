using System;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The Open Contracting Data Standard codes for an agreement's status, so that a district can publish its
/// agreements as open contracting data.
/// </summary>
/// <remarks>
/// Source: OCDS 1.1 codelist <c>contractStatus</c> (https://standard.open-contracting.org/latest/en/schema/codelists/#contract-status):
/// pending (proposed, not yet in force, possibly awaiting signature), active (signed by all parties and in
/// force), cancelled (cancelled before being signed), terminated (signed and in force, now come to a close,
/// by completion or early termination). The final statuses of the same standard (terminatedSuccessfully,
/// terminatedEarly, cancelled) tell the closings apart.
/// </remarks>
public static class OcdsContractStatus
{
    /// <summary>The OCDS <c>contractStatus</c> code of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns><c>pending</c>, <c>active</c>, <c>terminated</c> or <c>cancelled</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status is not defined.</exception>
    public static string Code(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft or AgreementStatus.UnderNegotiation or AgreementStatus.Signed => "pending",
        AgreementStatus.InForce => "active",
        AgreementStatus.Expired or AgreementStatus.Terminated => "terminated",
        AgreementStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an agreement status."),
    };

    /// <summary>The OCDS final status code of a closed agreement.</summary>
    /// <param name="status">The status.</param>
    /// <returns>
    /// <c>terminatedSuccessfully</c> for an agreement that ran its term, <c>terminatedEarly</c> for one ended by
    /// notice, <c>cancelled</c> for one cancelled before signing, <see langword="null"/> while it is not closed.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The status is not defined.</exception>
    public static string? FinalStatusCode(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft or AgreementStatus.UnderNegotiation or AgreementStatus.Signed or AgreementStatus.InForce => null,
        AgreementStatus.Expired => "terminatedSuccessfully",
        AgreementStatus.Terminated => "terminatedEarly",
        AgreementStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an agreement status."),
    };
}

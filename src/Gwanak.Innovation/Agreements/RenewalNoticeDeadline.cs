using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The last day a party can give notice (of non-renewal, or of termination) so that an agreement ends with its term instead
/// of renewing itself, as <see cref="Agreement.NextRenewalNoticeDeadlineOn"/>, <see cref="AgreementRenewalSchedule"/> and
/// <see cref="AgreementPortfolio.RenewalNoticeDeadlinesWithin"/> compute it from the agreement's terms.
/// </summary>
/// <remarks>
/// The common MOU clause "renewed automatically unless a party gives three months' written notice before expiry" is counted
/// from the expiry, the last day of the term: the deadline is the last day whose notice period, counted from it as the Civil
/// Code counts it (민법 제157조, 제159조, 제160조) or as the terms say (<see cref="AgreementTerms.Counting"/>), has run by the
/// end of that day. A term ending 2026-07-10 that renews on 2026-07-11 with three months' notice has 2026-04-10 as its
/// deadline; notice given on 2026-04-11 comes too late (docs/domain.md, "Periods"). A value type, so that a portfolio's
/// list of deadlines holds them without an object each.
/// </remarks>
public readonly record struct RenewalNoticeDeadline
{
    internal RenewalNoticeDeadline(AgreementId agreement, LocalDate deadline, LocalDate renewalDate)
    {
        Agreement = agreement;
        Deadline = deadline;
        RenewalDate = renewalDate;
    }

    /// <summary>The agreement.</summary>
    public AgreementId Agreement { get; }

    /// <summary>The last day to give notice; notice given on it has run by the end of the day before <see cref="RenewalDate"/>.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The day the agreement renews itself unless notice was given.</summary>
    public LocalDate RenewalDate { get; }
}

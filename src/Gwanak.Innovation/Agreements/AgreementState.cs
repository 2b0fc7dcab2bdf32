using System.Collections.Generic;
using System.Collections.Immutable;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The recorded state of an agreement right after one event of its history, and the answers that follow from
/// it for any later date on which no further event happened.
/// </summary>
/// <remarks>
/// <see cref="Anchor"/> counts the term as last set by an event (draft, explicit renewal, or an amendment of
/// the renewal period); automatic renewals are counted from it by <see cref="RenewalSchedule"/>.
/// </remarks>
internal sealed record AgreementState(
    LocalDate Date,
    AgreementTerms Terms,
    ImmutableArray<Commitment> Commitments,
    ImmutableArray<Signature> Signatures,
    bool NegotiationStarted,
    LocalDate? FullySignedOn,
    LocalDate? CancelledOn,
    OrganizationId? NoticeBy,
    LocalDate? NoticeGivenOn,
    LocalDate? TerminationEffectiveOn,
    TermAnchor Anchor)
{
    // Computed on each call, never stored: a 'with' copy would keep a stored value from the old terms.
    public int RenewalMonths => Terms.AutomaticRenewal is { } r ? RenewalSchedule.MonthsOf(r) : 0;

    public int RenewalDays => Terms.AutomaticRenewal is { } r ? RenewalSchedule.DaysOf(r) : 0;

    public int NoticeMonths => RenewalSchedule.MonthsOf(Terms.TerminationNotice);

    public int NoticeDays => RenewalSchedule.DaysOf(Terms.TerminationNotice);

    public bool RenewsAutomatically => Terms.AutomaticRenewal is not null;

    /// <summary>The first day in force: the effective date, or the day the last party signed if later.</summary>
    public LocalDate? InForceFrom => FullySignedOn is { } signed ? LocalDate.Max(signed, Terms.EffectiveDate) : null;

    /// <summary>The first day after the term that runs on <paramref name="date"/>, after automatic renewals.</summary>
    public LocalDate BoundaryOn(LocalDate date)
    {
        if (!RenewsAutomatically)
        {
            return Anchor.First;
        }

        // A renewal happens on a boundary only while the agreement has not yet been terminated by then.
        LocalDate limit = TerminationEffectiveOn is { } t && t.PlusDays(-1) < date ? t.PlusDays(-1) : date;
        return RenewalSchedule.FirstAfter(Anchor, RenewalMonths, RenewalDays, limit);
    }

    public AgreementStatus StatusOn(LocalDate date)
    {
        if (CancelledOn is not null)
        {
            return AgreementStatus.Cancelled;
        }

        if (InForceFrom is not { } from)
        {
            return NegotiationStarted ? AgreementStatus.UnderNegotiation : AgreementStatus.Draft;
        }

        LocalDate boundary = BoundaryOn(date);
        if (TerminationEffectiveOn is { } t && date >= t && t <= boundary)
        {
            return AgreementStatus.Terminated;
        }

        if (date < from)
        {
            return AgreementStatus.Signed;
        }

        return date >= boundary ? AgreementStatus.Expired : AgreementStatus.InForce;
    }

    public LocalDate? ExpiryDateOn(LocalDate date)
    {
        if (CancelledOn is not null || FullySignedOn is null)
        {
            return null;
        }

        LocalDate boundary = BoundaryOn(date);
        LocalDate end = TerminationEffectiveOn is { } t && t <= boundary ? t : boundary;
        return end.PlusDays(-1);
    }

    public LocalDate? NextRenewalDateOn(LocalDate date)
    {
        if (!RenewsAutomatically || StatusOn(date) is not (AgreementStatus.Signed or AgreementStatus.InForce))
        {
            return null;
        }

        LocalDate boundary = BoundaryOn(date);
        return TerminationEffectiveOn is { } t && t <= boundary ? null : boundary;
    }

    /// <summary>Adds the renewal-notice deadlines falling within [from, to], as known on <paramref name="from"/>.</summary>
    public void AddRenewalNoticeDeadlines(AgreementId id, LocalDate from, LocalDate to, List<RenewalNoticeDeadline> into, bool firstOnly = false)
    {
        if (!RenewsAutomatically || NoticeGivenOn is not null || StatusOn(from) is not (AgreementStatus.Signed or AgreementStatus.InForce))
        {
            return;
        }

        AddDeadlines(id, Anchor, RenewalMonths, RenewalDays, NoticeMonths, NoticeDays, from, to, into, firstOnly);
    }

    /// <summary>The deadline loop, on plain values so that the portfolio can call it from its precomputed entries.</summary>
    public static void AddDeadlines(AgreementId id, TermAnchor anchor, int renewalMonths, int renewalDays, int noticeMonths, int noticeDays, LocalDate from, LocalDate to, List<RenewalNoticeDeadline> into, bool firstOnly)
    {
        LocalDate renewal = RenewalSchedule.FirstAfter(anchor, renewalMonths, renewalDays, from);
        while (true)
        {
            LocalDate deadline = RenewalSchedule.LastNoticeDay(renewal, noticeMonths, noticeDays);
            if (deadline > to)
            {
                return;
            }

            if (deadline >= from)
            {
                into.Add(new RenewalNoticeDeadline(id, deadline, renewal));
                if (firstOnly)
                {
                    return;
                }
            }

            renewal = RenewalSchedule.FirstAfter(anchor, renewalMonths, renewalDays, renewal);
        }
    }
}

using System.Collections.Generic;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The state of an agreement right after one event of its history, and the answers that follow from it for any
/// later date on which no further event happened.
/// </summary>
/// <remarks>
/// <see cref="Date"/> is the latest date of the events so far (a signature given in another zone may fall on an
/// earlier local date than the one before it), so the states of a history are in date order and the state on a
/// date is found by binary search. <see cref="Anchor"/> is the term as last set by an event (draft, last signature,
/// explicit renewal, or an amendment of the renewal period); the automatic renewals follow it as a chain of Civil Code
/// periods (<see cref="CivilCodePeriod.FirstStartAfter"/>). The notices, which few agreements receive, are kept apart
/// (<see cref="AgreementNotice"/>), so the state each event adds stays small.
/// </remarks>
internal sealed record AgreementState(
    LocalDate Date,
    AgreementTerms Terms,
    EquatableArray<Commitment> Commitments,
    AppendList<Signature> Signatures,
    bool NegotiationStarted,
    LocalDate? FullySignedOn,
    LocalDate? CancelledOn,
    TermAnchor Anchor,
    AgreementNotice? Termination = null,
    AgreementNotice? NonRenewal = null)
{
    /// <summary>The party that gave termination notice, if one did.</summary>
    public OrganizationId? NoticeBy => Termination?.By;

    /// <summary>The day termination notice was given, if it was.</summary>
    public LocalDate? NoticeGivenOn => Termination?.GivenOn;

    /// <summary>The first day terminated by the notice, if one was given.</summary>
    public LocalDate? TerminationEffectiveOn => Termination?.EffectiveOn;

    /// <summary>The party that gave notice of non-renewal, if one did.</summary>
    public OrganizationId? NonRenewalBy => NonRenewal?.By;

    /// <summary>The day notice of non-renewal was given, if it was.</summary>
    public LocalDate? NonRenewalGivenOn => NonRenewal?.GivenOn;

    /// <summary>The first day no longer in force by the notice of non-renewal, if one was given.</summary>
    public LocalDate? NonRenewalEffectiveOn => NonRenewal?.EffectiveOn;

    /// <summary>True while some parties have signed and others not, and the agreement was not cancelled: only signatures (or a cancellation) follow.</summary>
    public bool IsBeingSigned => Signatures.Count > 0 && FullySignedOn is null && CancelledOn is null;

    // Computed on each call, never stored: a 'with' copy would keep a stored value from the old terms.
    public int RenewalMonths => Terms.AutomaticRenewal is { } r ? CivilCodePeriod.MonthsOf(r) : 0;

    public int RenewalDays => Terms.AutomaticRenewal is { } r ? CivilCodePeriod.DaysOf(r) : 0;

    public int NoticeMonths => CivilCodePeriod.MonthsOf(Terms.TerminationNotice);

    public int NoticeDays => CivilCodePeriod.DaysOf(Terms.TerminationNotice);

    public bool RenewsAutomatically => Terms.AutomaticRenewal is not null;

    /// <summary>True when renewals lie ahead with no notice to stop them: renewing, signed by all, not cancelled, no termination or non-renewal notice.</summary>
    public bool HasRenewalsAhead => RenewsAutomatically && FullySignedOn is not null && CancelledOn is null && NoticeGivenOn is null && NonRenewalGivenOn is null;

    /// <summary>The first day of the term: the fixed effective date, or the day the last party signed when the term starts on signing.</summary>
    public LocalDate? EffectiveDate => Terms.EffectiveDate ?? FullySignedOn;

    /// <summary>The first day in force: the effective date, or the day the last party signed if later.</summary>
    public LocalDate? InForceFrom => FullySignedOn is { } signed ? LocalDate.Max(signed, Terms.EffectiveDate ?? signed) : null;

    /// <summary>The first day a notice ends the agreement on: the earlier of the termination and the end of the term by non-renewal.</summary>
    public LocalDate? StopsOn => TerminationEffectiveOn is { } t && (NonRenewalEffectiveOn is not { } n || t <= n) ? t : NonRenewalEffectiveOn;

    /// <summary>The first day no longer in force as this state stands: a notice's effect, or the end of a term that does not renew itself (none when that is after the calendar's last day).</summary>
    public LocalDate? EndsOn => FullySignedOn is null || CancelledOn is not null
        ? null
        : RenewsAutomatically || Anchor.First is not { } expired || (StopsOn is { } t && t <= expired)
            ? StopsOn
            : expired;

    public static AgreementState Drafted(AgreementDrafted d)
        => new(d.Date, d.Terms, d.Commitments, AppendList<Signature>.Empty, false, null, null, TermAnchor.Initial(d.Terms, null, d.Date)!.Value);

    /// <summary>
    /// After one more signature. Parties may sign in different zones, so a later signature can fall on an earlier
    /// local date: the agreement counts as signed on the latest local date among the signatures, and a term that starts
    /// on signing is counted from that date (one that would end beyond the calendar is refused first: <see cref="SignedAnchor"/>).
    /// </summary>
    public AgreementState Signed(Signature signature, int parties)
    {
        var signatures = Signatures.Add(signature);
        LocalDate day = SignedOn(signature);
        return signatures.Count == parties
            ? this with { Date = day, Signatures = signatures, FullySignedOn = day, Anchor = SignedAnchor(signature)!.Value }
            : this with { Date = day, Signatures = signatures };
    }

    /// <summary>The day the agreement counts as signed on with one more signature: the latest local date among them.</summary>
    public LocalDate SignedOn(Signature signature) => LocalDate.Max(Date, signature.Date);

    /// <summary>The term once <paramref name="signature"/> is the last one; <see langword="null"/> when a term from signing would start after the calendar's last day.</summary>
    public TermAnchor? SignedAnchor(Signature signature) => TermAnchor.Initial(Terms, SignedOn(signature), SignedOn(signature));

    /// <summary>After a termination notice: the notice period counted from the day it was given, terminated from the day after it ends (within the calendar: <see cref="TerminatedFrom"/>).</summary>
    public AgreementState Noticed(LocalDate date, OrganizationId by)
        => this with { Date = date, Termination = new(by, date, TerminatedFrom(date)!.Value) };

    /// <summary>After a notice of non-renewal: the agreement ends with the term running on the date (its end within the calendar, as decided).</summary>
    public AgreementState NonRenewed(LocalDate date, OrganizationId by)
        => this with { Date = date, NonRenewal = new(by, date, BoundaryOn(date)!.Value) };

    /// <summary>After an explicit renewal: the term running on the date extended (within the calendar: <see cref="RenewedAnchor"/>).</summary>
    public AgreementState Renewed(LocalDate date, Period extension) => this with { Date = date, Anchor = RenewedAnchor(date, extension)!.Value };

    /// <summary>The term after extending the one running on the date; <see langword="null"/> when it would end beyond the calendar.</summary>
    public TermAnchor? RenewedAnchor(LocalDate date, Period extension)
        => BoundaryOn(date) is { } from && TermAnchor.For(from, extension) is var anchor && TermAnchor.WithinCalendar(anchor) ? anchor : null;

    /// <summary>The first day terminated by notice given on the date; <see langword="null"/> when it falls after the calendar's last day.</summary>
    public LocalDate? TerminatedFrom(LocalDate givenOn) => NoticePeriodLastDay(givenOn) is { } last ? CivilCodePeriod.PlusDays(last, 1) : null;

    /// <summary>
    /// After an amendment. Before signing the term counts from the new terms; once signed, the term stays and a new
    /// renewal period counts from the end of the term running on the date.
    /// </summary>
    public AgreementState Amended(LocalDate date, AgreementTerms terms, EquatableArray<Commitment> commitments)
    {
        TermAnchor anchor = FullySignedOn is null
            ? TermAnchor.Initial(terms, null, date)!.Value
            : Equals(terms.AutomaticRenewal, Terms.AutomaticRenewal) ? Anchor : TermAnchor.At(BoundaryOn(date)!.Value);
        return this with { Date = date, Terms = terms, Commitments = commitments, Anchor = anchor };
    }

    /// <summary>The last day of the notice period of a notice given on a day, as the terms count it; <see langword="null"/> beyond the calendar.</summary>
    public LocalDate? NoticePeriodLastDay(LocalDate givenOn) => CivilCodePeriod.LastDayFrom(givenOn, NoticeMonths, NoticeDays, Terms.Counting);

    /// <summary>The last day on which notice ends the agreement by the end of the term before <paramref name="renewal"/> (its notice period has run by then); <see langword="null"/> when no day of the calendar is early enough.</summary>
    public LocalDate? NoticeDeadlineBefore(LocalDate renewal) => CivilCodePeriod.LatestDayEndingBy(renewal.PlusDays(-1), NoticeMonths, NoticeDays, Terms.Counting);

    /// <summary>The last day of the term that runs (or last ran) on <paramref name="date"/>, after automatic renewals; <see langword="null"/> when it ends beyond the calendar.</summary>
    public LocalDate? LastDayOn(LocalDate date)
    {
        if (!RenewsAutomatically || Anchor.First is not { } first)
        {
            return Anchor.LastDay;
        }

        // A renewal happens on a boundary only while no notice has ended the agreement by then.
        LocalDate limit = StopsOn is { } stop && stop.PlusDays(-1) < date ? stop.PlusDays(-1) : date;
        return CivilCodePeriod.LastDayOfChainOn(first, RenewalMonths, RenewalDays, limit);
    }

    /// <summary>The first day after the term that runs on <paramref name="date"/>, after automatic renewals; <see langword="null"/> when it falls after the calendar's last day.</summary>
    public LocalDate? BoundaryOn(LocalDate date) => LastDayOn(date) is { } last ? CivilCodePeriod.PlusDays(last, 1) : null;

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

        // No boundary: the term running on the date lasts through the calendar's last day.
        LocalDate? boundary = BoundaryOn(date);
        if (TerminationEffectiveOn is { } t && date >= t && (boundary is null || t <= boundary))
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

        LocalDate? last = LastDayOn(date);
        return TerminationEffectiveOn is { } t && (last is null || t.PlusDays(-1) <= last) ? t.PlusDays(-1) : last;
    }

    public LocalDate? NextRenewalDateOn(LocalDate date)
    {
        if (!RenewsAutomatically || StatusOn(date) is not (AgreementStatus.Signed or AgreementStatus.InForce))
        {
            return null;
        }

        return BoundaryOn(date) is not { } boundary || (StopsOn is { } stop && stop <= boundary) ? null : boundary;
    }

    public RenewalNoticeDeadline? NextRenewalNoticeDeadlineOn(AgreementId id, LocalDate date)
    {
        var found = new List<RenewalNoticeDeadline>(1);
        AddRenewalNoticeDeadlines(id, date, LocalDate.MaxIsoValue, found, firstOnly: true);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Adds the renewal-notice deadlines falling within [from, to], as known on <paramref name="from"/>.</summary>
    public void AddRenewalNoticeDeadlines(AgreementId id, LocalDate from, LocalDate to, List<RenewalNoticeDeadline> into, bool firstOnly = false)
    {
        if (!HasRenewalsAhead || StatusOn(from) is not (AgreementStatus.Signed or AgreementStatus.InForce))
        {
            return;
        }

        Schedule(id).AddNoticeDeadlines(from, to, into, firstOnly);
    }

    /// <summary>The stored facts of the renewals ahead (meaningful while <see cref="HasRenewalsAhead"/>).</summary>
    public AgreementRenewalSchedule Schedule(AgreementId id)
        => new(id, Anchor.Origin, Anchor.Months, Anchor.Days, RenewalMonths, RenewalDays, NoticeMonths, NoticeDays, Terms.Counting);
}

using System;
using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The questions an agreement answers for a date (one file of the class, for length).</summary>
public sealed partial class Agreement
{
    /// <summary>Where the agreement stands on a date, from the events up to that date and its terms; through 9999-12-31, the last day of the calendar, an agreement renewing itself stays in force.</summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public AgreementStatus StatusOn(LocalDate date) => StateOn(date).StatusOn(date);

    /// <summary>True when the agreement is in force on a date (false before it was drafted).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="StatusOn"/> is <see cref="AgreementStatus.InForce"/>.</returns>
    public bool IsInForceOn(LocalDate date) => date >= DraftedOn && StatusOn(date) == AgreementStatus.InForce;

    /// <summary>The last day of the term running (or last run) on a date after automatic renewals, or before a termination that takes effect first.</summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns>
    /// The day, or <see langword="null"/> while not every party has signed, when cancelled, or when the term running on the
    /// date ends after 9999-12-31, the last day of the calendar the library counts in (an agreement renewing itself reaches
    /// it; the agreement is then in force through the end of the calendar).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public LocalDate? ExpiryDateOn(LocalDate date) => StateOn(date).ExpiryDateOn(date);

    /// <summary>The day of the next automatic renewal after a date.</summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns>The day, or <see langword="null"/> when the agreement does not renew itself, is not signed, has ended or will be terminated first, or when the renewal would fall after 9999-12-31, the last day of the calendar the library counts in.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public LocalDate? NextRenewalDateOn(LocalDate date) => StateOn(date).NextRenewalDateOn(date);

    /// <summary>
    /// The first day, on or after a date, that is the last day to give notice (of non-renewal, or of termination) before an
    /// automatic renewal, and the renewal it prevents: the last day whose notice period, counted from it as the terms count
    /// it, has run by the end of the term (counted back from the expiry, not from the renewal day).
    /// </summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns>The deadline, or <see langword="null"/> when the agreement does not renew itself, is not signed, has ended or notice was already given, or when the renewal it would prevent falls after 9999-12-31, the last day of the calendar the library counts in.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public RenewalNoticeDeadline? NextRenewalNoticeDeadlineOn(LocalDate date) => StateOn(date).NextRenewalNoticeDeadlineOn(Id, date);

    /// <summary>The OCDS contract status code for the status on a date.</summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns><c>pending</c>, <c>active</c>, <c>terminated</c> or <c>cancelled</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public string OcdsStatusOn(LocalDate date) => OcdsContractStatus.Code(StatusOn(date));

    /// <summary>The history as a timeline: one line per event, dated first, with what followed from it (signed by every party, the day a termination takes effect, the new expiry date).</summary>
    /// <returns>For example <c>2026-02-10  termination notice given by kaccoc; terminated from 2026-05-11</c>.</returns>
    public IReadOnlyList<string> Timeline() => AgreementTimeline.Lines(this, states);

    /// <summary>
    /// The days the status changes, as the history stands: drafted, under negotiation, signed, in force, and then expired
    /// (also by notice of non-renewal), terminated or cancelled. The status on any day is that of the last change on or before it, so a portal can store
    /// these days and answer "the status on a date" without replaying (an agreement renewing itself with no notice given
    /// has no last change).
    /// </summary>
    /// <returns>The changes, in date order, the first on the day of drafting.</returns>
    public IReadOnlyList<AgreementStatusChange> StatusChanges()
    {
        var s = Current;
        var days = new List<LocalDate> { DraftedOn };
        days.AddRange(History.OfType<NegotiationStarted>().Select(n => n.Date));
        days.AddRange(new[] { s.CancelledOn, s.FullySignedOn, s.InForceFrom, s.EndsOn }.Where(d => d is not null).Select(d => d!.Value));
        var changes = new List<AgreementStatusChange>();
        foreach (var day in days.Distinct().Order())
        {
            var status = StatusOn(day);
            if (changes.Count == 0 || changes[^1].Status != status)
            {
                changes.Add(new AgreementStatusChange(day, status));
            }
        }

        return changes;
    }

    /// <summary>
    /// The automatic renewals still ahead as the history stands, and the last day to stop each: what a portal stores to
    /// answer "when is the next renewal, and by when must notice be given" for any day after the last event without
    /// replaying the agreement.
    /// </summary>
    /// <returns>The schedule, or <see langword="null"/> when the agreement does not renew itself, is not signed, was cancelled or notice (of termination or non-renewal) was given.</returns>
    public AgreementRenewalSchedule? RenewalSchedule() => Current.HasRenewalsAhead ? Current.Schedule(Id) : null;
}

using System.Collections.Generic;
using System.Globalization;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The rules an agreement's events are decided by, each with the refusal it gives (<see cref="AgreementRules"/>): what
/// was tried, the state it met and what is allowed.
/// </summary>
internal static class AgreementDecisions
{
    public static Refusal? Draft(AgreementDrafted d, AgreementParties parties)
    {
        int count = d.Parties.Count;
        return count < 2
            ? new(AgreementRules.TooFewParties, $"Cannot draft {d.Kind} {d.Agreement} with {count} part{(count == 1 ? "y" : "ies")}: an agreement needs two or more parties.")
            : Commitments(d.Agreement, parties, d.Commitments);
    }

    public static Refusal? Negotiation(Agreement a, NegotiationStarted e)
    {
        if (Order(a, e.Date, "start negotiating") is { } order)
        {
            return order;
        }

        var status = a.Current.StatusOn(e.Date);
        return status == AgreementStatus.Draft
            ? null
            : new(AgreementRules.NegotiationNotFromDraft, $"Cannot start negotiating {a.Id} on {e.Date:uuuu-MM-dd}: it is {status}. Negotiation starts from a draft.");
    }

    public static Refusal? Signature(Agreement a, AgreementSigned e)
    {
        var signature = e.Signature;
        var s = a.Current;
        if (s.IsBeingSigned)
        {
            // While signing is under way only signatures are recorded, so the state before the first one holds the
            // date of the text they sign; the signatures are ordered by their moments, not their local dates.
            LocalDate opened = a.SigningOpenedOn;
            if (e.Date < opened)
            {
                return new(AgreementRules.EventOutOfOrder, $"Cannot record the signature of {signature.Party} on {a.Id} on {e.Date:uuuu-MM-dd}: the text it signs dates from {opened:uuuu-MM-dd}. Events are recorded in date order.");
            }

            var last = s.Signatures.Last;
            if (signature.SignedAt.ToInstant() < last.SignedAt.ToInstant())
            {
                return new(AgreementRules.EventOutOfOrder, $"Cannot record the signature of {signature} on {a.Id}: the signature of {last} recorded before it was given later. Signatures are recorded in the order they were given.");
            }
        }
        else if (e.Date < s.Date)
        {
            return OutOfOrder(a, e.Date, $"record the signature of {signature.Party} on");
        }

        if (s.CancelledOn is { } cancelled)
        {
            return new(AgreementRules.NotOpenForSignature, $"Cannot record the signature of {signature.Party} on {a.Id}: it was cancelled on {cancelled:uuuu-MM-dd}. A cancelled agreement cannot be signed; draft a new one.");
        }

        if (!s.NegotiationStarted)
        {
            return new(AgreementRules.NotOpenForSignature, $"Cannot record the signature of {signature.Party} on {a.Id}: it is still a draft. Start the negotiation first, then the parties sign.");
        }

        if (!a.PartySet.Contains(signature.Party))
        {
            return new(AgreementRules.SignatureByNonParty, $"Cannot record the signature of {signature.Party} on {a.Id}: it is not a party ({string.Join(", ", a.Parties)}). Only parties sign.");
        }

        if (a.SignatureOf(signature.Party) is { } earlier)
        {
            return new(AgreementRules.PartySignedTwice, $"Cannot record a second signature of {signature.Party} on {a.Id}: it already signed on {earlier.Date:uuuu-MM-dd}. Each party signs once.");
        }

        return s.Signatures.Count + 1 == a.PartySet.Count && !TermAnchor.WithinCalendar(s.SignedAnchor(signature))
            ? BeyondCalendar($"Cannot record the last signature, of {signature.Party}, on {a.Id} on {s.SignedOn(signature):uuuu-MM-dd}: its term of {s.Terms.Term} from signing would end")
            : null;
    }

    public static Refusal? Cancellation(Agreement a, AgreementCancelled e)
    {
        if (Order(a, e.Date, "cancel") is { } order)
        {
            return order;
        }

        var s = a.Current;
        if (s.CancelledOn is { } cancelled)
        {
            return new(AgreementRules.CancelOnlyBeforeSigning, $"Cannot cancel {a.Id} on {e.Date:uuuu-MM-dd}: it was already cancelled on {cancelled:uuuu-MM-dd}.");
        }

        return s.FullySignedOn is { } signed
            ? new(AgreementRules.CancelOnlyBeforeSigning, $"Cannot cancel {a.Id} on {e.Date:uuuu-MM-dd}: every party signed it on {signed:uuuu-MM-dd}. A signed agreement ends by termination notice, not cancellation.")
            : null;
    }

    public static Refusal? TerminationNotice(Agreement a, TerminationNoticeGiven e)
    {
        if (Order(a, e.Date, "give termination notice on") is { } order)
        {
            return order;
        }

        if (!a.PartySet.Contains(e.By))
        {
            return new(AgreementRules.NoticeByNonParty, $"Cannot take termination notice from {e.By} on {a.Id}: it is not a party ({string.Join(", ", a.Parties)}). Only parties give notice.");
        }

        var s = a.Current;
        if (s.NoticeGivenOn is { } given)
        {
            return new(AgreementRules.TerminationNoticeAlreadyGiven, $"Cannot give termination notice on {a.Id} on {e.Date:uuuu-MM-dd}: {s.NoticeBy} already gave notice on {given:uuuu-MM-dd}, effective {s.TerminationEffectiveOn:uuuu-MM-dd}.");
        }

        var status = s.StatusOn(e.Date);
        if (status is not (AgreementStatus.Signed or AgreementStatus.InForce))
        {
            return new(AgreementRules.TerminationNotAllowed, $"Cannot give termination notice on {a.Id} on {e.Date:uuuu-MM-dd}: it is {status}. Notice can be given on an agreement signed by every party that has not ended.");
        }

        return s.TerminatedFrom(e.Date) is null
            ? BeyondCalendar($"Cannot give termination notice on {a.Id} on {e.Date:uuuu-MM-dd}: with {s.Terms.TerminationNotice} notice it would be terminated from a day")
            : null;
    }

    public static Refusal? NonRenewalNotice(Agreement a, NonRenewalNoticeGiven e)
    {
        if (Order(a, e.Date, "give notice of non-renewal on") is { } order)
        {
            return order;
        }

        if (!a.PartySet.Contains(e.By))
        {
            return new(AgreementRules.NoticeByNonParty, $"Cannot take notice of non-renewal from {e.By} on {a.Id}: it is not a party ({string.Join(", ", a.Parties)}). Only parties give notice.");
        }

        var s = a.Current;
        if (s.NonRenewalGivenOn is { } given)
        {
            return new(AgreementRules.NonRenewalNoticeAlreadyGiven, $"Cannot give notice of non-renewal on {a.Id} on {e.Date:uuuu-MM-dd}: {s.NonRenewalBy} already gave it on {given:uuuu-MM-dd}; the agreement expires from {s.NonRenewalEffectiveOn:uuuu-MM-dd}.");
        }

        if (s.NoticeGivenOn is { } noticed)
        {
            return new(AgreementRules.NonRenewalNoticeAlreadyGiven, $"Cannot give notice of non-renewal on {a.Id} on {e.Date:uuuu-MM-dd}: {s.NoticeBy} gave termination notice on {noticed:uuuu-MM-dd}, effective {s.TerminationEffectiveOn:uuuu-MM-dd}. An agreement under termination notice is not renewed.");
        }

        var status = s.StatusOn(e.Date);
        if (status is not (AgreementStatus.Signed or AgreementStatus.InForce))
        {
            return new(AgreementRules.NonRenewalNotAllowed, $"Cannot give notice of non-renewal on {a.Id} on {e.Date:uuuu-MM-dd}: it is {status}. Notice of non-renewal is given on an agreement signed by every party that has not ended.");
        }

        if (!s.RenewsAutomatically)
        {
            return new(AgreementRules.NonRenewalNotAllowed, $"Cannot give notice of non-renewal on {a.Id} on {e.Date:uuuu-MM-dd}: it does not renew itself and its term ends {Expiry(s.ExpiryDateOn(e.Date))} without notice. Termination notice ends it sooner.");
        }

        if (s.BoundaryOn(e.Date) is not { } renewal)
        {
            return BeyondCalendar($"Cannot give notice of non-renewal on {a.Id} on {e.Date:uuuu-MM-dd}: the term running then ends on the calendar's last day or later, so the renewal the notice would stop falls");
        }

        LocalDate? deadline = s.NoticeDeadlineBefore(renewal);
        return e.Date <= deadline ? null : new(AgreementRules.NonRenewalNoticeTooLate, TooLate(a, e, renewal, deadline));
    }

    public static Refusal? Renewal(Agreement a, AgreementRenewed e)
    {
        if (Order(a, e.Date, "renew") is { } order)
        {
            return order;
        }

        var s = a.Current;
        var status = s.StatusOn(e.Date);
        if (status is not (AgreementStatus.Signed or AgreementStatus.InForce))
        {
            return new(AgreementRules.RenewalNotAllowed, $"Cannot renew {a.Id} on {e.Date:uuuu-MM-dd}: it is {status}. Only an agreement signed by every party and not yet ended can be renewed; otherwise draft a new one.");
        }

        if (s.NoticeGivenOn is { } given)
        {
            return new(AgreementRules.RenewalNotAllowed, $"Cannot renew {a.Id} on {e.Date:uuuu-MM-dd}: termination notice was given on {given:uuuu-MM-dd}, effective {s.TerminationEffectiveOn:uuuu-MM-dd}. An agreement under notice is not renewed.");
        }

        if (s.NonRenewalGivenOn is { } refused)
        {
            return new(AgreementRules.RenewalNotAllowed, $"Cannot renew {a.Id} on {e.Date:uuuu-MM-dd}: {s.NonRenewalBy} gave notice of non-renewal on {refused:uuuu-MM-dd}, so it expires from {s.NonRenewalEffectiveOn:uuuu-MM-dd}. An agreement under notice is not renewed; the parties draft a new one.");
        }

        return s.RenewedAnchor(e.Date, e.Extension) is null
            ? BeyondCalendar($"Cannot renew {a.Id} on {e.Date:uuuu-MM-dd} by {e.Extension}: the term running then ends {Expiry(s.ExpiryDateOn(e.Date))}, and the extended term would end")
            : null;
    }

    public static Refusal? Amendment(Agreement a, AgreementAmended e)
    {
        if (Order(a, e.Date, "amend") is { } order)
        {
            return order;
        }

        var s = a.Current;
        var status = s.StatusOn(e.Date);
        if (status is AgreementStatus.Cancelled or AgreementStatus.Expired or AgreementStatus.Terminated)
        {
            return new(AgreementRules.AmendmentNotAllowed, $"Cannot amend {a.Id} on {e.Date:uuuu-MM-dd}: it is {status}. Only a live agreement can be amended.");
        }

        if (s.IsBeingSigned)
        {
            return new(AgreementRules.AmendmentNotAllowed, $"Cannot amend {a.Id} on {e.Date:uuuu-MM-dd}: {s.Signatures.Count} of {a.PartySet.Count} parties have signed the current text. Amend before the first signature or after the last.");
        }

        var terms = e.Terms;
        if (s.FullySignedOn is not null && (terms.EffectiveDate != s.Terms.EffectiveDate || !terms.Term.Equals(s.Terms.Term) || (terms.StartsOnSigning && terms.Counting != s.Terms.Counting)))
        {
            return new(AgreementRules.AmendmentMovesTerm, $"Cannot amend {a.Id} on {e.Date:uuuu-MM-dd} to take effect {Start(terms)} for {terms.Term}: it was signed to take effect {Start(s.Terms)} for {s.Terms.Term}. Extend a signed agreement with a renewal instead.");
        }

        // A new renewal period is counted from the end of the term running on the date.
        if (s.FullySignedOn is not null && !Equals(terms.AutomaticRenewal, s.Terms.AutomaticRenewal) && s.BoundaryOn(e.Date) is null)
        {
            return BeyondCalendar($"Cannot amend {a.Id} on {e.Date:uuuu-MM-dd} to renew {(terms.AutomaticRenewal is { } r ? $"by {r}" : "no more")}: the new renewal period would count from the end of the term running then, which falls");
        }

        return Commitments(a.Id, a.PartySet, e.Commitments);
    }

    private static Refusal? Commitments(AgreementId id, AgreementParties parties, EquatableArray<Commitment> commitments)
    {
        foreach (var c in commitments.AsSpan())
        {
            if (!parties.Contains(c.Party))
            {
                return new(AgreementRules.CommitmentByNonParty, $"Cannot record a commitment of {c.Party} in {id}: it is not a party ({string.Join(", ", parties.Listed.AsImmutableArray())}). Only parties make commitments.");
            }
        }

        return null;
    }

    private static string Start(AgreementTerms terms)
        => terms.EffectiveDate is { } first ? $"{first:uuuu-MM-dd}" : $"on signing ({(terms.Counting == PeriodCounting.CivilCode ? "counted from the next day" : "counting the day of signing")})";

    private static string TooLate(Agreement a, NonRenewalNoticeGiven e, LocalDate renewal, LocalDate? deadline)
    {
        var s = a.Current;
        string tried = $"Cannot take notice of non-renewal from {e.By} on {a.Id} on {e.Date:uuuu-MM-dd}: the term running ends on {renewal.PlusDays(-1):uuuu-MM-dd}, and with {s.Terms.TerminationNotice} notice the last day to stop its renewal on {renewal:uuuu-MM-dd} was {(deadline is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "before the calendar's first day")}.";
        string allowed = CivilCodePeriod.NextStart(renewal, s.RenewalMonths, s.RenewalDays) is not { } next
            ? $" The next term ends after {LocalDate.MaxIsoValue:uuuu-MM-dd}, the end of the calendar the library counts in, so only termination notice ends it."
            : s.NoticeDeadlineBefore(next) is { } nextDeadline && nextDeadline >= renewal
                ? $" In the next term, notice of non-renewal given from {renewal:uuuu-MM-dd} through {nextDeadline:uuuu-MM-dd} ends it on {next.PlusDays(-1):uuuu-MM-dd}; termination notice ends it sooner."
                : " Its notice period is longer than a renewal, so only termination notice ends it.";
        return tried + allowed;
    }

    /// <summary>The refusal of a date beyond the calendar (<see cref="CalendarRules.DateBeyondCalendar"/>): what was tried, then why it leaves the calendar.</summary>
    private static Refusal BeyondCalendar(string triedAndWhy)
        => new(CalendarRules.DateBeyondCalendar, $"{triedAndWhy} after {LocalDate.MaxIsoValue:uuuu-MM-dd}, the end of the calendar the library counts in. Dates the model counts stay within it.");

    private static string Expiry(LocalDate? lastDay) => lastDay is { } day ? $"on {day:uuuu-MM-dd}" : $"after {LocalDate.MaxIsoValue:uuuu-MM-dd}";

    private static Refusal? Order(Agreement a, LocalDate date, string what) => date >= a.Current.Date ? null : OutOfOrder(a, date, what);

    private static Refusal OutOfOrder(Agreement a, LocalDate date, string what)
        => new(AgreementRules.EventOutOfOrder, $"Cannot {what} {a.Id} on {date:uuuu-MM-dd}: its history already runs to {a.Current.Date:uuuu-MM-dd}. Events are recorded in date order.");
}

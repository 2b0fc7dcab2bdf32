using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// An agreement between two or more organisations: an MOU, a letter of intent, a friendship or sister-city
/// agreement, a business agreement; with its purpose, each party's commitments, its binding clauses, its time
/// terms and its audited lifecycle.
/// </summary>
/// <remarks>
/// <para>
/// Lifecycle: draft → under negotiation → signed (once every party has signed) → in force from the effective
/// date → expired at the end of its term, renewed (automatically or explicitly), amended, terminated when a
/// notice period has run, or cancelled before signing. Every transition returns a new agreement and appends an
/// <see cref="AgreementEvent"/> to <see cref="History"/>; <see cref="Replay"/> of the history gives an equal
/// agreement. Events are dated and must come in order (AGR-013); signatures, which parties may give in
/// different zones, in the order of their moments. An illegal transition throws
/// <see cref="DomainRuleException"/> with its own rule id (<see cref="AgreementRules"/>); the <c>Can…</c>
/// queries answer first without throwing.
/// </para>
/// <para>
/// Questions about a date (<see cref="StatusOn"/>, <see cref="ExpiryDateOn"/>, <see cref="NextRenewalDateOn"/>,
/// <see cref="NextRenewalNoticeDeadlineOn"/>) are answered from the events up to that date, then by the terms:
/// expiry and automatic renewal are not events, they follow from the dates.
/// </para>
/// <para>
/// Sources: MOU practice (usually non-binding except named clauses; parties, purpose, commitments, effective
/// date, term, automatic renewal, termination notice), DESIGN §3; the Open Contracting Data Standard contract
/// lifecycle (https://standard.open-contracting.org/latest/en/schema/codelists/#contract-status), see
/// <see cref="OcdsContractStatus"/>.
/// </para>
/// </remarks>
public sealed class Agreement : IEquatable<Agreement>
{
    private readonly ImmutableArray<AgreementEvent> history;
    private readonly ImmutableArray<AgreementState> states;

    private Agreement(AgreementDrafted drafted, ImmutableArray<AgreementEvent> history, ImmutableArray<AgreementState> states)
    {
        Drafted = drafted;
        this.history = history;
        this.states = states;
    }

    /// <summary>The agreement's id.</summary>
    public AgreementId Id => Drafted.Agreement;

    /// <summary>The kind of agreement.</summary>
    public AgreementKind Kind => Drafted.Kind;

    /// <summary>The purpose.</summary>
    public LocalizedText Purpose => Drafted.Purpose;

    /// <summary>The parties, in the order drafted.</summary>
    public IReadOnlyList<OrganizationId> Parties => Drafted.Parties;

    /// <summary>Whether and where it binds.</summary>
    public AgreementBinding Binding => Drafted.Binding;

    /// <summary>The day it was drafted.</summary>
    public LocalDate DraftedOn => Drafted.Date;

    /// <summary>The time terms as last amended.</summary>
    public AgreementTerms Terms => Current.Terms;

    /// <summary>The commitments as last amended.</summary>
    public IReadOnlyList<Commitment> Commitments => Current.Commitments;

    /// <summary>The signatures given so far, in order.</summary>
    public IReadOnlyList<Signature> Signatures => Current.Signatures;

    /// <summary>
    /// The day by which every party had signed: the latest of the signatures' local dates, each at its place of
    /// signing; <see langword="null"/> while not every party has signed.
    /// </summary>
    public LocalDate? FullySignedOn => Current.FullySignedOn;

    /// <summary>The day termination notice was given, if it was.</summary>
    public LocalDate? TerminationNoticeGivenOn => Current.NoticeGivenOn;

    /// <summary>The first day no longer in force because of a termination notice, if one was given.</summary>
    public LocalDate? TerminationEffectiveOn => Current.TerminationEffectiveOn;

    /// <summary>Everything that happened, in order; the first event is always <see cref="AgreementDrafted"/>.</summary>
    public IReadOnlyList<AgreementEvent> History => history;

    private AgreementDrafted Drafted { get; }

    private AgreementState Current => states[^1];

    /// <summary>Drafts a new agreement.</summary>
    /// <param name="id">The agreement's id.</param>
    /// <param name="kind">The kind of agreement.</param>
    /// <param name="purpose">The purpose, for example <c>관내 기업의 미국 통상 활동 상호협력</c>.</param>
    /// <param name="parties">The parties, two or more, each once.</param>
    /// <param name="commitments">What each party undertakes; every commitment names a party.</param>
    /// <param name="binding">Whether and where it binds.</param>
    /// <param name="terms">The time terms.</param>
    /// <param name="draftedOn">The day of drafting.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentException">An argument is null or default, or a party is listed twice.</exception>
    /// <exception cref="DomainRuleException">AGR-001: fewer than two parties; AGR-002: a commitment names a non-party.</exception>
    public static Agreement Draft(AgreementId id, AgreementKind kind, LocalizedText purpose, IEnumerable<OrganizationId> parties, IEnumerable<Commitment> commitments, AgreementBinding binding, AgreementTerms terms, LocalDate draftedOn)
    {
        Guard.Against.Default(id);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.Null(purpose);
        Guard.Against.Null(parties);
        Guard.Against.Null(commitments);
        Guard.Against.Null(binding);
        Guard.Against.Null(terms);
        var partyList = parties.ToImmutableArray();
        if (partyList.Any(p => p == default))
        {
            throw new ArgumentException("A party id is missing (default).", nameof(parties));
        }

        if (partyList.Distinct().Count() != partyList.Length)
        {
            throw new ArgumentException($"A party is listed twice: {string.Join(", ", partyList)}.", nameof(parties));
        }

        if (partyList.Length < 2)
        {
            throw new DomainRuleException(
                AgreementRules.TooFewParties,
                $"Cannot draft {kind} {id} with {partyList.Length} part{(partyList.Length == 1 ? "y" : "ies")}: an agreement needs two or more parties.");
        }

        var commitmentList = commitments.ToImmutableArray();
        if (CheckCommitments(id, partyList, commitmentList) is { } refusal)
        {
            throw refusal;
        }

        var drafted = new AgreementDrafted(draftedOn, id, kind, purpose, partyList, commitmentList, binding, terms);
        var state = new AgreementState(draftedOn, terms, commitmentList, [], false, null, null, null, null, null, TermAnchor.For(terms.EffectiveDate, terms.Term));
        return new Agreement(drafted, [drafted], [state]);
    }

    /// <summary>Rebuilds an agreement from its history, checking every transition again.</summary>
    /// <param name="history">The events, the first an <see cref="AgreementDrafted"/>.</param>
    /// <returns>An agreement equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">
    /// <see cref="AgreementRules.HistoryMustStartWithDraft"/> when the history is empty, does not start with the draft or
    /// drafts twice; or the rule of the lifecycle an event breaks.
    /// </exception>
    /// <exception cref="ArgumentException">An event is null, or is not what its transition records.</exception>
    public static Agreement Replay(IEnumerable<AgreementEvent> history)
        => EventHistory.Replay(
            history,
            (AgreementDrafted d) => Draft(d.Agreement, d.Kind, d.Purpose, d.Parties, d.Commitments, d.Binding, d.Terms, d.Date),
            (agreement, e) => agreement.ApplyRecorded(e),
            e => e.Date,
            AgreementRules.HistoryMustStartWithDraft,
            "An agreement's history starts with its draft");

    // A recorded event taken through its transition again, so that every rule is checked as when it was recorded.
    private Agreement ApplyRecorded(AgreementEvent e)
    {
        var agreement = e switch
        {
            NegotiationStarted n => StartNegotiation(n.Date),
            AgreementSigned s => Sign(s.Signature),
            AgreementCancelled c => Cancel(c.Date, c.Reason),
            TerminationNoticeGiven t => GiveTerminationNotice(t.By, t.Date),
            AgreementRenewed r => Renew(r.Date, r.Extension),
            AgreementAmended a => Amend(a.Date, a.Summary, a.Terms, a.Commitments),
            AgreementDrafted => throw new DomainRuleException(AgreementRules.HistoryMustStartWithDraft, $"Agreement {Id} was already drafted on {DraftedOn:uuuu-MM-dd}; a history has exactly one draft, at its start."),
            _ => throw new ArgumentException($"The event {e} cannot follow the draft.", "history"),
        };

        return agreement.history[^1].Equals(e)
            ? agreement
            : throw new ArgumentException($"The event '{e}' does not match what its transition records: '{agreement.history[^1]}'.", "history");
    }

    /// <summary>True when the draft can be put under negotiation on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> when <see cref="StartNegotiation"/> would succeed.</returns>
    public bool CanStartNegotiation(LocalDate on) => CheckStartNegotiation(on) is null;

    /// <summary>Puts the draft to the other parties for negotiation and signature.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The agreement under negotiation.</returns>
    /// <exception cref="DomainRuleException">AGR-013: dated before the last event; AGR-006: not a draft.</exception>
    public Agreement StartNegotiation(LocalDate on)
    {
        Throw(CheckStartNegotiation(on));
        return With(new NegotiationStarted(on), Current with { Date = on, NegotiationStarted = true });
    }

    /// <summary>True when the signature can be added.</summary>
    /// <param name="signature">The signature.</param>
    /// <returns><see langword="true"/> when <see cref="Sign"/> would succeed.</returns>
    public bool CanSign(Signature signature)
    {
        Guard.Against.Null(signature);
        return CheckSign(signature) is null;
    }

    /// <summary>Adds one party's signature; the agreement is signed once every party has signed.</summary>
    /// <param name="signature">The signature.</param>
    /// <returns>The agreement with the signature.</returns>
    /// <exception cref="DomainRuleException">
    /// AGR-013: dated before the last event, or given before the signature recorded ahead of it; AGR-005: not
    /// under negotiation (a draft, or cancelled);
    /// AGR-003: not a party; AGR-004: the party has already signed.
    /// </exception>
    public Agreement Sign(Signature signature)
    {
        Guard.Against.Null(signature);
        Throw(CheckSign(signature));
        var signatures = Current.Signatures.Add(signature);
        bool complete = signatures.Length == Parties.Count;

        // Parties may sign in different zones, so a later signature can fall on an earlier local date: the
        // agreement counts as signed on the latest local date among the signatures.
        LocalDate day = LocalDate.Max(Current.Date, signature.Date);
        return With(
            new AgreementSigned(signature, complete),
            Current with { Date = day, Signatures = signatures, FullySignedOn = complete ? day : null });
    }

    /// <summary>True when the agreement can be cancelled on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Cancel"/> would succeed.</returns>
    public bool CanCancel(LocalDate on) => CheckCancel(on) is null;

    /// <summary>Cancels the agreement before every party has signed.</summary>
    /// <param name="on">The date.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The cancelled agreement.</returns>
    /// <exception cref="DomainRuleException">AGR-013: dated before the last event; AGR-007: already signed by all, or already cancelled.</exception>
    public Agreement Cancel(LocalDate on, LocalizedText reason)
    {
        Guard.Against.Null(reason);
        Throw(CheckCancel(on));
        return With(new AgreementCancelled(on, reason), Current with { Date = on, CancelledOn = on });
    }

    /// <summary>True when the party can give termination notice on a date.</summary>
    /// <param name="by">The party.</param>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> when <see cref="GiveTerminationNotice"/> would succeed.</returns>
    public bool CanGiveTerminationNotice(OrganizationId by, LocalDate on) => CheckNotice(by, on) is null;

    /// <summary>A party gives notice to terminate; the agreement ends when the notice period has run.</summary>
    /// <param name="by">The party.</param>
    /// <param name="on">The day notice is given.</param>
    /// <returns>The agreement under notice.</returns>
    /// <exception cref="DomainRuleException">
    /// AGR-013: dated before the last event; AGR-014: not a party; AGR-009: notice was already given;
    /// AGR-008: not signed by all, cancelled, or already ended on that day.
    /// </exception>
    public Agreement GiveTerminationNotice(OrganizationId by, LocalDate on)
    {
        Throw(CheckNotice(by, on));
        var s = Current;
        LocalDate effective = RenewalSchedule.After(on, s.Terms.TerminationNotice);
        return With(
            new TerminationNoticeGiven(on, by, effective),
            s with { Date = on, NoticeBy = by, NoticeGivenOn = on, TerminationEffectiveOn = effective });
    }

    /// <summary>True when the agreement can be renewed explicitly on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Renew"/> would succeed.</returns>
    public bool CanRenew(LocalDate on) => CheckRenew(on) is null;

    /// <summary>The parties renew the agreement explicitly, extending the term that runs on the date.</summary>
    /// <param name="on">The date of the renewal.</param>
    /// <param name="extension">How much to extend the current term by, positive.</param>
    /// <returns>The renewed agreement.</returns>
    /// <exception cref="ArgumentException">The extension is not a positive period of date units.</exception>
    /// <exception cref="DomainRuleException">AGR-013: dated before the last event; AGR-010: not signed, ended, or under termination notice.</exception>
    public Agreement Renew(LocalDate on, Period extension)
    {
        Guard.Against.Null(extension);
        AgreementTerms.RequireDatePeriod(extension, nameof(extension), positive: true);
        Throw(CheckRenew(on));
        var s = Current;
        var anchor = TermAnchor.For(s.BoundaryOn(on), extension);
        return With(new AgreementRenewed(on, extension, anchor.First.PlusDays(-1)), s with { Date = on, Anchor = anchor });
    }

    /// <summary>True when the agreement can be amended on a date with the given terms and commitments.</summary>
    /// <param name="on">The date.</param>
    /// <param name="terms">The terms from the amendment on.</param>
    /// <param name="commitments">The commitments from the amendment on.</param>
    /// <returns><see langword="true"/> when <see cref="Amend"/> would succeed.</returns>
    public bool CanAmend(LocalDate on, AgreementTerms terms, IEnumerable<Commitment> commitments)
    {
        Guard.Against.Null(terms);
        Guard.Against.Null(commitments);
        return CheckAmend(on, terms, commitments.ToImmutableArray()) is null;
    }

    /// <summary>
    /// Amends the terms and commitments. Before any signature anything may change; once signed by all, the
    /// effective date and initial term stay (extend with <see cref="Renew"/>), and a new renewal period counts
    /// from the end of the term running on the date.
    /// </summary>
    /// <param name="on">The date of the amendment.</param>
    /// <param name="summary">What it changes, in words.</param>
    /// <param name="terms">The terms from the amendment on.</param>
    /// <param name="commitments">The commitments from the amendment on.</param>
    /// <returns>The amended agreement.</returns>
    /// <exception cref="DomainRuleException">
    /// AGR-013: dated before the last event; AGR-011: partly signed, cancelled or ended; AGR-012: moves the
    /// effective date or initial term of a signed agreement; AGR-002: a commitment names a non-party.
    /// </exception>
    public Agreement Amend(LocalDate on, LocalizedText summary, AgreementTerms terms, IEnumerable<Commitment> commitments)
    {
        Guard.Against.Null(summary);
        Guard.Against.Null(terms);
        Guard.Against.Null(commitments);
        var list = commitments.ToImmutableArray();
        Throw(CheckAmend(on, terms, list));
        var s = Current;
        TermAnchor anchor = s.FullySignedOn is null
            ? TermAnchor.For(terms.EffectiveDate, terms.Term)
            : Equals(terms.AutomaticRenewal, s.Terms.AutomaticRenewal) ? s.Anchor : TermAnchor.At(s.BoundaryOn(on));
        return With(new AgreementAmended(on, summary, terms, list), s with { Date = on, Terms = terms, Commitments = list, Anchor = anchor });
    }

    /// <summary>Where the agreement stands on a date, from the events up to that date and its terms.</summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public AgreementStatus StatusOn(LocalDate date) => StateOn(date).StatusOn(date);

    /// <summary>True when the agreement is in force on a date (false before it was drafted).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="StatusOn"/> is <see cref="AgreementStatus.InForce"/>.</returns>
    public bool IsInForceOn(LocalDate date) => date >= DraftedOn && StatusOn(date) == AgreementStatus.InForce;

    /// <summary>
    /// The last day of the term running (or last run) on a date, after automatic renewals up to it; when a
    /// termination takes effect first, the last day before it.
    /// </summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns>The day, or <see langword="null"/> while not every party has signed, or when cancelled.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public LocalDate? ExpiryDateOn(LocalDate date) => StateOn(date).ExpiryDateOn(date);

    /// <summary>The day of the next automatic renewal after a date.</summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns>The day, or <see langword="null"/> when the agreement does not renew itself, is not signed, has ended or will be terminated first.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public LocalDate? NextRenewalDateOn(LocalDate date) => StateOn(date).NextRenewalDateOn(date);

    /// <summary>
    /// The first day, on or after a date, that is the last day to give termination notice before an automatic
    /// renewal, and the renewal it prevents.
    /// </summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns>The deadline, or <see langword="null"/> when the agreement does not renew itself, is not signed, has ended or notice was already given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public RenewalNoticeDeadline? NextRenewalNoticeDeadlineOn(LocalDate date)
    {
        var found = new List<RenewalNoticeDeadline>(1);
        StateOn(date).AddRenewalNoticeDeadlines(Id, date, LocalDate.MaxIsoValue, found, firstOnly: true);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The OCDS contract status code for the status on a date.</summary>
    /// <param name="date">The date, not before the draft.</param>
    /// <returns><c>pending</c>, <c>active</c>, <c>terminated</c> or <c>cancelled</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the agreement was drafted.</exception>
    public string OcdsStatusOn(LocalDate date) => OcdsContractStatus.Code(StatusOn(date));

    /// <inheritdoc/>
    public bool Equals(Agreement? other)
    {
        if (other is null)
        {
            return false;
        }

        var a = Current;
        var b = other.Current;
        return Drafted.Equals(other.Drafted)
            && history.SequenceEqual(other.history)
            && a.Terms.Equals(b.Terms)
            && a.Commitments.SequenceEqual(b.Commitments)
            && a.Signatures.SequenceEqual(b.Signatures)
            && a.NegotiationStarted == b.NegotiationStarted
            && a.FullySignedOn == b.FullySignedOn
            && a.CancelledOn == b.CancelledOn
            && a.NoticeBy == b.NoticeBy
            && a.NoticeGivenOn == b.NoticeGivenOn
            && a.TerminationEffectiveOn == b.TerminationEffectiveOn
            && a.Anchor == b.Anchor;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Agreement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, history.Length);

    /// <summary>The kind, id and parties.</summary>
    /// <returns>For example <c>MemorandumOfUnderstanding mou-2023-kaccoc (gwanak-gu-office, kaccoc)</c>.</returns>
    public override string ToString() => $"{Kind} {Id} ({string.Join(", ", Parties)})";

    internal AgreementState FinalState => Current;

    internal AgreementState StateOn(LocalDate date)
    {
        if (date < DraftedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The agreement {Id} was drafted on {DraftedOn:uuuu-MM-dd}; ask about that day or later.");
        }

        int lo = 0;
        int hi = states.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (states[mid].Date <= date)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return states[lo];
    }

    private static void Throw(DomainRuleException? refusal)
    {
        if (refusal is not null)
        {
            throw refusal;
        }
    }

    private static DomainRuleException? CheckCommitments(AgreementId id, IReadOnlyList<OrganizationId> parties, ImmutableArray<Commitment> commitments)
    {
        if (commitments.Any(c => c is null))
        {
            throw new ArgumentException("A commitment is missing (null).", nameof(commitments));
        }

        var stranger = commitments.FirstOrDefault(c => !parties.Contains(c.Party));

        return stranger is null
            ? null
            : new DomainRuleException(
                AgreementRules.CommitmentByNonParty,
                $"Cannot record a commitment of {stranger.Party} in {id}: it is not a party ({string.Join(", ", parties)}). Only parties make commitments.");
    }

    private Agreement With(AgreementEvent e, AgreementState state) => new(Drafted, history.Add(e), states.Add(state));

    private DomainRuleException? CheckOrder(LocalDate on, string what)
        => on >= Current.Date
            ? null
            : new DomainRuleException(
                AgreementRules.EventOutOfOrder,
                $"Cannot {what} {Id} on {on:uuuu-MM-dd}: its history already runs to {Current.Date:uuuu-MM-dd}. Events are recorded in date order.");

    private DomainRuleException? CheckStartNegotiation(LocalDate on)
    {
        if (CheckOrder(on, "start negotiating") is { } order)
        {
            return order;
        }

        var status = Current.StatusOn(on);
        return status == AgreementStatus.Draft
            ? null
            : new DomainRuleException(
                AgreementRules.NegotiationNotFromDraft,
                $"Cannot start negotiating {Id} on {on:uuuu-MM-dd}: it is {status}. Negotiation starts from a draft.");
    }

    private DomainRuleException? CheckSign(Signature signature)
    {
        LocalDate on = signature.Date;
        if (history[^1] is AgreementSigned { CompletesSigning: false } last)
        {
            // While signing is under way only signatures are recorded, so the event before the first one is the
            // last that set the text; signatures after it are ordered by their moment, not their local dates.
            LocalDate opened = history[history.Length - Current.Signatures.Length - 1].Date;
            if (on < opened)
            {
                return new DomainRuleException(
                    AgreementRules.EventOutOfOrder,
                    $"Cannot record the signature of {signature.Party} on {Id} on {on:uuuu-MM-dd}: the text it signs dates from {opened:uuuu-MM-dd}. Events are recorded in date order.");
            }

            if (signature.SignedAt.ToInstant() < last.Signature.SignedAt.ToInstant())
            {
                return new DomainRuleException(
                    AgreementRules.EventOutOfOrder,
                    $"Cannot record the signature of {signature} on {Id}: the signature of {last.Signature} recorded before it was given later. Signatures are recorded in the order they were given.");
            }
        }
        else if (CheckOrder(on, $"record the signature of {signature.Party} on") is { } order)
        {
            return order;
        }

        var s = Current;
        if (s.CancelledOn is { } cancelled)
        {
            return new DomainRuleException(
                AgreementRules.NotOpenForSignature,
                $"Cannot record the signature of {signature.Party} on {Id}: it was cancelled on {cancelled:uuuu-MM-dd}. A cancelled agreement cannot be signed; draft a new one.");
        }

        if (!s.NegotiationStarted)
        {
            return new DomainRuleException(
                AgreementRules.NotOpenForSignature,
                $"Cannot record the signature of {signature.Party} on {Id}: it is still a draft. Start the negotiation first, then the parties sign.");
        }

        if (!Parties.Contains(signature.Party))
        {
            return new DomainRuleException(
                AgreementRules.SignatureByNonParty,
                $"Cannot record the signature of {signature.Party} on {Id}: it is not a party ({string.Join(", ", Parties)}). Only parties sign.");
        }

        var earlier = s.Signatures.FirstOrDefault(x => x.Party == signature.Party);
        return earlier is null
            ? null
            : new DomainRuleException(
                AgreementRules.PartySignedTwice,
                $"Cannot record a second signature of {signature.Party} on {Id}: it already signed on {earlier.Date:uuuu-MM-dd}. Each party signs once.");
    }

    private DomainRuleException? CheckCancel(LocalDate on)
    {
        if (CheckOrder(on, "cancel") is { } order)
        {
            return order;
        }

        var s = Current;
        if (s.CancelledOn is { } cancelled)
        {
            return new DomainRuleException(
                AgreementRules.CancelOnlyBeforeSigning,
                $"Cannot cancel {Id} on {on:uuuu-MM-dd}: it was already cancelled on {cancelled:uuuu-MM-dd}.");
        }

        return s.FullySignedOn is { } signed
            ? new DomainRuleException(
                AgreementRules.CancelOnlyBeforeSigning,
                $"Cannot cancel {Id} on {on:uuuu-MM-dd}: every party signed it on {signed:uuuu-MM-dd}. A signed agreement ends by termination notice, not cancellation.")
            : null;
    }

    private DomainRuleException? CheckNotice(OrganizationId by, LocalDate on)
    {
        if (CheckOrder(on, "give termination notice on") is { } order)
        {
            return order;
        }

        if (!Parties.Contains(by))
        {
            return new DomainRuleException(
                AgreementRules.NoticeByNonParty,
                $"Cannot take termination notice from {by} on {Id}: it is not a party ({string.Join(", ", Parties)}). Only parties give notice.");
        }

        var s = Current;
        if (s.NoticeGivenOn is { } given)
        {
            return new DomainRuleException(
                AgreementRules.TerminationNoticeAlreadyGiven,
                $"Cannot give termination notice on {Id} on {on:uuuu-MM-dd}: {s.NoticeBy} already gave notice on {given:uuuu-MM-dd}, effective {s.TerminationEffectiveOn:uuuu-MM-dd}.");
        }

        var status = s.StatusOn(on);
        return status is AgreementStatus.Signed or AgreementStatus.InForce
            ? null
            : new DomainRuleException(
                AgreementRules.TerminationNotAllowed,
                $"Cannot give termination notice on {Id} on {on:uuuu-MM-dd}: it is {status}. Notice can be given on an agreement signed by every party that has not ended.");
    }

    private DomainRuleException? CheckRenew(LocalDate on)
    {
        if (CheckOrder(on, "renew") is { } order)
        {
            return order;
        }

        var s = Current;
        var status = s.StatusOn(on);
        if (status is not (AgreementStatus.Signed or AgreementStatus.InForce))
        {
            return new DomainRuleException(
                AgreementRules.RenewalNotAllowed,
                $"Cannot renew {Id} on {on:uuuu-MM-dd}: it is {status}. Only an agreement signed by every party and not yet ended can be renewed; otherwise draft a new one.");
        }

        return s.NoticeGivenOn is { } given
            ? new DomainRuleException(
                AgreementRules.RenewalNotAllowed,
                $"Cannot renew {Id} on {on:uuuu-MM-dd}: termination notice was given on {given:uuuu-MM-dd}, effective {s.TerminationEffectiveOn:uuuu-MM-dd}. An agreement under notice is not renewed.")
            : null;
    }

    private DomainRuleException? CheckAmend(LocalDate on, AgreementTerms terms, ImmutableArray<Commitment> commitments)
    {
        if (CheckOrder(on, "amend") is { } order)
        {
            return order;
        }

        var s = Current;
        var status = s.StatusOn(on);
        if (status is AgreementStatus.Cancelled or AgreementStatus.Expired or AgreementStatus.Terminated)
        {
            return new DomainRuleException(
                AgreementRules.AmendmentNotAllowed,
                $"Cannot amend {Id} on {on:uuuu-MM-dd}: it is {status}. Only a live agreement can be amended.");
        }

        if (s.FullySignedOn is null && s.Signatures.Length > 0)
        {
            return new DomainRuleException(
                AgreementRules.AmendmentNotAllowed,
                $"Cannot amend {Id} on {on:uuuu-MM-dd}: {s.Signatures.Length} of {Parties.Count} parties have signed the current text. Amend before the first signature or after the last.");
        }

        if (s.FullySignedOn is not null && (terms.EffectiveDate != s.Terms.EffectiveDate || !terms.Term.Equals(s.Terms.Term)))
        {
            return new DomainRuleException(
                AgreementRules.AmendmentMovesTerm,
                $"Cannot amend {Id} on {on:uuuu-MM-dd} to take effect {terms.EffectiveDate:uuuu-MM-dd} for {terms.Term}: it was signed to take effect {s.Terms.EffectiveDate:uuuu-MM-dd} for {s.Terms.Term}. Extend a signed agreement with a renewal instead.");
        }

        return CheckCommitments(Id, Parties, commitments);
    }
}

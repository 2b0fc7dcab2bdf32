using System;
using System.Collections.Generic;
using System.Diagnostics;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// An agreement between two or more organisations (an MOU, a letter of intent, a friendship or sister-city agreement,
/// a business agreement): its purpose, each party's commitments, its binding clauses, its time terms and its lifecycle.
/// </summary>
/// <remarks>
/// Lifecycle: draft → under negotiation → signed (once every party has signed) → in force from the effective date (a
/// fixed day, or the day the last party signs) → expired at the end of its term (also when a party gave notice of
/// non-renewal in time), renewed (automatically or explicitly), amended, terminated when a notice period has run, or
/// cancelled before signing (rules: <see cref="AgreementRules"/>). Periods are counted as the Civil Code counts them
/// (민법 제155조–제160조, see <see cref="AgreementTerms"/>). Events come in date order; signatures, which
/// parties may give in different zones, in the order of their moments. Questions about a date are answered from the
/// events up to that date, then by the terms: expiry and automatic renewal are not events, they follow from the dates.
/// Sources: MOU practice (parties, purpose, commitments, effective date, term, automatic renewal, termination notice;
/// docs/domain.md); the Open Contracting Data Standard contract status codelist, see <see cref="OcdsContractStatus"/>.
/// </remarks>
public sealed partial class Agreement : EventSourcedAggregate<Agreement, AgreementId, AgreementEvent>
{
    private readonly AgreementDrafted drafted;
    private readonly AgreementParties parties;
    // The signatures by party, for a long list of parties only: a short one scans the current signatures (AgreementParties).
    private readonly PersistentMap<OrganizationId, Signature> signedBy;
    private readonly AppendList<AgreementState> states;

    private Agreement(AppendList<AgreementEvent> history, AgreementDrafted drafted, AgreementParties parties, PersistentMap<OrganizationId, Signature> signedBy, AppendList<AgreementState> states)
        : base(history) => (this.drafted, this.parties, this.signedBy, this.states) = (drafted, parties, signedBy, states);

    /// <summary>The kind of agreement.</summary>
    public AgreementKind Kind => drafted.Kind;

    /// <summary>The purpose.</summary>
    public LocalizedText Purpose => drafted.Purpose;

    /// <summary>The parties, in the order drafted.</summary>
    public IReadOnlyList<OrganizationId> Parties => drafted.Parties;

    /// <summary>Whether and where it binds.</summary>
    public AgreementBinding Binding => drafted.Binding;

    /// <summary>The day it was drafted.</summary>
    public LocalDate DraftedOn => drafted.Date;

    /// <summary>The time terms as last amended.</summary>
    public AgreementTerms Terms => Current.Terms;

    /// <summary>The commitments as last amended.</summary>
    public IReadOnlyList<Commitment> Commitments => Current.Commitments;

    /// <summary>The signatures given so far, in order.</summary>
    public IReadOnlyList<Signature> Signatures => Current.Signatures;

    /// <summary>The day every party had signed by (the latest local date among the signatures); <see langword="null"/> until then.</summary>
    public LocalDate? FullySignedOn => Current.FullySignedOn;

    /// <summary>The first day of the term: the fixed effective date of the terms, or the day the last party signed when the term starts on signing (<see langword="null"/> until then).</summary>
    public LocalDate? EffectiveDate => Current.EffectiveDate;

    /// <summary>The day termination notice was given, if it was.</summary>
    public LocalDate? TerminationNoticeGivenOn => Current.NoticeGivenOn;

    /// <summary>The first day no longer in force because of a termination notice, if one was given: the day after its notice period ends.</summary>
    public LocalDate? TerminationEffectiveOn => Current.TerminationEffectiveOn;

    /// <summary>The day notice of non-renewal was given, if it was.</summary>
    public LocalDate? NonRenewalNoticeGivenOn => Current.NonRenewalGivenOn;

    /// <summary>The first day no longer in force because of a notice of non-renewal, if one was given: the renewal it stopped, the day after the term running when it was given.</summary>
    public LocalDate? NonRenewalEffectiveOn => Current.NonRenewalEffectiveOn;

    internal AgreementState Current => states.Last;

    internal AgreementParties PartySet => parties;

    internal Signature? SignatureOf(OrganizationId party)
    {
        if (!parties.AreScanned)
        {
            return signedBy.GetValueOrDefault(party);
        }

        var signatures = Current.Signatures;
        for (int i = 0; i < signatures.Count; i++)
        {
            if (signatures[i].Party == party)
            {
                return signatures[i];
            }
        }

        return null;
    }

    internal LocalDate SigningOpenedOn => states[states.Count - 1 - Current.Signatures.Count].Date;

    /// <summary>Drafts a new agreement.</summary>
    /// <param name="id">The agreement's id.</param>
    /// <param name="date">The day of drafting.</param>
    /// <param name="kind">The kind of agreement.</param>
    /// <param name="purpose">The purpose, for example <c>관내 기업의 미국 통상 활동 상호협력</c>.</param>
    /// <param name="parties">The parties, two or more, each once.</param>
    /// <param name="commitments">What each party undertakes; every commitment names a party.</param>
    /// <param name="binding">Whether and where it binds.</param>
    /// <param name="terms">The time terms.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentException">An id is default, the kind undefined, a party listed twice, or an argument null.</exception>
    /// <exception cref="DomainRuleException"><see cref="AgreementRules.TooFewParties"/>, <see cref="AgreementRules.CommitmentByNonParty"/>.</exception>
    public static Agreement Create(AgreementId id, LocalDate date, AgreementKind kind, LocalizedText purpose, IEnumerable<OrganizationId> parties, IEnumerable<Commitment> commitments, AgreementBinding binding, AgreementTerms terms)
        => TryCreate(id, date, kind, purpose, parties, commitments, binding, terms).Value;

    /// <summary>Drafts a new agreement, or the rule that stops it.</summary>
    /// <inheritdoc cref="Create" path="/param|/exception[1]"/>
    /// <returns>The draft, or the refusal (as <see cref="Create"/> would throw it).</returns>
    public static Decision<Agreement> TryCreate(AgreementId id, LocalDate date, AgreementKind kind, LocalizedText purpose, IEnumerable<OrganizationId> parties, IEnumerable<Commitment> commitments, AgreementBinding binding, AgreementTerms terms)
        => Found(new AgreementDrafted(Guard.Against.Default(id), date, kind, purpose, new(Guard.Against.Null(parties)), new(Guard.Against.Null(commitments)), binding, terms));

    /// <summary>Rebuilds an agreement from its history, deciding every event again.</summary>
    /// <param name="history">The events, the first an <see cref="AgreementDrafted"/>.</param>
    /// <returns>An agreement equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule: its rule id says which, <see cref="DomainRuleException.EventIndex"/> where.</exception>
    /// <exception cref="ArgumentException">The history or one of its events is null.</exception>
    public static Agreement Replay(IEnumerable<AgreementEvent> history) => Replay<AgreementDrafted>(history, Found);

    /// <summary>Puts the draft to the other parties for negotiation and signature.</summary>
    /// <param name="date">The day negotiation starts.</param>
    /// <returns>The agreement under negotiation.</returns>
    /// <exception cref="DomainRuleException"><see cref="AgreementRules.EventOutOfOrder"/>, <see cref="AgreementRules.NegotiationNotFromDraft"/>.</exception>
    [Transition]
    public Agreement StartNegotiation(LocalDate date) => Record(new NegotiationStarted(Id, date));

    /// <inheritdoc cref="StartNegotiation" path="/summary|/param"/>
    /// <returns>The agreement under negotiation, or the refusal (as <see cref="StartNegotiation"/> would throw it).</returns>
    [Transition]
    public Decision<Agreement> TryStartNegotiation(LocalDate date) => TryRecord(new NegotiationStarted(Id, date));

    /// <summary>True when <see cref="StartNegotiation"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="StartNegotiation" path="/param"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanStartNegotiation(LocalDate date) => CanRecord(new NegotiationStarted(Id, date));

    /// <summary>Adds one party's signature, dated by its zoned moment; the agreement is signed once every party has signed.</summary>
    /// <param name="signature">The signature.</param>
    /// <returns>The agreement with the signature.</returns>
    /// <exception cref="ArgumentException">The signature is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="AgreementRules.EventOutOfOrder"/> (also: given before the signature recorded ahead of it), <see cref="AgreementRules.NotOpenForSignature"/>, <see cref="AgreementRules.SignatureByNonParty"/>, <see cref="AgreementRules.PartySignedTwice"/>, <see cref="CalendarRules.DateBeyondCalendar"/> (the last signature starts a term from signing that would end after 9999-12-31).</exception>
    [Transition]
    public Agreement Sign(Signature signature) => Record(new AgreementSigned(Id, signature));

    /// <inheritdoc cref="Sign" path="/summary|/param|/exception[1]"/>
    /// <returns>The agreement with the signature, or the refusal (as <see cref="Sign"/> would throw it).</returns>
    [Transition]
    public Decision<Agreement> TrySign(Signature signature) => TryRecord(new AgreementSigned(Id, signature));

    /// <summary>True when <see cref="Sign"/> with the same argument would succeed.</summary>
    /// <inheritdoc cref="Sign" path="/param|/exception[1]"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanSign(Signature signature) => CanRecord(new AgreementSigned(Id, signature));

    /// <summary>Cancels the agreement before every party has signed.</summary>
    /// <param name="date">The day of cancellation.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The cancelled agreement.</returns>
    /// <exception cref="ArgumentException">The reason is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="AgreementRules.EventOutOfOrder"/>, <see cref="AgreementRules.CancelOnlyBeforeSigning"/> (signed by all, or already cancelled).</exception>
    [Transition]
    public Agreement Cancel(LocalDate date, LocalizedText reason) => Record(new AgreementCancelled(Id, date, reason));

    /// <inheritdoc cref="Cancel" path="/summary|/param|/exception[1]"/>
    /// <returns>The cancelled agreement, or the refusal (as <see cref="Cancel"/> would throw it).</returns>
    [Transition]
    public Decision<Agreement> TryCancel(LocalDate date, LocalizedText reason) => TryRecord(new AgreementCancelled(Id, date, reason));

    /// <summary>True when <see cref="Cancel"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="Cancel" path="/param|/exception[1]"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanCancel(LocalDate date, LocalizedText reason) => CanRecord(new AgreementCancelled(Id, date, reason));

    /// <summary>The parties renew the agreement explicitly, extending the term that runs on the date.</summary>
    /// <param name="date">The day of the renewal.</param>
    /// <param name="extension">How much to extend the current term by: positive, in years, months, weeks and days.</param>
    /// <returns>The renewed agreement.</returns>
    /// <exception cref="ArgumentException">The extension is null, not positive or has a time-of-day unit.</exception>
    /// <exception cref="DomainRuleException"><see cref="AgreementRules.EventOutOfOrder"/>, <see cref="AgreementRules.RenewalNotAllowed"/> (not signed, ended, or under notice of termination or non-renewal), <see cref="CalendarRules.DateBeyondCalendar"/> (the extended term would end after 9999-12-31).</exception>
    [Transition]
    public Agreement Renew(LocalDate date, Period extension) => Record(new AgreementRenewed(Id, date, extension));

    /// <inheritdoc cref="Renew" path="/summary|/param|/exception[1]"/>
    /// <returns>The renewed agreement, or the refusal (as <see cref="Renew"/> would throw it).</returns>
    [Transition]
    public Decision<Agreement> TryRenew(LocalDate date, Period extension) => TryRecord(new AgreementRenewed(Id, date, extension));

    /// <summary>True when <see cref="Renew"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="Renew" path="/param|/exception[1]"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanRenew(LocalDate date, Period extension) => CanRecord(new AgreementRenewed(Id, date, extension));

    /// <summary>Amends the terms and commitments: before any signature anything; once signed by all, not the effective date and initial term (see <see cref="Renew"/>).</summary>
    /// <param name="date">The day of the amendment.</param>
    /// <param name="summary">What it changes, in words.</param>
    /// <param name="terms">The terms from the amendment on.</param>
    /// <param name="commitments">The commitments from the amendment on.</param>
    /// <returns>The amended agreement.</returns>
    /// <exception cref="ArgumentException">An argument or a commitment is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="AgreementRules.EventOutOfOrder"/>, <see cref="AgreementRules.AmendmentNotAllowed"/> (partly signed, cancelled or ended), <see cref="AgreementRules.AmendmentMovesTerm"/>, <see cref="AgreementRules.CommitmentByNonParty"/>, <see cref="CalendarRules.DateBeyondCalendar"/> (a new renewal period would count from a day after 9999-12-31).</exception>
    [Transition]
    public Agreement Amend(LocalDate date, LocalizedText summary, AgreementTerms terms, IEnumerable<Commitment> commitments) => Record(Amendment(date, summary, terms, commitments));

    /// <inheritdoc cref="Amend" path="/summary|/param|/exception[1]"/>
    /// <returns>The amended agreement, or the refusal (as <see cref="Amend"/> would throw it).</returns>
    [Transition]
    public Decision<Agreement> TryAmend(LocalDate date, LocalizedText summary, AgreementTerms terms, IEnumerable<Commitment> commitments) => TryRecord(Amendment(date, summary, terms, commitments));

    /// <summary>True when <see cref="Amend"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="Amend" path="/param|/exception[1]"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanAmend(LocalDate date, LocalizedText summary, AgreementTerms terms, IEnumerable<Commitment> commitments) => CanRecord(Amendment(date, summary, terms, commitments));

    /// <summary>The kind, id and parties.</summary>
    /// <returns>For example <c>MemorandumOfUnderstanding mou-2023-kaccoc (gwanak-gu-office, kaccoc)</c>.</returns>
    public override string ToString() => $"{Kind} {Id} ({string.Join(", ", Parties)})";

    internal AgreementState StateOn(LocalDate date)
        => date >= DraftedOn
            ? states[states.LastIndexWhere(s => s.Date <= date)]
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"The agreement {Id} was drafted on {DraftedOn:uuuu-MM-dd}; ask about that day or later.");

    private protected override Refusal? Decide(AgreementEvent e) => e switch
    {
        NegotiationStarted n => AgreementDecisions.Negotiation(this, n),
        AgreementSigned s => AgreementDecisions.Signature(this, s),
        AgreementCancelled c => AgreementDecisions.Cancellation(this, c),
        TerminationNoticeGiven t => AgreementDecisions.TerminationNotice(this, t),
        NonRenewalNoticeGiven n => AgreementDecisions.NonRenewalNotice(this, n),
        AgreementRenewed r => AgreementDecisions.Renewal(this, r),
        AgreementAmended a => AgreementDecisions.Amendment(this, a),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the agreement is drafted."),
    };

    private protected override Agreement Evolve(AgreementEvent e, AppendList<AgreementEvent> history) => e switch
    {
        NegotiationStarted n => With(history, Current with { Date = n.Date, NegotiationStarted = true }),
        AgreementSigned s => new(history, drafted, parties, parties.AreScanned ? signedBy : signedBy.SetItem(s.Signature.Party, s.Signature), states.Add(Current.Signed(s.Signature, parties.Count))),
        AgreementCancelled c => With(history, Current with { Date = c.Date, CancelledOn = c.Date }),
        TerminationNoticeGiven t => With(history, Current.Noticed(t.Date, t.By)),
        NonRenewalNoticeGiven n => With(history, Current.NonRenewed(n.Date, n.By)),
        AgreementRenewed r => With(history, Current.Renewed(r.Date, r.Extension)),
        AgreementAmended a => With(history, Current.Amended(a.Date, a.Terms, a.Commitments)),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the agreement is drafted."),
    };

    private static Decision<Agreement> Found(AgreementDrafted d)
    {
        var parties = AgreementParties.Of(d.Parties);
        return AgreementDecisions.Draft(d, parties) is { } refusal
            ? new(refusal)
            : new(new Agreement(Founded(d), d, parties, PersistentMap<OrganizationId, Signature>.Empty, AppendList<AgreementState>.Empty.Add(AgreementState.Drafted(d))));
    }

    private AgreementAmended Amendment(LocalDate date, LocalizedText summary, AgreementTerms terms, IEnumerable<Commitment> commitments)
        => new(Id, date, summary, terms, new(Guard.Against.Null(commitments)));

    private Agreement With(AppendList<AgreementEvent> history, AgreementState state) => new(history, drafted, parties, signedBy, states.Add(state));
}

using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// An exchange programme a partnership runs (overseas internships, homestays, volunteering): the partner that hosts it,
/// the agreement that founds it, its capacity and its participants over time.
/// </summary>
/// <remarks>
/// The trilateral MOU between the Korean American Chamber of Commerce of Orange County (KACCOC), the Gwanak Chamber of
/// Commerce and the Gwanak Small Business Federation opened overseas internships for young people and volunteering at
/// the World Korean Business Convention (press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다",
/// 2023-08-23). Capacity counts the participants taking part on the same day
/// (<see cref="ExchangeProgramRules.CapacityExceeded"/>); the count per day is indexed, so every decision costs
/// O(log n). Steps are recorded in date order (<see cref="ExchangeProgramRules.EventBeforeLastEvent"/>).
/// </remarks>
public sealed class ExchangeProgram : EventSourcedAggregate<ExchangeProgram, ExchangeProgramId, ExchangeProgramEvent>
{
    private readonly ExchangeProgramOpened opening;
    private readonly AppendList<Participation> participations;
    private readonly PositionsByKey<ProgramParticipant> participationsOf;
    private readonly PersistentMap<int, LocalDate> withdrawn;
    private readonly DatedTotals<int> takingPart;
    private readonly DatedIntervals days;

    private ExchangeProgram(
        AppendList<ExchangeProgramEvent> history,
        ExchangeProgramOpened opening,
        AppendList<Participation> participations,
        PositionsByKey<ProgramParticipant> participationsOf,
        PersistentMap<int, LocalDate> withdrawn,
        DatedTotals<int> takingPart,
        DatedIntervals days)
        : base(history)
    {
        this.opening = opening;
        this.participations = participations;
        this.participationsOf = participationsOf;
        this.withdrawn = withdrawn;
        this.takingPart = takingPart;
        this.days = days;
    }

    /// <summary>Internship, homestay or volunteering.</summary>
    public ExchangeProgramKind Kind => opening.Kind;

    /// <summary>The programme's title.</summary>
    public LocalizedText Title => opening.Title;

    /// <summary>The partner that hosts the participants.</summary>
    public OrganizationId Host => opening.Host;

    /// <summary>The agreement that founds it.</summary>
    public AgreementId FoundingAgreement => opening.FoundingAgreement;

    /// <summary>How many participants may take part on the same day.</summary>
    public int Capacity => opening.Capacity;

    /// <summary>The day it opened: the first day participants may take part.</summary>
    public LocalDate OpenedOn => opening.Date;

    /// <summary>Every participation as it now stands, in order of enrolment: the participant and the days, cut short by a withdrawal.</summary>
    public IReadOnlyList<Participation> Participations => participations;

    /// <summary>The day of the last recorded event: a later step is dated on or after it.</summary>
    internal LocalDate LastRecordedOn => LastEvent.Date;

    /// <summary>Opens a programme.</summary>
    /// <param name="id">The programme's id.</param>
    /// <param name="date">The day it opens: enrolments are recorded and participations begin from it on.</param>
    /// <param name="kind">Internship, homestay or volunteering.</param>
    /// <param name="title">The title.</param>
    /// <param name="host">The partner that hosts it.</param>
    /// <param name="foundingAgreement">The agreement that founds it.</param>
    /// <param name="capacity">How many may take part on the same day; at least one.</param>
    /// <returns>The programme, with no participant yet.</returns>
    /// <exception cref="System.ArgumentException">An id is default, the kind is not defined, the title is null or the capacity is less than one.</exception>
    public static ExchangeProgram Create(ExchangeProgramId id, LocalDate date, ExchangeProgramKind kind, LocalizedText title, OrganizationId host, AgreementId foundingAgreement, int capacity)
        => Found(new ExchangeProgramOpened(Guard.Against.Default(id), date, kind, title, host, foundingAgreement, capacity)).Value;

    /// <summary>Rebuilds a programme from its history, deciding every enrolment and withdrawal again.</summary>
    /// <param name="history">The steps, starting with an <see cref="ExchangeProgramOpened"/>.</param>
    /// <returns>The programme, equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule: its rule id says which, <see cref="DomainRuleException.EventIndex"/> where.</exception>
    /// <exception cref="System.ArgumentException">The history or one of its events is null.</exception>
    public static ExchangeProgram Replay(IEnumerable<ExchangeProgramEvent> history) => Replay<ExchangeProgramOpened>(history, Found);

    /// <summary>Enrols a participant for a period.</summary>
    /// <param name="date">The day the enrolment is recorded.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="period">The days of participation; may be open.</param>
    /// <returns>The programme with the enrolment.</returns>
    /// <exception cref="System.ArgumentException">The participant is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="ExchangeProgramRules.EventBeforeLastEvent"/>, <see cref="ExchangeProgramRules.BeforeProgramOpened"/>,
    /// <see cref="ExchangeProgramRules.AlreadyEnrolled"/> or <see cref="ExchangeProgramRules.CapacityExceeded"/>.
    /// </exception>
    [Transition]
    public ExchangeProgram Enroll(LocalDate date, ProgramParticipant participant, DateRange period) => Record(new ParticipantEnrolled(Id, date, participant, period));

    /// <summary>Enrols a participant, or the rule that stops it.</summary>
    /// <param name="date">The day the enrolment is recorded.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="period">The days of participation; may be open.</param>
    /// <returns>The programme with the enrolment, or the refusal (as <see cref="Enroll"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The participant is null.</exception>
    [Transition]
    public Decision<ExchangeProgram> TryEnroll(LocalDate date, ProgramParticipant participant, DateRange period) => TryRecord(new ParticipantEnrolled(Id, date, participant, period));

    /// <summary>True when <see cref="Enroll"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day the enrolment is recorded.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="period">The days of participation; may be open.</param>
    /// <returns><see langword="true"/> when no rule stops the enrolment.</returns>
    /// <exception cref="System.ArgumentException">The participant is null.</exception>
    public bool CanEnroll(LocalDate date, ProgramParticipant participant, DateRange period) => CanRecord(new ParticipantEnrolled(Id, date, participant, period));

    /// <summary>Records that a participant left; the participation ends on the last day given.</summary>
    /// <param name="date">The day the withdrawal is recorded.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="lastDay">The last day of participation.</param>
    /// <returns>The programme with the withdrawal.</returns>
    /// <exception cref="System.ArgumentException">The participant is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="ExchangeProgramRules.EventBeforeLastEvent"/>, <see cref="ExchangeProgramRules.NotEnrolled"/> (not taking
    /// part on the last day) or <see cref="ExchangeProgramRules.AlreadyWithdrawn"/>.
    /// </exception>
    [Transition]
    public ExchangeProgram Withdraw(LocalDate date, ProgramParticipant participant, LocalDate lastDay) => Record(new ParticipantWithdrew(Id, date, participant, lastDay));

    /// <summary>Records that a participant left, or the rule that stops it.</summary>
    /// <param name="date">The day the withdrawal is recorded.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="lastDay">The last day of participation.</param>
    /// <returns>The programme with the withdrawal, or the refusal (as <see cref="Withdraw"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The participant is null.</exception>
    [Transition]
    public Decision<ExchangeProgram> TryWithdraw(LocalDate date, ProgramParticipant participant, LocalDate lastDay) => TryRecord(new ParticipantWithdrew(Id, date, participant, lastDay));

    /// <summary>True when <see cref="Withdraw"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day the withdrawal is recorded.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="lastDay">The last day of participation.</param>
    /// <returns><see langword="true"/> when no rule stops the withdrawal.</returns>
    /// <exception cref="System.ArgumentException">The participant is null.</exception>
    public bool CanWithdraw(LocalDate date, ProgramParticipant participant, LocalDate lastDay) => CanRecord(new ParticipantWithdrew(Id, date, participant, lastDay));

    /// <summary>The participants taking part on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The participants, in order of enrolment.</returns>
    public IReadOnlyList<ProgramParticipant> ParticipantsOn(LocalDate date)
        => days.On(date).Select(i => participations[i].Participant).ToArray();

    /// <summary>The title and the capacity.</summary>
    /// <returns>For example <c>Orange County overseas internship (capacity 5)</c>.</returns>
    public override string ToString() => $"{Title.English} (capacity {Capacity})";

    private protected override Refusal? Decide(ExchangeProgramEvent e) => e switch
    {
        ParticipantEnrolled enrolled => ExchangeProgramDecisions.Enrolment(this, enrolled, LatestStartingBy(enrolled.Participant, enrolled.Period.End ?? LocalDate.MaxIsoValue) is { } i && participations[i].Period.Overlaps(enrolled.Period), takingPart),
        ParticipantWithdrew withdrew => ExchangeProgramDecisions.Withdrawal(this, withdrew, ParticipationOn(withdrew.Participant, withdrew.LastDay), withdrawn),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the programme is opened."),
    };

    private protected override ExchangeProgram Evolve(ExchangeProgramEvent e, AppendList<ExchangeProgramEvent> history)
    {
        switch (e)
        {
            case ParticipantEnrolled enrolled:
                return new(
                    history,
                    opening,
                    participations.Add(new Participation(enrolled.Participant, enrolled.Period)),
                    participationsOf.Add(enrolled.Participant, enrolled.Period.Start, participations.Count),
                    withdrawn,
                    Count(takingPart, enrolled.Period, 1),
                    days.Add(enrolled.Period, participations.Count));
            case ParticipantWithdrew withdrew:
                int i = ParticipationOn(withdrew.Participant, withdrew.LastDay)!.Value;
                var before = participations[i];
                var after = before.Period.EndingOn(withdrew.LastDay);
                return new(
                    history,
                    opening,
                    participations.SetItem(i, new Participation(before.Participant, after)),
                    participationsOf,
                    withdrawn.SetItem(i, withdrew.LastDay),
                    Count(Count(takingPart, before.Period, -1), after, 1),
                    days.Replace(before.Period.Start, i, after));
            default:
                throw new UnreachableException($"{e.GetType().Name} is decided when the programme is opened.");
        }
    }

    private static Decision<ExchangeProgram> Found(ExchangeProgramOpened opened)
        => new(new ExchangeProgram(Founded(opened), opened, AppendList<Participation>.Empty, PositionsByKey<ProgramParticipant>.Empty, PersistentMap<int, LocalDate>.Empty, DatedTotals<int>.Empty, DatedIntervals.Empty));

    // A participation counts from its first day through its last day (for good, when open); sign -1 takes one back.
    private static DatedTotals<int> Count(DatedTotals<int> totals, DateRange period, int sign)
    {
        totals = totals.Add(period.Start, sign);
        return period.End is { } last && last < LocalDate.MaxIsoValue ? totals.Add(last.PlusDays(1), -sign) : totals;
    }

    // A participant's participations never overlap, so the one that includes a day, if any, is the last to start by it.
    private int? ParticipationOn(ProgramParticipant participant, LocalDate day)
        => LatestStartingBy(participant, day) is { } i && participations[i].Period.Contains(day) ? i : null;

    private int? LatestStartingBy(ProgramParticipant participant, LocalDate day) => participationsOf.LatestBy(participant, day)?.Position;
}

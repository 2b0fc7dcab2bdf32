using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// An exchange programme a partnership runs (overseas internships, homestays, volunteering): the partner that hosts it,
/// the agreement that founds it, its capacity and its participants over time. Immutable and audited.
/// </summary>
/// <remarks>
/// Capacity counts the participants taking part on the same day. Source: the seed (2023) — the trilateral MOU between
/// KACCOC, the Gwanak Chamber of Commerce and the Small Business Federation opened overseas internships and
/// volunteering at the World Korean Business Convention for young people.
/// </remarks>
public sealed class ExchangeProgram : IEquatable<ExchangeProgram>
{
    private readonly ImmutableArray<ProgramEvent> history;

    private ExchangeProgram(ImmutableArray<ProgramEvent> history) => this.history = history;

    private ProgramOpened Opened => (ProgramOpened)history[0];

    /// <summary>Internship, homestay or volunteering.</summary>
    public ExchangeProgramKind Kind => Opened.Kind;

    /// <summary>The programme's title.</summary>
    public LocalizedText Title => Opened.Title;

    /// <summary>The partner that hosts the participants.</summary>
    public OrganizationId Host => Opened.Host;

    /// <summary>The agreement that founds it.</summary>
    public AgreementId FoundingAgreement => Opened.FoundingAgreement;

    /// <summary>How many participants may take part on the same day.</summary>
    public int Capacity => Opened.Capacity;

    /// <summary>The first day participants may take part.</summary>
    public LocalDate OpenedOn => Opened.Date;

    /// <summary>Everything that happened, oldest first; the programme is the fold of it (<see cref="Replay"/>).</summary>
    public IReadOnlyList<ProgramEvent> History => history;

    /// <summary>Every participation as it now stands: the participant and the days, cut short by a withdrawal.</summary>
    public IReadOnlyList<Participation> Participations
    {
        get
        {
            var result = new List<Participation>();
            foreach (var e in history)
            {
                switch (e)
                {
                    case ParticipantEnrolled enrolled:
                        result.Add(new Participation(enrolled.Participant, enrolled.Period));
                        break;
                    case ParticipantWithdrew withdrew:
                        int i = result.FindIndex(p => p.Participant == withdrew.Participant && p.Period.Contains(withdrew.LastDay));
                        result[i] = result[i] with { Period = result[i].Period.EndingOn(withdrew.LastDay) };
                        break;
                }
            }

            return result;
        }
    }

    /// <summary>Opens a programme.</summary>
    /// <param name="kind">Internship, homestay or volunteering.</param>
    /// <param name="title">The title.</param>
    /// <param name="host">The partner that hosts it.</param>
    /// <param name="foundingAgreement">The agreement that founds it.</param>
    /// <param name="capacity">How many may take part on the same day; at least one.</param>
    /// <param name="openedOn">The first day participants may take part.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentException">The title is null or the capacity is less than one.</exception>
    public static ExchangeProgram Open(ExchangeProgramKind kind, LocalizedText title, OrganizationId host, AgreementId foundingAgreement, int capacity, LocalDate openedOn)
    {
        Guard.Against.Null(title);
        Guard.Against.NegativeOrZero(capacity);
        return new ExchangeProgram([new ProgramOpened(openedOn, kind, title, host, foundingAgreement, capacity)]);
    }

    /// <summary>Rebuilds a programme from its history, checking every enrolment and withdrawal again.</summary>
    /// <param name="history">The events, oldest first, beginning with a <see cref="ProgramOpened"/>.</param>
    /// <returns>The programme the events describe, equal to the one that recorded them.</returns>
    /// <exception cref="DomainRuleException">
    /// <see cref="ExchangeProgramRules.HistoryMustStartWithOpening"/> when the history is empty, does not begin with
    /// the opening or opens the programme twice; or the rule an enrolment or a withdrawal in it breaks.
    /// </exception>
    /// <exception cref="ArgumentException">An event is null, or the opening has no title or a capacity below one.</exception>
    public static ExchangeProgram Replay(IEnumerable<ProgramEvent> history)
        => EventHistory.Replay(
            history,
            (ProgramOpened opened) => Open(opened.Kind, opened.Title, opened.Host, opened.FoundingAgreement, opened.Capacity, opened.Date),
            (program, e) => program.Apply(e),
            e => e.Date,
            ExchangeProgramRules.HistoryMustStartWithOpening,
            "An exchange programme's history starts with its opening");

    /// <summary>The participants taking part on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The participants, in order of enrolment.</returns>
    public IReadOnlyList<ProgramParticipant> ParticipantsOn(LocalDate date)
        => Participations.Where(p => p.Period.Contains(date)).Select(p => p.Participant).ToArray();

    /// <summary>True when <see cref="Enroll"/> with the same arguments would succeed.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="period">The days of participation.</param>
    /// <returns><see langword="true"/> when the enrolment is allowed.</returns>
    public bool CanEnroll(ProgramParticipant participant, DateRange period)
        => participant is not null && EnrollViolation(participant, period) is null;

    /// <summary>Enrols a participant for a period.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="period">The days of participation; may be open.</param>
    /// <param name="recordedOn">The day the enrolment is recorded.</param>
    /// <returns>The programme with the enrolment.</returns>
    /// <exception cref="DomainRuleException">
    /// <see cref="ExchangeProgramRules.CapacityExceeded"/>, <see cref="ExchangeProgramRules.AlreadyEnrolled"/> or
    /// <see cref="ExchangeProgramRules.BeforeProgramOpened"/>.
    /// </exception>
    public ExchangeProgram Enroll(ProgramParticipant participant, DateRange period, LocalDate recordedOn)
    {
        Guard.Against.Null(participant);
        if (EnrollViolation(participant, period) is { } v)
        {
            throw new DomainRuleException(v.RuleId, v.Message);
        }

        return new ExchangeProgram(history.Add(new ParticipantEnrolled(recordedOn, participant, period)));
    }

    /// <summary>Records that a participant left; the participation ends on the last day given.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="lastDay">The last day of participation.</param>
    /// <param name="recordedOn">The day the withdrawal is recorded.</param>
    /// <returns>The programme with the withdrawal.</returns>
    /// <exception cref="DomainRuleException"><see cref="ExchangeProgramRules.NotEnrolled"/>: the participant is not taking part on that day.</exception>
    public ExchangeProgram Withdraw(ProgramParticipant participant, LocalDate lastDay, LocalDate recordedOn)
    {
        Guard.Against.Null(participant);
        if (!Participations.Any(p => p.Participant == participant && p.Period.Contains(lastDay)))
        {
            throw new DomainRuleException(ExchangeProgramRules.NotEnrolled, $"Cannot end the participation of a {participant} in '{Title.English}' on {lastDay:uuuu-MM-dd}: they are not taking part that day. A withdrawal ends a participation that includes its last day.");
        }

        return new ExchangeProgram(history.Add(new ParticipantWithdrew(recordedOn, participant, lastDay)));
    }

    private ExchangeProgram Apply(ProgramEvent e) => e switch
    {
        ParticipantEnrolled enrolled => Enroll(enrolled.Participant, enrolled.Period, enrolled.Date),
        ParticipantWithdrew withdrew => Withdraw(withdrew.Participant, withdrew.LastDay, withdrew.Date),
        ProgramOpened => throw new DomainRuleException(ExchangeProgramRules.HistoryMustStartWithOpening, $"'{Title.English}' was already opened on {OpenedOn:uuuu-MM-dd}; a history has exactly one opening, at its start."),
        _ => throw new ArgumentException($"Unknown programme event {e.GetType().Name}.", "history"),
    };

    /// <inheritdoc/>
    public bool Equals(ExchangeProgram? other) => other is not null && history.SequenceEqual(other.history);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExchangeProgram);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Opened, history.Length);

    private (string RuleId, string Message)? EnrollViolation(ProgramParticipant participant, DateRange period)
    {
        if (period.Start < OpenedOn)
        {
            return (ExchangeProgramRules.BeforeProgramOpened, $"Cannot enrol a {participant} in '{Title.English}' from {period.Start:uuuu-MM-dd}: the programme opens on {OpenedOn:uuuu-MM-dd}.");
        }

        var participations = Participations;
        if (participations.Any(p => p.Participant == participant && p.Period.Overlaps(period)))
        {
            return (ExchangeProgramRules.AlreadyEnrolled, $"Cannot enrol a {participant} in '{Title.English}' for {period}: they are already enrolled for an overlapping period.");
        }

        // The number taking part only rises on a start day, so the peak within the period is on its start or on a later start.
        var overlapping = participations.Where(p => p.Period.Overlaps(period)).Select(p => p.Period).ToArray();
        foreach (var day in overlapping.Select(p => p.Start).Where(period.Contains).Append(period.Start).Distinct())
        {
            int count = overlapping.Count(p => p.Contains(day)) + 1;
            if (count > Capacity)
            {
                return (ExchangeProgramRules.CapacityExceeded, $"Cannot enrol a {participant} in '{Title.English}' for {period}: on {day:uuuu-MM-dd} {count} would take part, and the capacity is {Capacity}.");
            }
        }

        return null;
    }
}

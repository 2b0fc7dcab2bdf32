using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A participant was enrolled for a period.</summary>
[EventType("exchange-program.participant-enrolled")]
public sealed record ParticipantEnrolled : ExchangeProgramEvent
{
    /// <summary>Records an enrolment.</summary>
    /// <param name="program">The programme's id.</param>
    /// <param name="date">The day the enrolment was recorded.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="period">The days of participation; open while it has no planned end.</param>
    /// <exception cref="System.ArgumentException">The id is default or the participant is null.</exception>
    public ParticipantEnrolled(ExchangeProgramId program, LocalDate date, ProgramParticipant participant, DateRange period)
        : base(program, date)
    {
        Participant = Guard.Against.Null(participant);
        Period = period;
    }

    /// <summary>The participant.</summary>
    public ProgramParticipant Participant { get; }

    /// <summary>The days of participation.</summary>
    public DateRange Period { get; }
}

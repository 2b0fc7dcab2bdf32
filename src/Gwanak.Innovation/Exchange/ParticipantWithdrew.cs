using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A participant left before the end of the enrolled period; the participation ends on the last day given.</summary>
[EventType("exchange-program.participant-withdrew")]
public sealed record ParticipantWithdrew : ExchangeProgramEvent
{
    /// <summary>Records a withdrawal.</summary>
    /// <param name="program">The programme's id.</param>
    /// <param name="date">The day the withdrawal was recorded.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="lastDay">The last day of participation.</param>
    /// <exception cref="System.ArgumentException">The id is default or the participant is null.</exception>
    public ParticipantWithdrew(ExchangeProgramId program, LocalDate date, ProgramParticipant participant, LocalDate lastDay)
        : base(program, date)
    {
        Participant = Guard.Against.Null(participant);
        LastDay = lastDay;
    }

    /// <summary>The participant.</summary>
    public ProgramParticipant Participant { get; }

    /// <summary>The last day of participation.</summary>
    public LocalDate LastDay { get; }
}

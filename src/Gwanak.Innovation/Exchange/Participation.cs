using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// A participant's days in an exchange programme, as they now stand (cut short by a withdrawal), as
/// <see cref="ExchangeProgram.Participations"/> lists them from the programme's enrolments and withdrawals.
/// </summary>
public sealed record Participation
{
    internal Participation(ProgramParticipant participant, DateRange period)
    {
        Participant = participant;
        Period = period;
    }

    /// <summary>The participant.</summary>
    public ProgramParticipant Participant { get; }

    /// <summary>The days of participation; open while it has no planned end.</summary>
    public DateRange Period { get; }
}

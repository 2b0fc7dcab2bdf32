using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A participant left before the end of the enrolled period.</summary>
/// <param name="Date">The day the withdrawal was recorded.</param>
/// <param name="Participant">The participant.</param>
/// <param name="LastDay">The last day of participation.</param>
public sealed record ParticipantWithdrew(LocalDate Date, ProgramParticipant Participant, LocalDate LastDay) : ProgramEvent(Date);

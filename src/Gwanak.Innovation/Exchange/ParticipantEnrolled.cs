using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A participant was enrolled for a period.</summary>
/// <param name="Date">The day the enrolment was recorded.</param>
/// <param name="Participant">The participant.</param>
/// <param name="Period">The days of participation.</param>
public sealed record ParticipantEnrolled(LocalDate Date, ProgramParticipant Participant, DateRange Period) : ProgramEvent(Date);

using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>A participant's days in an exchange programme, as they now stand (cut short by a withdrawal).</summary>
/// <param name="Participant">The participant.</param>
/// <param name="Period">The days of participation; open while it has no planned end.</param>
public sealed record Participation(ProgramParticipant Participant, DateRange Period);

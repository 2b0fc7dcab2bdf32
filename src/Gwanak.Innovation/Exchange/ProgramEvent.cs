using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>Something that happened to an exchange programme; the programme is the fold of these events.</summary>
/// <param name="Date">The day it was recorded.</param>
public abstract record ProgramEvent(LocalDate Date);

using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A step in the life of a support programme; the programme is the fold of its steps.</summary>
/// <param name="Date">The day of the step.</param>
public abstract record SupportProgramEvent(LocalDate Date);

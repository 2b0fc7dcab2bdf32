using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The district was selected for a round of the programme.</summary>
/// <param name="Date">The selection day.</param>
/// <param name="Number">The round number (1, 2, ...).</param>
/// <param name="Period">The days the round runs.</param>
public sealed record ProgramRoundSelected(LocalDate Date, int Number, DateRange Period) : SupportProgramEvent(Date);

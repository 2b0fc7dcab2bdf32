using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A step in the life of a fund; the fund is the fold of its steps.</summary>
/// <param name="Date">The day of the step.</param>
public abstract record FundEvent(LocalDate Date);

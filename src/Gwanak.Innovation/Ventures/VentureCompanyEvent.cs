using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>A step in the record of a company; the company is the fold of its steps.</summary>
/// <param name="Date">The day the step describes.</param>
public abstract record VentureCompanyEvent(LocalDate Date);

using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>The company's employee count was reported for a day (for example by a yearly survey).</summary>
/// <param name="Date">The day the count describes.</param>
/// <param name="Employees">The number of employees.</param>
public sealed record EmployeesReported(LocalDate Date, int Employees) : VentureCompanyEvent(Date);

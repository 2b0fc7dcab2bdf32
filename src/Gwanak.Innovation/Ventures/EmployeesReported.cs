using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>The company's employee count was reported for a day (for example by a yearly survey).</summary>
[EventType("venture-company.employees-reported")]
public sealed record EmployeesReported : VentureCompanyEvent
{
    /// <summary>Records a report.</summary>
    /// <param name="company">The company's business registration number.</param>
    /// <param name="date">The day the count describes.</param>
    /// <param name="employees">The number of employees, zero or more.</param>
    /// <exception cref="System.ArgumentException">The registration number is default or the count is negative.</exception>
    public EmployeesReported(BusinessRegistrationNumber company, LocalDate date, int employees)
        : base(company, date)
        => Employees = Guard.Against.Negative(employees);

    /// <summary>The number of employees.</summary>
    public int Employees { get; }
}

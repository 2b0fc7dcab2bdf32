using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>A step in the record of a company, as a district stores it; the company is the fold of its steps (<see cref="VentureCompany.Replay"/>).</summary>
public abstract record VentureCompanyEvent : IDomainEvent<BusinessRegistrationNumber>
{
    private protected VentureCompanyEvent(BusinessRegistrationNumber company, LocalDate date)
    {
        Company = Guard.Against.Default(company);
        Date = date;
    }

    /// <summary>The company the step happened to, by its business registration number.</summary>
    public BusinessRegistrationNumber Company { get; }

    /// <summary>The day the step describes.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    BusinessRegistrationNumber IDomainEvent<BusinessRegistrationNumber>.AggregateId => Company;
}

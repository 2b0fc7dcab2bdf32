using System;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>A company was entered in the district's register: the first event of every company.</summary>
[EventType("venture-company.registered")]
public sealed record VentureCompanyRegistered : VentureCompanyEvent
{
    /// <summary>Records a registration.</summary>
    /// <param name="company">The business registration number (사업자등록번호), the company's id.</param>
    /// <param name="date">The founding day.</param>
    /// <param name="name">The bilingual name.</param>
    /// <param name="location">The legal dong (법정동, a 10-digit code) of the place of business, or a ri inside one.</param>
    /// <param name="technologyFields">The technology fields (may be empty); kept once each.</param>
    /// <param name="employees">The number of employees when registered, zero or more.</param>
    /// <param name="isSmallOrMediumEnterprise">True when the company was a small or medium enterprise (중소기업) when founded; later days are told by SME confirmations (<see cref="SmeConfirmed"/>).</param>
    /// <exception cref="ArgumentException">
    /// The registration number is default, the name or a field is null, the location is not a legal dong, or the
    /// employee count is negative.
    /// </exception>
    public VentureCompanyRegistered(
        BusinessRegistrationNumber company,
        LocalDate date,
        LocalizedText name,
        AdministrativeDistrictCode location,
        EquatableArray<TechnologyField> technologyFields,
        int employees,
        bool isSmallOrMediumEnterprise)
        : base(company, date)
    {
        Name = Guard.Against.Null(name);
        Location = location.Level >= AdministrativeLevel.Dong
            ? location
            : throw new ArgumentException($"The location {location} is a {location.Level}; a company is located in a legal dong (10-digit code such as 1162010100).", nameof(location));
        foreach (var field in technologyFields)
        {
            Guard.Against.Null(field, nameof(technologyFields));
        }

        TechnologyFields = OnceEach(technologyFields);
        Employees = Guard.Against.Negative(employees);
        IsSmallOrMediumEnterprise = isSmallOrMediumEnterprise;
    }

    /// <summary>The bilingual name.</summary>
    public LocalizedText Name { get; }

    // The fields once each, in their order: the given array itself when no field repeats.
    private static EquatableArray<TechnologyField> OnceEach(EquatableArray<TechnologyField> fields)
        => Repeats.FirstRepeated(fields.AsSpan()) < 0 ? fields : [.. fields.Distinct()];

    /// <summary>The legal dong of the place of business.</summary>
    public AdministrativeDistrictCode Location { get; }

    /// <summary>The technology fields.</summary>
    public EquatableArray<TechnologyField> TechnologyFields { get; }

    /// <summary>The number of employees when registered.</summary>
    public int Employees { get; }

    /// <summary>True when the company was a small or medium enterprise (중소기업) when founded.</summary>
    public bool IsSmallOrMediumEnterprise { get; }
}

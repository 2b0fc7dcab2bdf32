using System.Collections.Immutable;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>A company was entered in the district's register.</summary>
/// <param name="Date">The founding day.</param>
/// <param name="RegistrationNumber">The business registration number.</param>
/// <param name="Name">The bilingual name.</param>
/// <param name="Location">The legal dong of the place of business.</param>
/// <param name="TechnologyFields">The technology fields.</param>
/// <param name="Employees">The number of employees when registered.</param>
/// <param name="IsSmallOrMediumEnterprise">True when the company is an SME.</param>
public sealed record VentureCompanyRegistered(
    LocalDate Date,
    BusinessRegistrationNumber RegistrationNumber,
    LocalizedText Name,
    AdministrativeDistrictCode Location,
    ImmutableArray<TechnologyField> TechnologyFields,
    int Employees,
    bool IsSmallOrMediumEnterprise) : VentureCompanyEvent(Date);

using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Organizations;

/// <summary>
/// An organisation that takes part in the district's innovation work: a district office, a ministry, a
/// university, a company, a chamber of commerce, a foreign city (Popolo <c>Organization</c>).
/// </summary>
/// <remarks>
/// Other contexts refer to an organisation only through its <see cref="Id"/>. Korean organisations may carry
/// an administrative district code and registration numbers; foreign ones may not
/// (<see cref="OrganizationRules.DistrictOutsideKorea"/>, <see cref="OrganizationRules.RegistrationOutsideKorea"/>).
/// A value, not an aggregate: the constructor takes every stored fact, and <see cref="InDistrict"/> and the <c>With…</c>
/// methods are conveniences over it that return a new organisation and leave this one unchanged.
/// </remarks>
public sealed record Organization
{
    /// <summary>The country code of Korea, <c>KR</c>.</summary>
    public const string Korea = "KR";

    /// <summary>Creates an organisation.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="name">The name, for example Korean <c>관악구청</c> and English <c>Gwanak-gu Office</c>.</param>
    /// <param name="kind">What kind of body it is.</param>
    /// <param name="sector">The partner sector it represents.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country code, for example <c>KR</c> or <c>US</c>.</param>
    /// <param name="district">The administrative district (행정구역) of a Korean organisation's seat, when known.</param>
    /// <param name="businessRegistrationNumber">The business registration number (사업자등록번호), when the organisation has one.</param>
    /// <param name="corporateRegistrationNumber">The corporate registration number (법인등록번호), when the organisation has one.</param>
    /// <exception cref="ArgumentException">
    /// The id is default, the name is null, an enum value is undefined, the country is not two ASCII letters, or a
    /// district code or registration number is given as the default value.
    /// </exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="OrganizationRules.DistrictOutsideKorea"/>: a district code for an organisation that is not Korean;
    /// <see cref="OrganizationRules.RegistrationOutsideKorea"/>: a registration number for an organisation that is not Korean.
    /// </exception>
    public Organization(
        OrganizationId id,
        LocalizedText name,
        OrganizationKind kind,
        HelixSector sector,
        string country,
        AdministrativeDistrictCode? district = null,
        BusinessRegistrationNumber? businessRegistrationNumber = null,
        CorporateRegistrationNumber? corporateRegistrationNumber = null)
    {
        Id = Guard.Against.Default(id);
        Name = Guard.Against.Null(name);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Sector = Guard.Against.EnumOutOfRange(sector);
        string code = Guard.Against.NullOrWhiteSpace(country).Trim().ToUpperInvariant();
        Country = code.Length == 2 && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1])
            ? code
            : throw new ArgumentException($"'{country}' is not an ISO 3166-1 alpha-2 country code such as 'KR' or 'US'.", nameof(country));
        if (district is { } d)
        {
            Guard.Against.Default(d, nameof(district));
            RequireKorean(OrganizationRules.DistrictOutsideKorea, $"administrative district code {d}");
        }

        if (businessRegistrationNumber is { } b)
        {
            Guard.Against.Default(b, nameof(businessRegistrationNumber));
            RequireKorean(OrganizationRules.RegistrationOutsideKorea, $"business registration number {b}");
        }

        if (corporateRegistrationNumber is { } c)
        {
            Guard.Against.Default(c, nameof(corporateRegistrationNumber));
            RequireKorean(OrganizationRules.RegistrationOutsideKorea, $"corporate registration number {c}");
        }

        District = district;
        BusinessRegistrationNumber = businessRegistrationNumber;
        CorporateRegistrationNumber = corporateRegistrationNumber;
    }

    /// <summary>The stable identifier.</summary>
    public OrganizationId Id { get; }

    /// <summary>The name in its languages.</summary>
    public LocalizedText Name { get; }

    /// <summary>What kind of body it is.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The partner sector it represents.</summary>
    public HelixSector Sector { get; }

    /// <summary>The ISO 3166-1 alpha-2 country code, upper case.</summary>
    public string Country { get; }

    /// <summary>True for a Korean organisation.</summary>
    public bool IsKorean => Country == Korea;

    /// <summary>The administrative district (행정구역) of a Korean organisation's seat, when known.</summary>
    public AdministrativeDistrictCode? District { get; }

    /// <summary>The business registration number (사업자등록번호), when the organisation has one.</summary>
    public BusinessRegistrationNumber? BusinessRegistrationNumber { get; }

    /// <summary>The corporate registration number (법인등록번호), when the organisation has one.</summary>
    public CorporateRegistrationNumber? CorporateRegistrationNumber { get; }

    /// <summary>The same organisation with the administrative district of its seat.</summary>
    /// <param name="district">The district code, for example <c>AdministrativeDistrictCode.Seoul.Gwanak</c>.</param>
    /// <returns>The organisation with the district.</returns>
    /// <exception cref="ArgumentException">The code is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="OrganizationRules.DistrictOutsideKorea"/>: the organisation is not Korean.</exception>
    [Transition]
    public Organization InDistrict(AdministrativeDistrictCode district)
    {
        Guard.Against.Default(district);
        return new(Id, Name, Kind, Sector, Country, district, BusinessRegistrationNumber, CorporateRegistrationNumber);
    }

    /// <summary>The same organisation with its business registration number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The organisation with the number.</returns>
    /// <exception cref="ArgumentException">The number is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="OrganizationRules.RegistrationOutsideKorea"/>: the organisation is not Korean.</exception>
    [Transition]
    public Organization WithBusinessRegistrationNumber(BusinessRegistrationNumber number)
    {
        Guard.Against.Default(number);
        return new(Id, Name, Kind, Sector, Country, District, number, CorporateRegistrationNumber);
    }

    /// <summary>The same organisation with its corporate registration number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The organisation with the number.</returns>
    /// <exception cref="ArgumentException">The number is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="OrganizationRules.RegistrationOutsideKorea"/>: the organisation is not Korean.</exception>
    [Transition]
    public Organization WithCorporateRegistrationNumber(CorporateRegistrationNumber number)
    {
        Guard.Against.Default(number);
        return new(Id, Name, Kind, Sector, Country, District, BusinessRegistrationNumber, number);
    }

    /// <summary>The primary name and the id.</summary>
    /// <returns>For example <c>관악구청 (gwanak-gu-office)</c>.</returns>
    public override string ToString() => $"{Name} ({Id})";

    private void RequireKorean(string ruleId, string what)
    {
        if (!IsKorean)
        {
            throw new DomainRuleException(
                ruleId,
                $"Cannot give the {what} to {Name.English} ({Id}): it is an organisation of {Country}, and Korean district codes and registration numbers belong to Korean organisations ({Korea}) only.");
        }
    }
}

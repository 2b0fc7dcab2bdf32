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
/// an administrative district code and registration numbers; foreign ones may not (ORG-001, ORG-002).
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
    /// <exception cref="ArgumentException">The id is default, the name is null, an enum value is undefined or the country is not two ASCII letters.</exception>
    public Organization(OrganizationId id, LocalizedText name, OrganizationKind kind, HelixSector sector, string country)
    {
        Guard.Against.Default(id);
        Guard.Against.Null(name);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.EnumOutOfRange(sector);
        Guard.Against.NullOrWhiteSpace(country);
        string code = country.Trim().ToUpperInvariant();
        if (code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
        {
            throw new ArgumentException($"'{country}' is not an ISO 3166-1 alpha-2 country code such as 'KR' or 'US'.", nameof(country));
        }

        Id = id;
        Name = name;
        Kind = kind;
        Sector = sector;
        Country = code;
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
    public AdministrativeDistrictCode? District { get; private init; }

    /// <summary>The business registration number (사업자등록번호), when the organisation has one.</summary>
    public BusinessRegistrationNumber? BusinessRegistrationNumber { get; private init; }

    /// <summary>The corporate registration number (법인등록번호), when the organisation has one.</summary>
    public CorporateRegistrationNumber? CorporateRegistrationNumber { get; private init; }

    /// <summary>The same organisation with the administrative district of its seat.</summary>
    /// <param name="district">The district code, for example <c>AdministrativeDistrictCode.Seoul.Gwanak</c>.</param>
    /// <returns>The organisation with the district.</returns>
    /// <exception cref="DomainRuleException">ORG-001: the organisation is not Korean.</exception>
    public Organization InDistrict(AdministrativeDistrictCode district)
    {
        RequireKorean(OrganizationRules.DistrictOutsideKorea, $"administrative district code {district}");
        return this with { District = district };
    }

    /// <summary>The same organisation with its business registration number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The organisation with the number.</returns>
    /// <exception cref="DomainRuleException">ORG-002: the organisation is not Korean.</exception>
    public Organization WithBusinessRegistrationNumber(BusinessRegistrationNumber number)
    {
        RequireKorean(OrganizationRules.RegistrationOutsideKorea, $"business registration number {number}");
        return this with { BusinessRegistrationNumber = number };
    }

    /// <summary>The same organisation with its corporate registration number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The organisation with the number.</returns>
    /// <exception cref="DomainRuleException">ORG-002: the organisation is not Korean.</exception>
    public Organization WithCorporateRegistrationNumber(CorporateRegistrationNumber number)
    {
        RequireKorean(OrganizationRules.RegistrationOutsideKorea, $"corporate registration number {number}");
        return this with { CorporateRegistrationNumber = number };
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

namespace Gwanak.Innovation.Organizations;

/// <summary>The stable ids of the rules about organisations; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
/// <remarks>
/// Administrative district codes (행정표준코드 법정동코드, Ministry of the Interior and Safety), business registration
/// numbers (Value-Added Tax Act Art. 8, National Tax Service) and corporate registration numbers (Commercial
/// Registration Act, Supreme Court registry) exist for Korean places and organisations only.
/// </remarks>
public static class OrganizationRules
{
    /// <summary>An administrative district code (행정구역코드) was given to an organisation that is not Korean.</summary>
    public const string DistrictOutsideKorea = "ORG-001";

    /// <summary>A Korean business or corporate registration number was given to an organisation that is not Korean.</summary>
    public const string RegistrationOutsideKorea = "ORG-002";
}

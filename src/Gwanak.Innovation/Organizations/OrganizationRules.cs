namespace Gwanak.Innovation.Organizations;

/// <summary>The rule ids of the organisations context, as carried by <see cref="Primitives.DomainRuleException.RuleId"/>.</summary>
/// <remarks>
/// Source: administrative district codes (행정표준코드 법정동코드, Ministry of the Interior and Safety) and business
/// and corporate registration numbers (National Tax Service, Supreme Court registry) exist for Korean places and
/// organisations only (DESIGN §3).
/// </remarks>
public static class OrganizationRules
{
    /// <summary>An administrative district code (행정구역코드) was given to an organisation that is not Korean.</summary>
    public const string DistrictOutsideKorea = "ORG-001";

    /// <summary>A Korean business or corporate registration number was given to an organisation that is not Korean.</summary>
    public const string RegistrationOutsideKorea = "ORG-002";
}

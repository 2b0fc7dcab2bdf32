namespace Gwanak.Innovation.Organizations;

/// <summary>The rule ids of the organisations context, as carried by <see cref="Primitives.DomainRuleException.RuleId"/>.</summary>
public static class OrganizationRules
{
    /// <summary>An administrative district code (행정구역코드) was given to an organisation that is not Korean.</summary>
    public const string DistrictOutsideKorea = "ORG-001";

    /// <summary>A Korean business or corporate registration number was given to an organisation that is not Korean.</summary>
    public const string RegistrationOutsideKorea = "ORG-002";
}

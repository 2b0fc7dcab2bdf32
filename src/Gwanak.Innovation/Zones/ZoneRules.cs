namespace Gwanak.Innovation.Zones;

/// <summary>The stable ids of the rules about venture promotion zones; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
/// <remarks>
/// Ids ZON-001 to ZON-099 refuse a step (a <see cref="Primitives.Refusal"/>, which the throwing transitions raise as a
/// <see cref="Primitives.DomainRuleException"/>); ZON-101 and up name the designation criteria, which are reported
/// (<see cref="CriterionResult"/>), never refused.
/// </remarks>
public static class ZoneRules
{
    /// <summary>Designation was requested for a zone that is not in the planned state.</summary>
    public const string RequestOnlyWhenPlanned = "ZON-001";

    /// <summary>A zone was designated that had not been requested by the city or province governor.</summary>
    public const string DesignateOnlyWhenRequested = "ZON-002";

    /// <summary>The area of a zone that is not designated was amended.</summary>
    public const string AmendOnlyWhenDesignated = "ZON-003";

    /// <summary>A designation was lifted or revoked while the zone was not designated.</summary>
    public const string EndOnlyWhenDesignated = "ZON-004";

    /// <summary>A step of the lifecycle was dated before the previous step.</summary>
    public const string StepBeforePreviousStep = "ZON-005";

    /// <summary>A legal dong of the zone lies outside the zone's district.</summary>
    public const string LegalDongOutsideDistrict = "ZON-006";

    /// <summary>Criterion: the share of confirmed venture companies among the SMEs in the area.</summary>
    public const string VentureShareCriterion = "ZON-101";

    /// <summary>Criterion: a university or research institute is present in the area.</summary>
    public const string ResearchInstitutionCriterion = "ZON-102";

    /// <summary>Criterion: transport, communication and finance infrastructure is present.</summary>
    public const string InfrastructureCriterion = "ZON-103";
}

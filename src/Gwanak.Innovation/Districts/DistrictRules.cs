namespace Gwanak.Innovation.Districts;

/// <summary>
/// The stable ids of the findings <see cref="InnovationDistrict.Check"/> reports across contexts; reported as
/// <see cref="DistrictFinding"/>s, never thrown (see <see cref="Primitives.RuleCatalog"/>).
/// </summary>
public static class DistrictRules
{
    /// <summary>A party of an agreement is not an organisation of the district.</summary>
    public const string AgreementPartyUnknown = "DST-001";

    /// <summary>A venture promotion zone lies in another district (its legal dongs are outside this one).</summary>
    public const string ZoneOutsideDistrict = "DST-002";

    /// <summary>A fund's manager is not an organisation of the district.</summary>
    public const string FundManagerUnknown = "DST-003";

    /// <summary>A facility's operator is not an organisation of the district.</summary>
    public const string FacilityOperatorUnknown = "DST-004";

    /// <summary>An organisation a trip visited is not an organisation of the district.</summary>
    public const string VisitedOrganizationUnknown = "DST-005";

    /// <summary>Another record names an organisation the district does not have (a member, an anchor institution, an operator, a host, an organiser).</summary>
    public const string OrganizationUnknown = "DST-006";

    /// <summary>An exchange programme's founding agreement is not an agreement of the district.</summary>
    public const string FoundingAgreementUnknown = "DST-007";

    /// <summary>A city partnership belongs to another home district.</summary>
    public const string PartnershipOfAnotherDistrict = "DST-008";

    /// <summary>A facility or a venture company is located outside the district.</summary>
    public const string LocationOutsideDistrict = "DST-009";
}

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The stable ids of the rules about startup facilities; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
public static class FacilityRules
{
    /// <summary>A tenant was moved in before the facility opened.</summary>
    public const string MoveInBeforeOpening = "FAC-001";

    /// <summary>A tenant was moved in while already a tenant of the facility on one of those days.</summary>
    public const string TenantAlreadyIn = "FAC-002";

    /// <summary>A move-in would put more tenants in the facility than its capacity on some day.</summary>
    public const string CapacityExceeded = "FAC-003";

    /// <summary>A tenant was moved out who has no open tenancy in the facility.</summary>
    public const string TenantNotIn = "FAC-004";

    /// <summary>A move-out was dated before the tenant's move-in.</summary>
    public const string MoveOutBeforeMoveIn = "FAC-005";
}

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The stable ids of the rules about funds; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
public static class FundRules
{
    /// <summary>An amount was in another currency than the fund's target size.</summary>
    public const string CurrencyDiffersFromFund = "FND-001";

    /// <summary>A commitment would take the total committed beyond the fund's target size.</summary>
    public const string CommitmentsExceedTarget = "FND-002";

    /// <summary>An investment exceeded the remaining capacity (committed minus invested minus returned) on its day or a later day.</summary>
    public const string InvestmentExceedsRemaining = "FND-003";

    /// <summary>A step was dated before the fund was established.</summary>
    public const string BeforeEstablishment = "FND-004";

    /// <summary>An investment was dated after the fund's investment period (when it states one) or its term ended.</summary>
    public const string InvestmentPeriodOver = "FND-006";

    /// <summary>A commitment or a term extension was dated after the fund's term ended.</summary>
    public const string TermOver = "FND-007";

    /// <summary>An exit took out more at cost than the fund held in the company on its day or a later day.</summary>
    public const string ExitExceedsHolding = "FND-008";

    /// <summary>A distribution would take the total distributed beyond the exit proceeds received on its day or a later day.</summary>
    public const string DistributionExceedsProceeds = "FND-009";

    /// <summary>Returned capital exceeded the remaining capacity, or what the contributor committed and has not had back, on its day or a later day.</summary>
    public const string ReturnExceedsRemaining = "FND-010";

    /// <summary>A distribution or returned capital names an organisation that has committed nothing to the fund by that day.</summary>
    public const string NotAContributor = "FND-011";
}

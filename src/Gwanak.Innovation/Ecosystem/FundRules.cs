namespace Gwanak.Innovation.Ecosystem;

/// <summary>The stable ids of the rules about funds (listed in <c>docs/rules.md</c>).</summary>
public static class FundRules
{
    /// <summary>An amount was in another currency than the fund's target size.</summary>
    public const string CurrencyDiffersFromFund = "FND-001";

    /// <summary>A commitment would take the total committed beyond the fund's target size.</summary>
    public const string CommitmentsExceedTarget = "FND-002";

    /// <summary>An investment exceeded the remaining capacity (committed minus invested) on its day or a later day.</summary>
    public const string InvestmentExceedsRemaining = "FND-003";

    /// <summary>A commitment or investment was dated before the fund was established.</summary>
    public const string BeforeEstablishment = "FND-004";

    /// <summary>A history to replay does not start with the fund's establishment, or establishes it twice.</summary>
    public const string HistoryMustStartWithEstablishment = "FND-005";
}

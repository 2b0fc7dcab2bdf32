namespace Gwanak.Innovation.Primitives;

/// <summary>The stable ids of the rules about money (see <see cref="RuleCatalog"/>).</summary>
public static class MoneyRules
{
    /// <summary>Two amounts of money in different currencies were added, subtracted or compared.</summary>
    public const string CurrencyMismatch = "MON-001";

    /// <summary>An amount of money was added, subtracted or multiplied beyond the largest amount an amount holds.</summary>
    public const string AmountOutOfRange = "MON-002";
}

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The stable ids of the rules about indicators and scorecards (listed in <c>docs/rules.md</c>).</summary>
public static class IndicatorRules
{
    /// <summary>Two different values of one indicator were given for the same day.</summary>
    public const string ConflictingValues = "IND-001";

    /// <summary>Two indicators share a code but differ in name, unit or category.</summary>
    public const string CodeDefinedTwice = "IND-002";
}

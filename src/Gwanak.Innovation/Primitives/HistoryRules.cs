namespace Gwanak.Innovation.Primitives;

/// <summary>The stable ids of the rules every replayed history follows, whatever its aggregate (see <see cref="RuleCatalog"/>).</summary>
public static class HistoryRules
{
    /// <summary>A history to replay is empty, does not start with its aggregate's founding event, or founds it twice.</summary>
    public const string MustStartWithFounding = "HIS-001";

    /// <summary>An event names another aggregate than the one whose history it is in.</summary>
    public const string EventOfAnotherAggregate = "HIS-002";
}

namespace Gwanak.Innovation.Ventures;

/// <summary>The stable ids of the rules about venture companies and their confirmations (listed in <c>docs/rules.md</c>).</summary>
public static class VentureRules
{
    /// <summary>A venture confirmation was dated before the company was founded.</summary>
    public const string ConfirmationBeforeFounding = "VEN-001";

    /// <summary>The same confirmation (same type and date) was recorded twice for one company.</summary>
    public const string ConfirmationRecordedTwice = "VEN-002";

    /// <summary>A history to replay does not start with the company's registration, or registers it twice.</summary>
    public const string HistoryMustStartWithRegistration = "VEN-003";
}

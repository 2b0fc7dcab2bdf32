namespace Gwanak.Innovation.Ventures;

/// <summary>The stable ids of the rules about venture companies and their confirmations; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
public static class VentureRules
{
    /// <summary>A venture confirmation was dated before the company was founded.</summary>
    public const string ConfirmationBeforeFounding = "VEN-001";

    /// <summary>The same confirmation (same type and date) was recorded twice for one company.</summary>
    public const string ConfirmationRecordedTwice = "VEN-002";

    /// <summary>A venture confirmation was cancelled that the company does not hold: not recorded for it, or cancelled from a day before its issue day.</summary>
    public const string ConfirmationNotHeld = "VEN-004";

    /// <summary>A venture confirmation that is already cancelled was cancelled again.</summary>
    public const string ConfirmationAlreadyCancelled = "VEN-005";

    /// <summary>An SME confirmation was dated before the company was founded.</summary>
    public const string SmeConfirmationBeforeFounding = "VEN-006";

    /// <summary>The same SME confirmation (same issue day and fiscal year) was recorded twice for one company.</summary>
    public const string SmeConfirmationRecordedTwice = "VEN-007";
}

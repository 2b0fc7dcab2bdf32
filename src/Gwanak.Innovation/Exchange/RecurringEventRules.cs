namespace Gwanak.Innovation.Exchange;

/// <summary>The rule ids a <see cref="RecurringEvent"/> enforces on its editions; each is listed in <c>docs/rules.md</c>.</summary>
public static class RecurringEventRules
{
    /// <summary>EVT-001: an edition's days do not fall where the event's rule puts that year's occurrence, and the edition gives no reason.</summary>
    public const string AnnouncedOutsideRule = "EVT-001";

    /// <summary>EVT-002: an edition is recorded for a year before the first edition.</summary>
    public const string AnnouncedBeforeFirstEdition = "EVT-002";

    /// <summary>
    /// EVT-003: an edition's number does not go up from the previous numbered edition (only the edition after a cancelled one
    /// may take its number again), or is higher than the years since the first edition allow.
    /// </summary>
    public const string EditionNumberOutOfOrder = "EVT-003";

    /// <summary>EVT-004: two editions are recorded for the same year of a yearly event.</summary>
    public const string TwoEditionsInOneYear = "EVT-004";
}

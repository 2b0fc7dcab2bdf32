namespace Gwanak.Innovation.Agreements;

/// <summary>Where an agreement stands on a date, as <see cref="Agreement.StatusOn"/> answers.</summary>
public enum AgreementStatus
{
    /// <summary>Being drafted; not yet put to the other parties.</summary>
    Draft = 0,

    /// <summary>Under negotiation; parties may be signing, but not all have signed.</summary>
    UnderNegotiation = 1,

    /// <summary>Signed by every party, but its effective date has not come.</summary>
    Signed = 2,

    /// <summary>In force: signed by every party, effective, within its term and not terminated.</summary>
    InForce = 3,

    /// <summary>Ended at the end of its term without renewal.</summary>
    Expired = 4,

    /// <summary>Ended by a termination notice once the notice period ran.</summary>
    Terminated = 5,

    /// <summary>Cancelled before every party had signed.</summary>
    Cancelled = 6,
}

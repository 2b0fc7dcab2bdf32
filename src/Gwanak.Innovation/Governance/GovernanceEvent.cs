namespace Gwanak.Innovation.Governance;

/// <summary>
/// Something that happened to a governance body, as recorded in its <see cref="GovernanceBody.History"/>; the
/// body is the fold of its events (<see cref="GovernanceBody.Replay"/>).
/// </summary>
public abstract record GovernanceEvent
{
    private protected GovernanceEvent()
    {
    }
}

namespace Gwanak.Innovation.Governance;

/// <summary>Whether a member joined or left a governance body.</summary>
public enum MembershipChangeKind
{
    /// <summary>The membership began.</summary>
    Joined = 0,

    /// <summary>The membership ended; the change is dated on the first day without it.</summary>
    Left = 1,
}

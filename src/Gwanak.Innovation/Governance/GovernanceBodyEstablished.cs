using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Governance;

/// <summary>The first event of every governance body: it was set up, without posts or members.</summary>
public sealed record GovernanceBodyEstablished : GovernanceEvent
{
    internal GovernanceBodyEstablished(OrganizationId body, LocalizedText name)
    {
        Body = body;
        Name = name;
    }

    /// <summary>The body's own organisation id.</summary>
    public OrganizationId Body { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }
}

namespace Gwanak.Innovation.Governance;

/// <summary>A post was created on the body.</summary>
public sealed record PostCreated : GovernanceEvent
{
    internal PostCreated(Post post) => Post = post;

    /// <summary>The post.</summary>
    public Post Post { get; }
}

using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>A post was created on the body (Popolo <c>Post</c>).</summary>
[EventType("governance-body.post-created")]
public sealed record PostCreated : GovernanceEvent
{
    /// <summary>Records a new post.</summary>
    /// <param name="body">The body's own organisation id.</param>
    /// <param name="date">The day the post was created.</param>
    /// <param name="post">The post.</param>
    /// <exception cref="System.ArgumentException">The id is default or the post is null.</exception>
    public PostCreated(OrganizationId body, LocalDate date, Post post)
        : base(body, date) => Post = Guard.Against.Null(post);

    /// <summary>The post.</summary>
    public Post Post { get; }
}

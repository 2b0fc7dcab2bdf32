using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Governance;

/// <summary>
/// A seat on a governance body that one member holds at a time, such as a co-chair (Popolo <c>Post</c>).
/// </summary>
/// <remarks>
/// In the Popolo data specification (https://www.popoloproject.com/specs/post.html) a post is a position that exists
/// independently of its holder, and a membership dates a member's seat. Here a post is one seat (a chair, a
/// co-chair); a role held by several members at once is the <see cref="Membership.Role"/> of memberships without a post.
/// </remarks>
public sealed record Post
{
    /// <summary>Creates a post.</summary>
    /// <param name="key">The key of the post within its body, for example <c>co-chair-public</c>.</param>
    /// <param name="label">The label, for example Korean <c>공동위원장</c> and English <c>Co-chair</c>.</param>
    /// <exception cref="System.ArgumentException">The key is empty or white space, or the label is null.</exception>
    public Post(string key, LocalizedText label)
    {
        Key = Guard.Against.NullOrWhiteSpace(key).Trim();
        Label = Guard.Against.Null(label);
    }

    /// <summary>The key of the post within its body.</summary>
    public string Key { get; }

    /// <summary>The label of the post.</summary>
    public LocalizedText Label { get; }
}

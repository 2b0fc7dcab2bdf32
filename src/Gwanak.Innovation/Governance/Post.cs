using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Governance;

/// <summary>
/// A seat on a governance body that one member holds at a time, such as a co-chair (Popolo <c>Post</c>).
/// </summary>
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

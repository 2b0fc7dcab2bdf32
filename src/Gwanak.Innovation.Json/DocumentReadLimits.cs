using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Json;

/// <summary>
/// How much of an untrusted district document a reader accepts before it stops: the document's size, the nesting of its
/// values and the length of any one string. A document beyond a limit is refused without reading it further, so a
/// hostile file costs bounded memory.
/// </summary>
public sealed class DocumentReadLimits
{
    /// <summary>Creates limits.</summary>
    /// <param name="maxBytes">The largest document in UTF-8 bytes, at least 1 KB.</param>
    /// <param name="maxDepth">The deepest nesting of objects and arrays, from 8 to 1,000.</param>
    /// <param name="maxStringLength">The longest string value or property name in UTF-8 bytes, at least 64.</param>
    /// <exception cref="System.ArgumentException">A limit is out of its range.</exception>
    public DocumentReadLimits(long maxBytes, int maxDepth, int maxStringLength)
    {
        MaxBytes = Guard.Against.OutOfRange(maxBytes, nameof(maxBytes), 1024, long.MaxValue);
        MaxDepth = Guard.Against.OutOfRange(maxDepth, nameof(maxDepth), 8, 1000);
        MaxStringLength = Guard.Against.OutOfRange(maxStringLength, nameof(maxStringLength), 64, int.MaxValue);
    }

    /// <summary>The defaults: 64 MB, a depth of 64, strings of 64 KB.</summary>
    public static DocumentReadLimits Default { get; } = new(64L * 1024 * 1024, 64, 64 * 1024);

    /// <summary>The largest document in UTF-8 bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>The deepest nesting of objects and arrays.</summary>
    public int MaxDepth { get; }

    /// <summary>The longest string value or property name in UTF-8 bytes.</summary>
    public int MaxStringLength { get; }
}

using System;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>
/// Another writer appended to a stream first: the events were not stored. Reload the aggregate, decide again, and save; a
/// portal says "changed meanwhile, reload".
/// </summary>
public sealed class StreamConcurrencyException : Exception
{
    internal StreamConcurrencyException(string stream, int expectedVersion, int actualVersion, Exception? innerException)
        : base($"The stream {stream} was expected at version {expectedVersion}, but it is at version {actualVersion}: another writer appended first, and nothing was stored. Reload it, decide again and save.", innerException)
    {
        Stream = stream;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The stream, for example <c>agreement/mou-2023-gwanak-kaccoc</c>.</summary>
    public string Stream { get; }

    /// <summary>The version the writer expected (the version it had loaded).</summary>
    public int ExpectedVersion { get; }

    /// <summary>The version the stream has.</summary>
    public int ActualVersion { get; }
}

using System;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>
/// A stored history cannot be loaded: an event whose payload does not parse, whose type is unknown, a gap in the versions, a
/// history that breaks a rule of the model, or a stream that holds the history of another aggregate than the one it is named
/// after (<c>HIS-002</c>, at version 1). It names the stream and the version; nothing was half loaded.
/// </summary>
public sealed class StoredHistoryException : Exception
{
    internal StoredHistoryException(string stream, int version, string? ruleId, string reason, Exception? innerException)
        : base($"{stream} at version {version}: {(ruleId is null ? string.Empty : ruleId + ": ")}{reason}", innerException)
    {
        Stream = stream;
        Version = version;
        RuleId = ruleId;
        Reason = reason;
    }

    /// <summary>The stream, for example <c>fund/gwanak-startup-fund</c>.</summary>
    public string Stream { get; }

    /// <summary>The version (from 1) of the event at fault.</summary>
    public int Version { get; }

    /// <summary>The rule the history breaks, when it breaks one (for example <c>FND-003</c>).</summary>
    public string? RuleId { get; }

    /// <summary>What is wrong, without the stream and version.</summary>
    public string Reason { get; }
}

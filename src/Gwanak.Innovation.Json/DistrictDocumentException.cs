using System;

namespace Gwanak.Innovation.Json;

/// <summary>
/// A district document could not be read: it names where (the JSON path, line and position of the first problem) and
/// what was expected, and for a history that breaks a rule, the rule's id. Nothing of the document was loaded.
/// </summary>
public sealed class DistrictDocumentException : Exception
{
    internal DistrictDocumentException(string path, long? lineNumber, long? bytePositionInLine, string? ruleId, string reason, Exception? innerException)
        : base(Describe(path, lineNumber, bytePositionInLine, ruleId, reason), innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        RuleId = ruleId;
        Reason = reason;
    }

    /// <summary>The JSON path of the problem, for example <c>$.district.agreements[3].history[2].amount</c>.</summary>
    public string Path { get; }

    /// <summary>The line of the problem, counted from 1; <see langword="null"/> when found after the document was parsed.</summary>
    public long? LineNumber { get; }

    /// <summary>The byte position in that line, counted from 0; <see langword="null"/> when found after the document was parsed.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>The rule the document breaks (for example <c>AGR-004</c> or <c>HIS-001</c>), when a domain rule was broken.</summary>
    public string? RuleId { get; }

    /// <summary>What was wrong and what was expected, without the location.</summary>
    public string Reason { get; }

    private static string Describe(string path, long? line, long? position, string? ruleId, string reason)
        => $"{path}{(line is { } l ? $" (line {l + 1}, position {position})" : string.Empty)}: {(ruleId is null ? string.Empty : ruleId + ": ")}{reason}";
}

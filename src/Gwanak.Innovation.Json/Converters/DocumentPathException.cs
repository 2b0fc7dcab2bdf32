using System;
using System.Text.Json;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// A problem found inside a value a converter read with a nested read: <see cref="Suffix"/> is where, below the path the
/// serializer gives this exception as its <see cref="JsonException.Path"/>.
/// </summary>
internal sealed class DocumentPathException : JsonException
{
    public DocumentPathException(string reason, string suffix, string? ruleId, Exception? inner)
        : base(reason, inner)
    {
        Reason = reason;
        Suffix = suffix;
        RuleId = ruleId;
        Line = inner switch
        {
            DocumentPathException located => located.Line,
            JsonException json => json.LineNumber,
            _ => null,
        };
        Position = inner switch
        {
            DocumentPathException located => located.Position,
            JsonException json => json.BytePositionInLine,
            _ => null,
        };
    }

    public string Reason { get; }

    public string Suffix { get; }

    public string? RuleId { get; }

    /// <summary>The line where the innermost read found the problem, when it said.</summary>
    public long? Line { get; }

    /// <summary>The byte position in that line, when the innermost read said.</summary>
    public long? Position { get; }
}

using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// Turns whatever a constructor, a parser or a replay throws while one value is read into a <see cref="DocumentPathException"/>
/// that says where below the current path it happened, so the reader can name the full JSON path of the first problem.
/// </summary>
internal static partial class DocumentErrors
{
    /// <summary>Whether a failure is one that a located read explains: a problem of the document, not of the machine.</summary>
    public static bool OfTheDocument(Exception e) => e is JsonException or DistrictDocumentException || Below(e, string.Empty) is not null;

    /// <summary>
    /// Reads one value. Locating (<paramref name="locate"/>), with a nested read that names <paramref name="member"/> and
    /// <paramref name="index"/> (such as <c>[3]</c> or <c>.history[2]</c>) in any error; otherwise by its converter in
    /// place, with no nested read that scopes (and so parses again) the value and no step named in advance. A document is
    /// first read without locating (<see cref="DistrictJson.Create"/>); only when that read fails is it read again,
    /// locating, and that read's error is the one reported.
    /// </summary>
    public static T Read<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> info, bool locate, string member, int index = -1)
    {
        if (!locate)
        {
            return ((JsonConverter<T>)info.Converter).Read(ref reader, typeof(T), info.Options) ?? throw new JsonException("A value was expected here, not null.");
        }

        try
        {
            return JsonSerializer.Deserialize(ref reader, info) ?? throw new JsonException("A value was expected here, not null.");
        }
        catch (Exception e) when (Below(e, index < 0 ? member : string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]")) is { } located)
        {
            throw located;
        }
    }

    /// <summary>The error located <paramref name="step"/> below the current path; <see langword="null"/> for failures of the machine itself.</summary>
    public static DocumentPathException? Below(Exception e, string step) => e switch
    {
        DocumentPathException inner => new(inner.Reason, step + Relative(inner.Path) + inner.Suffix, inner.RuleId, inner),
        JsonException json => new(Reason(json), step + Relative(json.Path), null, json),
        DomainRuleException rule => new(rule.Refusal.Message, step + (rule.EventIndex is { } i ? $".history[{i}]" : string.Empty), rule.RuleId, rule),
        ArgumentException argument => new(argument.Message, step + (argument.ParamName is { } p ? "." + JsonNamingPolicy.CamelCase.ConvertName(p) : string.Empty), null, argument),
        FormatException or OverflowException or InvalidOperationException or NotSupportedException => new(e.Message, step, null, e),
        _ => null,
    };

    /// <summary>What a serializer's error says, without the location it appends (the reader names the location itself).</summary>
    public static string Reason(JsonException e) => LocationSuffix().Replace(e.Message, string.Empty);

    /// <summary>A path given by a nested read (<c>$.amount</c>), without its root.</summary>
    private static string Relative(string? path) => path is { Length: > 1 } ? path[1..] : string.Empty;

    [GeneratedRegex(@"\s*(Path: .*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.$")]
    private static partial Regex LocationSuffix();
}

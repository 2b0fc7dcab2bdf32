using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Json.Converters;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json;

/// <summary>
/// The district document, the file districts exchange: <c>{"$schema": …, "schemaVersion": 1, "district": …}</c>, its JSON
/// Schema published as <c>schemas/innovation-district.v1.schema.json</c>. Writing gives one canonical text (records in the
/// order they were added, so writing what was read gives the same bytes); reading takes limits, checks each block of a stream against them as it arrives (a string
/// too long or a nesting too deep is refused after its first offending bytes, not read to its end), replays every history,
/// and stops at the first problem with a <see cref="DistrictDocumentException"/> naming its JSON path, so nothing is half loaded.
/// </summary>
public static class DistrictDocument
{
    /// <summary>The version of the format this package reads and writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Where the document's JSON Schema is published; written as the document's <c>$schema</c>.</summary>
    public const string SchemaUri = "https://github.com/gwanak-innovation/gwanak-innovation/raw/main/schemas/innovation-district.v1.schema.json";

    // Writing does not read, so the writing options are the locating ones; reading with the default limits reads first with
    // FirstRead and, only when that fails, again with Full to locate the problem.
    private static readonly JsonSerializerOptions Full = DistrictJson.Create(DocumentReadLimits.Default, omitPersonalData: false, locateErrors: true);
    private static readonly JsonSerializerOptions OpenData = DistrictJson.Create(DocumentReadLimits.Default, omitPersonalData: true, locateErrors: true);
    private static readonly JsonSerializerOptions FirstRead = DistrictJson.Create(DocumentReadLimits.Default, omitPersonalData: false, locateErrors: false);

    /// <summary>Reads a district from a document in UTF-8.</summary>
    /// <param name="utf8Json">The document; read to its end, and no further than the size limit.</param>
    /// <param name="limits">The limits; <see cref="DocumentReadLimits.Default"/> when null.</param>
    /// <returns>The district, its histories replayed.</returns>
    /// <exception cref="DistrictDocumentException">The document is too large, malformed, of a newer version, misses or adds a member, holds a value that does not parse, or a history that breaks a rule.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static InnovationDistrict Read(Stream utf8Json, DocumentReadLimits? limits = null)
    {
        Guard.Against.Null(utf8Json);
        limits ??= DocumentReadLimits.Default;
        using var buffer = new DocumentBuffer(utf8Json, limits);
        while (buffer.Advance(utf8Json.Read(buffer.Next().Span)))
        {
        }

        return Read(buffer.Written, limits, buffer.Scan);
    }

    /// <summary>Reads a district from a document in UTF-8, without blocking on the stream.</summary>
    /// <param name="utf8Json">The document; read to its end, and no further than the size limit.</param>
    /// <param name="limits">The limits; <see cref="DocumentReadLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The district, its histories replayed.</returns>
    /// <exception cref="DistrictDocumentException">The document cannot be read (see <see cref="Read(Stream, DocumentReadLimits?)"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static async Task<InnovationDistrict> ReadAsync(Stream utf8Json, DocumentReadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json);
        limits ??= DocumentReadLimits.Default;
        using var buffer = new DocumentBuffer(utf8Json, limits);
        while (buffer.Advance(await utf8Json.ReadAsync(buffer.Next(), cancellationToken).ConfigureAwait(false)))
        {
        }

        return Read(buffer.Written, limits, buffer.Scan);
    }

    /// <summary>Reads a district from a document's text (parses it).</summary>
    /// <param name="json">The document.</param>
    /// <param name="limits">The limits; <see cref="DocumentReadLimits.Default"/> when null.</param>
    /// <returns>The district, its histories replayed.</returns>
    /// <exception cref="DistrictDocumentException">The document cannot be read (see <see cref="Read(Stream, DocumentReadLimits?)"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static InnovationDistrict Parse(string json, DocumentReadLimits? limits = null)
    {
        Guard.Against.Null(json);
        limits ??= DocumentReadLimits.Default;
        if (json.Length > limits.MaxBytes)
        {
            throw DocumentBuffer.TooLarge(limits);
        }

        byte[] utf8Json = Encoding.UTF8.GetBytes(json);
        var scan = new DocumentScan(limits);
        scan.Check(utf8Json, isFinalBlock: true);
        return Read(utf8Json, limits, scan);
    }

    /// <summary>Writes a district as a document in UTF-8, indented, every line ending with a line feed on every platform.</summary>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="district">The district.</param>
    /// <param name="omitPersonalData">True to publish as open data: every person's name (a <see cref="PersonalDataAttribute"/> member) becomes a numbered placeholder.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static void Write(Stream utf8Json, InnovationDistrict district, bool omitPersonalData = false)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(district);
        var options = omitPersonalData ? OpenData : Full;
        var previous = PersonNameConverter.Pseudonyms.Value;
        PersonNameConverter.Pseudonyms.Value = omitPersonalData ? new Dictionary<PersonName, int>() : null;
        try
        {
            using (var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = options.Encoder }))
            {
                JsonSerializer.Serialize(writer, new DocumentRoot(SchemaUri, SchemaVersion, district), (JsonTypeInfo<DocumentRoot>)options.GetTypeInfo(typeof(DocumentRoot)));
            }

            utf8Json.Write("\n"u8);
        }
        finally
        {
            PersonNameConverter.Pseudonyms.Value = previous;
        }
    }

    /// <summary>Writes a district as a document's text, as <see cref="Write(Stream, InnovationDistrict, bool)"/> writes it.</summary>
    /// <param name="district">The district.</param>
    /// <param name="omitPersonalData">True to publish as open data (see <see cref="Write(Stream, InnovationDistrict, bool)"/>).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    public static string ToJson(InnovationDistrict district, bool omitPersonalData = false)
    {
        using var stream = new MemoryStream();
        Write(stream, district, omitPersonalData);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static InnovationDistrict Read(ReadOnlySpan<byte> utf8Json, DocumentReadLimits limits, DocumentScan scan)
    {
        bool defaultLimits = ReferenceEquals(limits, DocumentReadLimits.Default);

        // The first read trusts the scan for names given twice and the tally for members left out (MemberTally).
        if (scan.NamesAreDistinct)
        {
            var first = defaultLimits ? FirstRead : DistrictJson.Create(limits, omitPersonalData: false, locateErrors: false);
            MemberTally.Reset();
            try
            {
                if (JsonSerializer.Deserialize(utf8Json, (JsonTypeInfo<DocumentRoot>)first.GetTypeInfo(typeof(DocumentRoot))) is { } root
                    && MemberTally.Counted == scan.MemberNames)
                {
                    return root.District;
                }
            }
            catch (Exception e) when (DocumentErrors.OfTheDocument(e))
            {
                // Read again below, locating the problem.
            }
        }

        return ReadLocating(utf8Json, limits);
    }

    /// <summary>
    /// The locating read alone: each nested value read on its own, with the serializer's checks of members given twice or
    /// left out, so that an error names its path, line and rule. <see cref="Read(ReadOnlySpan{byte}, DocumentReadLimits, DocumentScan)"/>
    /// runs it when the first read fails or is not kept; the fuzzing harness compares the two.
    /// </summary>
    internal static InnovationDistrict ReadLocating(ReadOnlySpan<byte> utf8Json, DocumentReadLimits limits)
    {
        var locating = ReferenceEquals(limits, DocumentReadLimits.Default) ? Full : DistrictJson.Create(limits, omitPersonalData: false, locateErrors: true);
        try
        {
            return JsonSerializer.Deserialize(utf8Json, (JsonTypeInfo<DocumentRoot>)locating.GetTypeInfo(typeof(DocumentRoot)))?.District
                ?? throw new DistrictDocumentException("$", null, null, null, "A district document is an object, not null.", null);
        }
        catch (JsonException e)
        {
            var located = e as DocumentPathException;
            string reason = located?.Reason ?? DocumentErrors.Reason(e);
            throw new DistrictDocumentException((e.Path ?? "$") + located?.Suffix, located?.Line ?? e.LineNumber, located?.Position ?? e.BytePositionInLine, located?.RuleId, reason, e);
        }
        catch (Exception e) when (DocumentErrors.Below(e, string.Empty) is { } located)
        {
            throw new DistrictDocumentException("$" + located.Suffix, null, null, located.RuleId, located.Reason, e);
        }
    }
}

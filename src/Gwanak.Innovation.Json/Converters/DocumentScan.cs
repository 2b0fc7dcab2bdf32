using System;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// Checks a document's syntax and limits block by block while it is still arriving, before it is deserialized: a value
/// nested deeper than the limit, a token longer than any string the limits allow (a gigabyte string is stopped after a few
/// hundred kilobytes, not read to its end) and malformed JSON are refused at once, naming the JSON path the reader had
/// reached. The deserializer then reads the same bytes with the document's own rules.
/// </summary>
/// <remarks>
/// The scan also counts the member names and finds a name given twice in one object, so that the first read of a document
/// need not track either for every object it makes (<see cref="MemberTally"/>): a document in which the scan cannot
/// vouch for every object (a name given twice, an escaped name, an object of more than <see cref="ComparedNames"/>
/// members) is read at once by the locating read, which refuses what is wrong and says where.
/// </remarks>
internal sealed class DocumentScan
{
    // Up to this many members of one object are compared with each other; an object of more is left to the locating read.
    private const int ComparedNames = 64;

    private Frame[] frames = new Frame[16];
    private (int Start, int Length)[] names = new (int, int)[64];
    private int nameCount;
    private int depth;
    private readonly long maxTokenBytes;
    private readonly int maxStringLength;
    private JsonReaderState state;
    private JsonTokenType last = JsonTokenType.None;

    public DocumentScan(DocumentReadLimits limits)
    {
        maxStringLength = limits.MaxStringLength;

        // The longest token a string within the limit can take: every byte escaped as \uXXXX, and its quotes.
        maxTokenBytes = (6L * limits.MaxStringLength) + 2;
        state = new JsonReaderState(new JsonReaderOptions { MaxDepth = limits.MaxDepth });
    }

    /// <summary>How many member names the document has, in all its objects.</summary>
    public long MemberNames { get; private set; }

    /// <summary>
    /// True when every object's member names were compared and none is given twice: the first read may then trust the
    /// count (<see cref="MemberTally"/>) instead of tracking each object's members itself.
    /// </summary>
    public bool NamesAreDistinct { get; private set; } = true;

    /// <summary>How many bytes of the document the scan has checked; the next block starts here.</summary>
    public int Consumed { get; private set; }

    /// <summary>Checks the bytes from <see cref="Consumed"/> to the end of what has arrived.</summary>
    /// <param name="document">The document so far.</param>
    /// <param name="isFinalBlock">Whether the document is complete.</param>
    /// <exception cref="DistrictDocumentException">The document breaks its syntax or a limit.</exception>
    public void Check(ReadOnlySpan<byte> document, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(document[Consumed..], isFinalBlock, state);
        try
        {
            while (reader.Read())
            {
                Step(ref reader, document);
            }
        }
        catch (JsonException e)
        {
            throw new DistrictDocumentException(PendingPath(document), e.LineNumber, e.BytePositionInLine, null, DocumentErrors.Reason(e), e);
        }

        Consumed += (int)reader.BytesConsumed;
        state = reader.CurrentState;
        if (document.Length - Consumed > maxTokenBytes)
        {
            throw new DistrictDocumentException(
                PendingPath(document),
                null,
                null,
                null,
                string.Create(CultureInfo.InvariantCulture, $"A value or member name runs on for more than {maxTokenBytes:N0} bytes, longer than the limit of {maxStringLength:N0} bytes for a string; it was not read further."),
                null);
        }
    }

    private void Step(ref Utf8JsonReader reader, ReadOnlySpan<byte> document)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                BeginValue();
                if (depth == frames.Length)
                {
                    Array.Resize(ref frames, 2 * depth);
                }

                frames[depth++] = new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray, Index = -1, FirstName = nameCount };
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                nameCount = frames[--depth].FirstName;
                break;
            case JsonTokenType.PropertyName:
                // The reader checks a name's syntax, not its bytes: a name that is not UTF-8 would fail only when decoded.
                if (!(reader.ValueIsEscaped ? Decodes(ref reader) : Utf8.IsValid(reader.ValueSpan)))
                {
                    throw new DistrictDocumentException(PendingPath(document), null, null, null, "A member name is not valid UTF-8 text; a district document is UTF-8.", null);
                }

                // Where the name is in the document (its quotes included): decoded only to name a path.
                frames[depth - 1].NameStart = Consumed + (int)reader.TokenStartIndex;
                frames[depth - 1].NameLength = reader.ValueSpan.Length + 2;
                MemberNames++;
                if (NamesAreDistinct)
                {
                    NamesAreDistinct = !reader.ValueIsEscaped && Distinct(reader.ValueSpan, Consumed + (int)reader.TokenStartIndex + 1, document);
                }

                break;
            default:
                BeginValue();
                break;
        }

        last = reader.TokenType;
    }

    // Whether a name differs from the names before it in its object (compared as written: an escaped name is not compared),
    // remembered for the names after it.
    private bool Distinct(ReadOnlySpan<byte> name, int start, ReadOnlySpan<byte> document)
    {
        int first = frames[depth - 1].FirstName;
        if (nameCount - first >= ComparedNames)
        {
            return false;
        }

        for (int i = first; i < nameCount; i++)
        {
            if (document.Slice(names[i].Start, names[i].Length).SequenceEqual(name))
            {
                return false;
            }
        }

        if (nameCount == names.Length)
        {
            Array.Resize(ref names, 2 * nameCount);
        }

        names[nameCount++] = (start, name.Length);
        return true;
    }

    private static bool Decodes(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private void BeginValue()
    {
        if (depth > 0 && frames[depth - 1].IsArray)
        {
            frames[depth - 1].Index++;
        }
    }

    /// <summary>The path of the token the reader was at or about to read.</summary>
    private string PendingPath(ReadOnlySpan<byte> document)
    {
        var path = new StringBuilder("$");
        for (int i = 0; i < depth; i++)
        {
            var frame = frames[i];
            bool innermost = i == depth - 1;
            if (frame.IsArray)
            {
                // An outer array is at the element that holds the rest of the path; the innermost one at its next element.
                int index = innermost ? frame.Index + 1 : frame.Index;
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.NameLength > 0 && (!innermost || last == JsonTokenType.PropertyName))
            {
                var name = new Utf8JsonReader(document.Slice(frame.NameStart, frame.NameLength));
                name.Read();
                path.Append('.').Append(name.GetString());
            }
        }

        return path.ToString();
    }

    /// <summary>An object or array the reader is inside: the index it has reached, or where the member name it has reached is.</summary>
    private struct Frame
    {
        public int FirstName;
        public bool IsArray;
        public int Index;
        public int NameStart;
        public int NameLength;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// Checks a document's syntax and limits block by block while it is still arriving, before it is deserialized: a value
/// nested deeper than the limit, a token longer than any string the limits allow (a gigabyte string is stopped after a few
/// hundred kilobytes, not read to its end) and malformed JSON are refused at once, naming the JSON path the reader had
/// reached. The deserializer then reads the same bytes with the document's own rules.
/// </summary>
internal sealed class DocumentScan
{
    private readonly Stack<Frame> frames = new();
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
                Step(ref reader);
            }
        }
        catch (JsonException e)
        {
            throw new DistrictDocumentException(PendingPath(), e.LineNumber, e.BytePositionInLine, null, DocumentErrors.Reason(e), e);
        }

        Consumed += (int)reader.BytesConsumed;
        state = reader.CurrentState;
        if (document.Length - Consumed > maxTokenBytes)
        {
            throw new DistrictDocumentException(
                PendingPath(),
                null,
                null,
                null,
                string.Create(CultureInfo.InvariantCulture, $"A value or member name runs on for more than {maxTokenBytes:N0} bytes, longer than the limit of {maxStringLength:N0} bytes for a string; it was not read further."),
                null);
        }
    }

    private void Step(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                BeginValue();
                frames.Push(new Frame(reader.TokenType == JsonTokenType.StartArray));
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                frames.Pop();
                break;
            case JsonTokenType.PropertyName:
                try
                {
                    frames.Peek().Property = reader.GetString();
                }
                catch (InvalidOperationException e)
                {
                    // The reader checks a name's syntax, not its bytes: a name that is not UTF-8 fails only when decoded.
                    throw new DistrictDocumentException(PendingPath(), null, null, null, "A member name is not valid UTF-8 text; a district document is UTF-8.", e);
                }

                break;
            default:
                BeginValue();
                break;
        }

        last = reader.TokenType;
    }

    private void BeginValue()
    {
        if (frames.TryPeek(out var parent) && parent.IsArray)
        {
            parent.Index++;
        }
    }

    /// <summary>The path of the token the reader was at or about to read.</summary>
    private string PendingPath()
    {
        var path = new StringBuilder("$");
        var outerFirst = frames.ToArray();
        Array.Reverse(outerFirst);
        for (int i = 0; i < outerFirst.Length; i++)
        {
            var frame = outerFirst[i];
            bool innermost = i == outerFirst.Length - 1;
            if (frame.IsArray)
            {
                // An outer array is at the element that holds the rest of the path; the innermost one at its next element.
                int index = innermost ? frame.Index + 1 : frame.Index;
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.Property is { } property && (!innermost || last == JsonTokenType.PropertyName))
            {
                path.Append('.').Append(property);
            }
        }

        return path.ToString();
    }

    /// <summary>An object or array the reader is inside: the member or the index it has reached.</summary>
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }
}

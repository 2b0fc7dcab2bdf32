using System;
using System.Buffers;
using System.IO;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// The bytes of a document as they arrive from a stream, in one array rented from the shared pool (sized to the stream's
/// remaining length when it knows it, within the size limit) and given back when the read ends; each block is checked
/// against the limits (<see cref="DocumentScan"/>) before the next is read.
/// </summary>
internal sealed class DocumentBuffer : IDisposable
{
    private const int BlockSize = 81920;

    private readonly DocumentReadLimits limits;
    /// <summary>The scan of the bytes so far.</summary>
    public DocumentScan Scan { get; }
    private byte[] bytes;

    public DocumentBuffer(Stream source, DocumentReadLimits limits)
    {
        this.limits = limits;
        Scan = new DocumentScan(limits);
        long expected = source.CanSeek ? Math.Min(source.Length - source.Position, limits.MaxBytes) : 0;
        bytes = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(expected + 1, BlockSize), Array.MaxLength));
    }

    /// <summary>The document so far.</summary>
    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, Count);

    private int Count { get; set; }

    /// <summary>Room for the next block.</summary>
    public Memory<byte> Next()
    {
        if (Count == bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * bytes.Length, Array.MaxLength));
            bytes.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = larger;
        }

        return bytes.AsMemory(Count, Math.Min(BlockSize, bytes.Length - Count));
    }

    /// <summary>Takes a block that arrived and checks it before the next is read, so a hostile document stops early.</summary>
    /// <param name="read">The bytes the stream gave; 0 at its end.</param>
    /// <returns>Whether more may follow.</returns>
    public bool Advance(int read)
    {
        Count += read;
        if (Count > limits.MaxBytes)
        {
            throw TooLarge(limits);
        }

        Scan.Check(Written, isFinalBlock: read == 0);
        return read > 0;
    }

    /// <summary>The refusal of a document over the size limit.</summary>
    public static DistrictDocumentException TooLarge(DocumentReadLimits limits)
        => new("$", null, null, null, $"The document is larger than the limit of {limits.MaxBytes:N0} bytes; it was not read further.", null);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = [];
    }
}

using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.Storage;

/// <summary>One event of a stream, as a row: the district, the stream, its version in the stream, its stable type name and its JSON.</summary>
internal sealed class StoredEvent
{
    public required string District { get; init; }

    public required string Stream { get; init; }

    public required int Version { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public required Instant RecordedAt { get; init; }
}

using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.Storage;

/// <summary>
/// A record of a district that is a value rather than a history (the district itself, an organisation, an indicator value, a
/// trip, a recurring event), as a row with its JSON; replaced whole when it changes, its version guarding concurrent writers.
/// </summary>
internal sealed class StoredRecord
{
    public required string District { get; init; }

    public required string Kind { get; init; }

    public required string Id { get; init; }

    public required string Payload { get; set; }

    public required int Version { get; set; }

    public required Instant RecordedAt { get; set; }
}

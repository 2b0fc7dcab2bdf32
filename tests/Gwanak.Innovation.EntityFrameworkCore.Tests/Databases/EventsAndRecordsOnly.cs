using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.EntityFrameworkCore.Storage;
using Gwanak.Innovation.Json;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;

/// <summary>
/// Stores a district as a database at the first migration (EventsAndRecords) held it: the district's own record, its values
/// and its streams, and no read model, whose tables do not exist yet.
/// </summary>
internal static class EventsAndRecordsOnly
{
    public static async Task WriteAsync(DistrictDbContext db, InnovationDistrict district, Instant now, CancellationToken cancellationToken)
    {
        string code = district.Code.ToString();
        db.Records.Add(new StoredRecord { District = code, Kind = "district", Id = code, Payload = JsonSerializer.Serialize(district.Name, DistrictJson.Options), Version = 1, RecordedAt = now });
        foreach (var kind in RecordKind.All)
        {
            foreach (var (_, id, payload) in kind.In(district))
            {
                db.Records.Add(new StoredRecord { District = code, Kind = kind.Name, Id = id, Payload = payload, Version = 1, RecordedAt = now });
            }
        }

        foreach (var kind in StreamKind.All)
        {
            foreach (var (_, id, history) in kind.In(district))
            {
                for (int v = 0; v < history.Count; v++)
                {
                    db.Events.Add(StreamKind.Row(code, kind.StreamOf(id), v + 1, history[v], now));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

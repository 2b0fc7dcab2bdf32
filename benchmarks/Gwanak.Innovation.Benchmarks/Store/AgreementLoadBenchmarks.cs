using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Store;

/// <summary>
/// 10,000 agreements (the generated district of <see cref="GeneratedDistrict"/>, imported into a temporary SQLite file)
/// each loaded by id and replayed: <see cref="DistrictStore.FindAgreementAsync"/>, against raw ADO.NET
/// (Microsoft.Data.Sqlite) reading the same rows of the stream in version order by one prepared command, deserializing
/// the same JSON payloads with the same options and replaying them with <see cref="Agreement.Replay"/>.
/// </summary>
/// <remarks>Goal (docs/benchmarks.md, "Store"): at most 1.5x the raw baseline. Both return the number of events replayed; the setup checks that they agree.</remarks>
[MemoryDiagnoser]
[ShortRunJob]
public class AgreementLoadBenchmarks
{
    private const int Agreements = 10_000;

    private StoreDatabase database = null!;
    private AgreementId[] ids = [];
    private string district = string.Empty;

    /// <summary>Imports the district.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generated = GeneratedDistrict.WithAgreements(Agreements);
        ids = [.. generated.Agreements.Select(a => a.Id)];
        district = generated.Code.ToString();
        database = StoreDatabase.With(generated);
        int expected = generated.Agreements.Sum(a => a.Version);
        int raw = RawAdoNet().GetAwaiter().GetResult();
        int store = StoreFind().GetAwaiter().GetResult();
        int open = StoreFindOnOpenConnection().GetAwaiter().GetResult();
        if (raw != expected || store != expected || open != expected)
        {
            throw new InvalidOperationException($"Setup failed: {expected} events generated, the raw reader replays {raw}, the store {store} and {open} on an open connection.");
        }
    }

    /// <summary>Deletes the database file.</summary>
    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    /// <summary>The raw baseline: per agreement the stream's rows read, deserialized and replayed.</summary>
    /// <returns>The number of events replayed.</returns>
    [Benchmark(Baseline = true)]
    public async Task<int> RawAdoNet()
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT Version, Type, Payload FROM events WHERE District = $d AND Stream = $s ORDER BY Version";
        select.Parameters.AddWithValue("$d", district);
        var stream = select.Parameters.Add("$s", SqliteType.Text);
        await select.PrepareAsync();
        int replayed = 0;
        var events = new List<AgreementEvent>();
        foreach (var id in ids)
        {
            stream.Value = "agreement/" + id.Value;
            events.Clear();
            await using (var reader = await select.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    if (reader.GetInt32(0) != events.Count + 1 || !EventTypes.TryGetType(reader.GetString(1), out var type))
                    {
                        throw new InvalidOperationException($"The stream of {id} is broken.");
                    }

                    events.Add((AgreementEvent)JsonSerializer.Deserialize(reader.GetString(2), type, DistrictJson.Options)!);
                }
            }

            replayed += Agreement.Replay(events).Version;
        }

        return replayed;
    }

    /// <summary>The store: <see cref="DistrictStore.FindAgreementAsync"/> per agreement on one context.</summary>
    /// <returns>The number of events replayed.</returns>
    [Benchmark]
    public async Task<int> StoreFind()
    {
        await using var db = database.Context();
        var store = new DistrictStore(db, AdministrativeDistrictCode.Seoul.Gwanak, SystemClock.Instance);
        int replayed = 0;
        foreach (var id in ids)
        {
            replayed += (await store.FindAgreementAsync(id))!.Version;
        }

        return replayed;
    }

    /// <summary>
    /// The store on a context whose connection the caller opened once, as a request that loads many aggregates may: the
    /// same connection for every load, as the raw baseline has.
    /// </summary>
    /// <returns>The number of events replayed.</returns>
    [Benchmark]
    public async Task<int> StoreFindOnOpenConnection()
    {
        await using var db = database.Context();
        await db.Database.OpenConnectionAsync();
        var store = new DistrictStore(db, AdministrativeDistrictCode.Seoul.Gwanak, SystemClock.Instance);
        int replayed = 0;
        foreach (var id in ids)
        {
            replayed += (await store.FindAgreementAsync(id))!.Version;
        }

        return replayed;
    }
}

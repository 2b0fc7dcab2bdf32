using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Store;

/// <summary>
/// 100,000 events appended to one stream in batches of 1,000 on SQLite (a temporary file, migrated afresh for every
/// iteration): a city partnership growing by one activity a day, each batch saved by <see cref="DistrictStore.SaveAsync"/>
/// (the version check, the rows, the transaction; a partnership has no read model), against raw ADO.NET
/// (Microsoft.Data.Sqlite) doing the same per batch: a transaction, the stream's version read, the same rows inserted with
/// the same JSON payloads (serialized in the benchmark, as the store does) by one prepared command.
/// </summary>
/// <remarks>
/// Goal (docs/benchmarks.md, "Store"): at most 1.5x the raw baseline. The partnership's state after each batch is replayed
/// once in the setup, so both sides measure storage only. Each iteration checks that the stream holds 100,000 rows.
/// Run with <c>--invocationCount 1 --unrollFactor 1</c> (one append of 100,000 events per iteration).
/// </remarks>
[MemoryDiagnoser]
[ShortRunJob]
public class EventAppendBenchmarks
{
    private const int Events = 100_000;
    private const int Batch = 1_000;
    private static readonly PartnershipId Id = new("store-partnership");
    private static readonly LocalDate Opened = new(2000, 1, 1);
    private static readonly AdministrativeDistrictCode Gwanak = AdministrativeDistrictCode.Seoul.Gwanak;

    private CityPartnership[] batches = [];
    private string file = string.Empty;

    /// <summary>The partnership after each batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var partnership = CityPartnership.Create(Id, Opened, Gwanak, new PartnerCity(LocalizedText.Create("저장시", "Store City"), "JP"), "Store");
        var after = new List<CityPartnership>();
        for (int day = 1; partnership.Version < Events; day++)
        {
            partnership = partnership.RecordActivity(Opened.PlusDays(day), "Exchange visit");
            if (partnership.Version % Batch == 0)
            {
                after.Add(partnership);
            }
        }

        batches = [.. after];
    }

    /// <summary>A fresh, migrated database file.</summary>
    [IterationSetup]
    public void CreateDatabase()
    {
        file = Path.Combine(Path.GetTempPath(), $"gwanak-bench-{Guid.NewGuid():N}.db");
        using var db = Context(file);
        DistrictDatabase.MigrateAsync(db).GetAwaiter().GetResult();
    }

    /// <summary>Deletes the database file, after checking what it holds.</summary>
    [IterationCleanup]
    public void DeleteDatabase()
    {
        using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM events";
            long rows = (long)count.ExecuteScalar()!;
            if (rows != Events)
            {
                throw new InvalidOperationException($"The stream holds {rows} rows, not {Events}.");
            }
        }

        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    /// <summary>The raw baseline: per batch a transaction, the version read and the rows inserted by a prepared command.</summary>
    /// <returns>The number of rows inserted.</returns>
    [Benchmark(Baseline = true)]
    public async Task<int> RawAdoNet()
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        string district = Gwanak.ToString();
        string stream = "city-partnership/" + Id.Value;
        int inserted = 0;
        foreach (var partnership in batches)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var version = connection.CreateCommand();
            version.Transaction = transaction;
            version.CommandText = "SELECT max(Version) FROM events WHERE District = $d AND Stream = $s";
            version.Parameters.AddWithValue("$d", district);
            version.Parameters.AddWithValue("$s", stream);
            object? found = await version.ExecuteScalarAsync();
            int from = found is long v ? (int)v : 0;
            if (from != partnership.Version - Batch)
            {
                throw new InvalidOperationException($"The stream is at {from}.");
            }

            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO events (District, Stream, Version, Type, Payload, RecordedAt) VALUES ($d, $s, $v, $t, $p, $r)";
            var d = insert.Parameters.Add("$d", SqliteType.Text);
            var s = insert.Parameters.Add("$s", SqliteType.Text);
            var n = insert.Parameters.Add("$v", SqliteType.Integer);
            var t = insert.Parameters.Add("$t", SqliteType.Text);
            var p = insert.Parameters.Add("$p", SqliteType.Text);
            var r = insert.Parameters.Add("$r", SqliteType.Text);
            await insert.PrepareAsync();
            var now = DateTimeOffset.UtcNow;
            for (int i = from; i < partnership.Version; i++)
            {
                var e = partnership.History[i];
                d.Value = district;
                s.Value = stream;
                n.Value = i + 1;
                t.Value = EventTypes.NameOf(e);
                p.Value = JsonSerializer.Serialize(e, e.GetType(), DistrictJson.Options);
                r.Value = now;
                inserted += await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        return inserted;
    }

    /// <summary>The store: one <see cref="DistrictStore.SaveAsync"/> per batch.</summary>
    /// <returns>The stream's version at the end.</returns>
    [Benchmark]
    public async Task<int> StoreSaveAsync()
    {
        await using var db = Context(file);
        var store = new DistrictStore(db, Gwanak, SystemClock.Instance);
        int version = 0;
        foreach (var partnership in batches)
        {
            await store.SaveAsync(partnership, version);
            version = partnership.Version;
        }

        return version;
    }

    private static SqliteDistrictDbContext Context(string path)
        => new(new DbContextOptionsBuilder<SqliteDistrictDbContext>().UseSqlite($"Data Source={path}").Options);
}

using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Store;

/// <summary>
/// <see cref="EventAppendBenchmarks"/> on PostgreSQL: the same 100,000 events in batches of 1,000, appended by
/// <see cref="DistrictStore.SaveAsync"/> against raw ADO.NET (Npgsql) doing the same per batch. The server is the one
/// <c>GWANAK_TEST_POSTGRES</c> names (default: the local one); the benchmark creates its own database
/// <c>gwanak_bench</c>, migrates it once and empties the events after every iteration.
/// </summary>
/// <remarks>Goal (docs/benchmarks.md, "Store"): at most 1.5x the raw baseline. Run with <c>--invocationCount 1 --unrollFactor 1</c>.</remarks>
[MemoryDiagnoser]
[ShortRunJob]
public class PostgresEventAppendBenchmarks
{
    private const int Events = 100_000;
    private const int Batch = 1_000;
    private static readonly PartnershipId Id = new("store-partnership");
    private static readonly LocalDate Opened = new(2000, 1, 1);
    private static readonly AdministrativeDistrictCode Gwanak = AdministrativeDistrictCode.Seoul.Gwanak;

    private CityPartnership[] batches = [];
    private string connectionString = string.Empty;

    /// <summary>The partnership after each batch, and a new migrated database.</summary>
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
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("GWANAK_TEST_POSTGRES")
            ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres");
        server.Database = "postgres";
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "DROP DATABASE IF EXISTS gwanak_bench WITH (FORCE); CREATE DATABASE gwanak_bench;";
            create.ExecuteNonQuery();
        }

        // Pooled connections of an earlier setup point at the dropped database.
        NpgsqlConnection.ClearAllPools();
        server.Database = "gwanak_bench";
        connectionString = server.ConnectionString;
        using var db = Context();
        DistrictDatabase.MigrateAsync(db).GetAwaiter().GetResult();
    }

    /// <summary>Checks that the stream holds every event, then empties the events.</summary>
    [IterationCleanup]
    public void EmptyEvents()
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM events";
        long rows = (long)count.ExecuteScalar()!;
        if (rows != Events)
        {
            throw new InvalidOperationException($"The stream holds {rows} rows, not {Events}.");
        }

        using var truncate = connection.CreateCommand();
        truncate.CommandText = "TRUNCATE events";
        truncate.ExecuteNonQuery();
    }

    /// <summary>The raw baseline: per batch a transaction, the version read and the rows inserted by a prepared command.</summary>
    /// <returns>The number of rows inserted.</returns>
    [Benchmark(Baseline = true)]
    public async Task<int> RawAdoNet()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        string district = Gwanak.ToString();
        string stream = "city-partnership/" + Id.Value;
        int inserted = 0;
        foreach (var partnership in batches)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var version = new NpgsqlCommand("SELECT max(\"Version\") FROM events WHERE \"District\" = $1 AND \"Stream\" = $2", connection, transaction);
            version.Parameters.Add(new NpgsqlParameter<string>() { TypedValue = district });
            version.Parameters.Add(new NpgsqlParameter<string>() { TypedValue = stream });
            object? found = await version.ExecuteScalarAsync();
            int from = found is int v ? v : 0;
            if (from != partnership.Version - Batch)
            {
                throw new InvalidOperationException($"The stream is at {from}.");
            }

            await using var insert = new NpgsqlCommand("INSERT INTO events (\"District\", \"Stream\", \"Version\", \"Type\", \"Payload\", \"RecordedAt\") VALUES ($1, $2, $3, $4, $5, $6)", connection, transaction);
            var d = new NpgsqlParameter<string>();
            var s = new NpgsqlParameter<string>();
            var n = new NpgsqlParameter<int>();
            var t = new NpgsqlParameter<string>();
            var p = new NpgsqlParameter<string>();
            var r = new NpgsqlParameter<DateTimeOffset>();
            insert.Parameters.AddRange(new NpgsqlParameter[] { d, s, n, t, p, r });
            await insert.PrepareAsync();
            var now = DateTimeOffset.UtcNow;
            for (int i = from; i < partnership.Version; i++)
            {
                var e = partnership.History[i];
                d.TypedValue = district;
                s.TypedValue = stream;
                n.TypedValue = i + 1;
                t.TypedValue = EventTypes.NameOf(e);
                p.TypedValue = JsonSerializer.Serialize(e, e.GetType(), DistrictJson.Options);
                r.TypedValue = now;
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
        await using var db = Context();
        var store = new DistrictStore(db, Gwanak, SystemClock.Instance);
        int version = 0;
        foreach (var partnership in batches)
        {
            await store.SaveAsync(partnership, version);
            version = partnership.Version;
        }

        return version;
    }

    private PostgresDistrictDbContext Context()
        => new(new DbContextOptionsBuilder<PostgresDistrictDbContext>().UseNpgsql(connectionString).Options);
}

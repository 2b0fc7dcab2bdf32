using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Store;

/// <summary>
/// 100,000 events appended to one stream in batches of 1,000: a city partnership growing by one activity a day, each batch
/// saved by <see cref="DistrictStore.SaveAsync"/> (the version check, the rows, the transaction; a partnership has no read
/// model), against raw ADO.NET doing the same per batch: a transaction, the stream's version read, the same rows inserted
/// with the same type names and JSON payloads (serialized in the benchmark, as the store does), as each provider's
/// competent developer would insert them (<see cref="InsertAsync"/>). One provider per derived class.
/// </summary>
/// <remarks>
/// Goal (docs/benchmarks.md, "Store"): at most 1.5x the raw baseline. The partnership's state after each batch is replayed
/// once in the setup, so both sides measure storage only. Each iteration checks that the stream holds 100,000 rows.
/// Run with <c>--invocationCount 1 --unrollFactor 1</c> (one append of 100,000 events per iteration).
/// </remarks>
[MemoryDiagnoser]
[ShortRunJob]
public abstract class EventAppendBenchmarkBase
{
    private const int Events = 100_000;
    private const int Batch = 1_000;
    private static readonly PartnershipId Id = new("store-partnership");
    private static readonly LocalDate Opened = new(2000, 1, 1);

    private CityPartnership[] batches = [];

    /// <summary>The district of the stream.</summary>
    protected static AdministrativeDistrictCode Gwanak { get; } = AdministrativeDistrictCode.Seoul.Gwanak;

    /// <summary>The partnership after each batch, and the provider's database.</summary>
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
        CreateDatabase();
    }

    /// <summary>Prepares the database an iteration appends to.</summary>
    [IterationSetup]
    public void BeforeIteration() => PrepareIteration();

    /// <summary>Checks that the stream holds every event, then clears what the iteration wrote.</summary>
    [IterationCleanup]
    public void AfterIteration()
    {
        using (var connection = Connection())
        {
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM events";
            long rows = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (rows != Events)
            {
                throw new InvalidOperationException($"The stream holds {rows} rows, not {Events}.");
            }
        }

        ClearIteration();
    }

    /// <summary>The raw baseline: per batch a transaction, the version read and the rows inserted by <see cref="InsertAsync"/>.</summary>
    /// <returns>The number of rows inserted.</returns>
    [Benchmark(Baseline = true)]
    public async Task<int> RawAdoNet()
    {
        await using var connection = Connection();
        await connection.OpenAsync();
        string district = Gwanak.ToString();
        string stream = "city-partnership/" + Id.Value;
        int inserted = 0;
        var rows = new List<(int Version, string Type, string Payload)>(Batch);
        foreach (var partnership in batches)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var version = connection.CreateCommand();
            version.Transaction = transaction;
            version.CommandText = "SELECT max(\"Version\") FROM events WHERE \"District\" = @d AND \"Stream\" = @s";
            AddParameter(version, "@d", district);
            AddParameter(version, "@s", stream);
            object? found = await version.ExecuteScalarAsync();
            int from = found is null or DBNull ? 0 : Convert.ToInt32(found, System.Globalization.CultureInfo.InvariantCulture);
            if (from != partnership.Version - Batch)
            {
                throw new InvalidOperationException($"The stream is at {from}.");
            }

            rows.Clear();
            for (int i = from; i < partnership.Version; i++)
            {
                var e = partnership.History[i];
                rows.Add((i + 1, EventTypes.NameOf(e), JsonSerializer.Serialize(e, e.GetType(), DistrictJson.Options)));
            }

            inserted += await InsertAsync(connection, transaction, district, stream, rows, DateTimeOffset.UtcNow);
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

    /// <summary>Creates and migrates the database (once).</summary>
    protected abstract void CreateDatabase();

    /// <summary>Prepares the database before an iteration.</summary>
    protected abstract void PrepareIteration();

    /// <summary>Clears what an iteration wrote.</summary>
    protected abstract void ClearIteration();

    /// <summary>A new, closed connection to the database.</summary>
    /// <returns>The connection.</returns>
    protected abstract DbConnection Connection();

    /// <summary>A new context on the database.</summary>
    /// <returns>The context.</returns>
    protected abstract DistrictDbContext Context();

    /// <summary>Inserts one batch's rows within the transaction, as the provider's competent developer would.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The batch's transaction.</param>
    /// <param name="district">The district.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="rows">The rows: version, type name, JSON payload.</param>
    /// <param name="recordedAt">The moment they are recorded.</param>
    /// <returns>The number of rows inserted.</returns>
    protected abstract Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, string district, string stream, IReadOnlyList<(int Version, string Type, string Payload)> rows, DateTimeOffset recordedAt);

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading.Tasks;
using Gwanak.Innovation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gwanak.Innovation.Benchmarks.Store;

/// <summary>
/// <see cref="EventAppendBenchmarkBase"/> on PostgreSQL, against raw Npgsql sending each batch's 1,000 inserts as one
/// <see cref="NpgsqlBatch"/> (one round trip per batch). The server is the one <c>GWANAK_TEST_POSTGRES</c> names
/// (default: the local one); the benchmark creates its own database <c>gwanak_bench</c>, migrates it once and empties the
/// events after every iteration.
/// </summary>
public class PostgresEventAppendBenchmarks : EventAppendBenchmarkBase
{
    private string connectionString = string.Empty;

    /// <inheritdoc/>
    protected override void CreateDatabase()
    {
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

    /// <inheritdoc/>
    protected override void PrepareIteration()
    {
    }

    /// <inheritdoc/>
    protected override void ClearIteration()
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var truncate = connection.CreateCommand();
        truncate.CommandText = "TRUNCATE events";
        truncate.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    protected override DbConnection Connection() => new NpgsqlConnection(connectionString);

    /// <inheritdoc/>
    protected override DistrictDbContext Context()
        => new PostgresDistrictDbContext(new DbContextOptionsBuilder<PostgresDistrictDbContext>().UseNpgsql(connectionString).Options);

    /// <inheritdoc/>
    protected override async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, string district, string stream, IReadOnlyList<(int Version, string Type, string Payload)> rows, DateTimeOffset recordedAt)
    {
        await using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        foreach (var row in rows)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO events (\"District\", \"Stream\", \"Version\", \"Type\", \"Payload\", \"RecordedAt\") VALUES ($1, $2, $3, $4, $5, $6)")
            {
                Parameters =
                {
                    new NpgsqlParameter<string> { TypedValue = district },
                    new NpgsqlParameter<string> { TypedValue = stream },
                    new NpgsqlParameter<int> { TypedValue = row.Version },
                    new NpgsqlParameter<string> { TypedValue = row.Type },
                    new NpgsqlParameter<string> { TypedValue = row.Payload },
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = recordedAt },
                },
            });
        }

        return await batch.ExecuteNonQueryAsync();
    }
}

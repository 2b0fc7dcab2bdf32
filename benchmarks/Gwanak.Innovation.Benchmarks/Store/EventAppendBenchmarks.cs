using System;
using System.Collections.Generic;
using System.Data.Common;
using System.IO;
using System.Threading.Tasks;
using Gwanak.Innovation.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.Benchmarks.Store;

/// <summary>
/// <see cref="EventAppendBenchmarkBase"/> on SQLite (a temporary file, migrated afresh for every iteration), against raw
/// Microsoft.Data.Sqlite inserting each batch's rows by one prepared command re-executed per row (SQLite is in process:
/// a statement costs no round trip).
/// </summary>
public class EventAppendBenchmarks : EventAppendBenchmarkBase
{
    private string file = string.Empty;

    /// <inheritdoc/>
    protected override void CreateDatabase()
    {
    }

    /// <inheritdoc/>
    protected override void PrepareIteration()
    {
        file = Path.Combine(Path.GetTempPath(), $"gwanak-bench-{Guid.NewGuid():N}.db");
        using var db = Context();
        DistrictDatabase.MigrateAsync(db).GetAwaiter().GetResult();
    }

    /// <inheritdoc/>
    protected override void ClearIteration()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    /// <inheritdoc/>
    protected override DbConnection Connection() => new SqliteConnection($"Data Source={file}");

    /// <inheritdoc/>
    protected override DistrictDbContext Context()
        => new SqliteDistrictDbContext(new DbContextOptionsBuilder<SqliteDistrictDbContext>().UseSqlite($"Data Source={file}").Options);

    /// <inheritdoc/>
    protected override async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, string district, string stream, IReadOnlyList<(int Version, string Type, string Payload)> rows, DateTimeOffset recordedAt)
    {
        await using var insert = (SqliteCommand)connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)transaction;
        insert.CommandText = "INSERT INTO events (District, Stream, Version, Type, Payload, RecordedAt) VALUES ($d, $s, $v, $t, $p, $r)";
        insert.Parameters.AddWithValue("$d", district);
        insert.Parameters.AddWithValue("$s", stream);
        var n = insert.Parameters.Add("$v", SqliteType.Integer);
        var t = insert.Parameters.Add("$t", SqliteType.Text);
        var p = insert.Parameters.Add("$p", SqliteType.Text);
        insert.Parameters.AddWithValue("$r", recordedAt);
        await insert.PrepareAsync();
        int inserted = 0;
        foreach (var row in rows)
        {
            n.Value = row.Version;
            t.Value = row.Type;
            p.Value = row.Payload;
            inserted += await insert.ExecuteNonQueryAsync();
        }

        return inserted;
    }
}

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;

/// <summary>SQLite: a fresh temporary file for every test, migrated by <see cref="DistrictDatabase.MigrateAsync"/> (so in WAL mode), deleted after.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    /// <inheritdoc/>
    public override string Provider => "SQLite";

    /// <inheritdoc/>
    public override async Task<string> PrepareAsync(bool migrated, CancellationToken cancellationToken)
    {
        string file = Path.Combine(Path.GetTempPath(), $"gwanak-test-{Guid.NewGuid():N}.db");
        string connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        if (migrated)
        {
            await using var db = Open(connectionString);
            await DistrictDatabase.MigrateAsync(db, cancellationToken);
        }

        return connectionString;
    }

    /// <inheritdoc/>
    public override DistrictDbContext Open(string connectionString)
        => new SqliteDistrictDbContext(new DbContextOptionsBuilder<SqliteDistrictDbContext>().UseSqlite(connectionString).Options);

    /// <inheritdoc/>
    public override ValueTask ReleaseAsync(string connectionString)
    {
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        string file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (string path in (string[])[file, file + "-wal", file + "-shm"])
        {
            File.Delete(path);
        }

        return ValueTask.CompletedTask;
    }
}

using System;
using System.IO;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Store;

/// <summary>A temporary SQLite file holding a district imported by <see cref="DistrictStore.ImportAsync"/>, deleted on dispose.</summary>
internal sealed class StoreDatabase : IDisposable
{
    private StoreDatabase(string file) => File = file;

    /// <summary>The database file.</summary>
    public string File { get; }

    /// <summary>The connection string of the file.</summary>
    public string ConnectionString => $"Data Source={File}";

    /// <summary>Creates and migrates a new file and imports the district into it.</summary>
    /// <param name="district">The district.</param>
    /// <returns>The database.</returns>
    public static StoreDatabase With(InnovationDistrict district)
    {
        var database = new StoreDatabase(Path.Combine(Path.GetTempPath(), $"gwanak-bench-{Guid.NewGuid():N}.db"));
        using var db = database.Context();
        DistrictDatabase.MigrateAsync(db).GetAwaiter().GetResult();
        new DistrictStore(db, district.Code, SystemClock.Instance).ImportAsync(district).GetAwaiter().GetResult();
        return database;
    }

    /// <summary>A new context on the file.</summary>
    /// <returns>The context.</returns>
    public SqliteDistrictDbContext Context()
        => new(new DbContextOptionsBuilder<SqliteDistrictDbContext>().UseSqlite(ConnectionString).Options);

    /// <inheritdoc/>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        System.IO.File.Delete(File);
    }
}

using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>Prepares a district database at start-up.</summary>
public static class DistrictDatabase
{
    /// <summary>
    /// Applies the migrations the database lacks (creating it when missing), and on SQLite switches the file to
    /// write-ahead logging, so readers do not wait for writers and a process killed mid-write leaves every committed
    /// transaction whole.
    /// </summary>
    /// <param name="database">The context.</param>
    /// <param name="cancellationToken">Stops the migration.</param>
    /// <returns>A task that completes once the database is current.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="database"/> is null.</exception>
    public static async Task MigrateAsync(DistrictDbContext database, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(database);
        await database.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (database.Database.IsSqlite())
        {
            await database.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }
}

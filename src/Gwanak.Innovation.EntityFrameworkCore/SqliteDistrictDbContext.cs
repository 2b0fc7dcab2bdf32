using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>
/// The district database on SQLite, the embedded default: one file, in WAL mode once <see cref="DistrictDatabase.MigrateAsync"/>
/// has run. Configure it with <c>UseSqlite("Data Source=district.db")</c>.
/// </summary>
public sealed class SqliteDistrictDbContext : DistrictDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Options configured with <c>UseSqlite</c>.</param>
    public SqliteDistrictDbContext(DbContextOptions<SqliteDistrictDbContext> options)
        : base(options)
    {
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gwanak.Innovation.EntityFrameworkCore.Migrations;

/// <summary>
/// The SQLite context as <c>dotnet ef migrations add</c> (eng/add-migration.sh) builds it to write the SQLite migrations
/// (Migrations/Sqlite), on an in-memory database: generating a migration compares models only, and no file is left behind.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDistrictDbContext>
{
    public SqliteDistrictDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteDistrictDbContext>().UseSqlite("Data Source=:memory:").Options);
}

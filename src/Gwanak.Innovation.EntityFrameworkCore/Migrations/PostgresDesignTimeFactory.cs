using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gwanak.Innovation.EntityFrameworkCore.Migrations;

/// <summary>
/// The PostgreSQL context as <c>dotnet ef migrations add</c> (eng/add-migration.sh) builds it to write the PostgreSQL
/// migrations (Migrations/Postgres); the placeholder server is never contacted, since generating a migration compares models
/// only.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDistrictDbContext>
{
    public PostgresDistrictDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresDistrictDbContext>().UseNpgsql("Host=localhost;Database=gwanak_design_time").Options);
}

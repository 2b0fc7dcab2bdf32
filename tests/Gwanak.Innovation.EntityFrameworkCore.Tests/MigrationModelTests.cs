using Gwanak.Innovation.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>Each provider's migrations end at the model as it stands: a change to the model comes with its migration (eng/add-migration.sh).</summary>
public sealed class MigrationModelTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last SQLite migration: run bash eng/add-migration.sh <Name>.");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last PostgreSQL migration: run bash eng/add-migration.sh <Name>.");
    }
}

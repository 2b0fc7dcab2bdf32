using System.Linq;
using System.Threading.Tasks;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Tests.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>A database created by the first migration, holding a district's events and records, is upgraded at start-up.</summary>
public abstract class MigrationTests<TDatabase>(TDatabase database) : StoreTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    protected override bool StartsMigrated => false;

    [Fact]
    public async Task An_upgraded_database_rebuilds_its_read_models_and_gives_its_district_back()
    {
        var gwanak = await UpgradeFromFirstMigrationAsync();
        var store = OpenStore();
        await store.RebuildReadModelsAsync(Cancellation);
        Assert.Equal(gwanak, await store.LoadAsync(Cancellation));
    }

    [Fact]
    public async Task Rebuilding_the_read_models_of_an_upgraded_database_fills_every_row()
    {
        var gwanak = await UpgradeFromFirstMigrationAsync();
        var store = OpenStore();
        var rebuild = await store.RebuildReadModelsAsync(Cancellation);
        Assert.All(rebuild.Differences, d => Assert.EndsWith("had no row.", d));
        Assert.Equal(
            (gwanak.Agreements.Count(), gwanak.Organizations.Count(), gwanak.Facilities.Count(), gwanak.Funds.Count(), rebuild.Recomputed),
            (await store.Agreements.CountAsync(Cancellation), await store.Organizations.CountAsync(Cancellation), await store.Facilities.CountAsync(Cancellation), await store.Funds.CountAsync(Cancellation), rebuild.Differences.Count));
        Assert.Empty((await OpenStore().RebuildReadModelsAsync(Cancellation)).Differences);
    }

    private async Task<InnovationDistrict> UpgradeFromFirstMigrationAsync()
    {
        var gwanak = Gwanak2023District.Build();
        var first = OpenContext();
        string eventsAndRecords = first.Database.GetMigrations().First();
        Assert.EndsWith("_EventsAndRecords", eventsAndRecords);
        await first.GetService<IMigrator>().MigrateAsync(eventsAndRecords, Cancellation);
        await EventsAndRecordsOnly.WriteAsync(first, gwanak, Clock.GetCurrentInstant(), Cancellation);

        await DistrictDatabase.MigrateAsync(OpenContext(), Cancellation);
        Assert.Empty(await OpenContext().Database.GetPendingMigrationsAsync(Cancellation));
        return gwanak;
    }
}

public sealed class MigrationTestsOnSqlite(SqliteTestDatabase database) : MigrationTests<SqliteTestDatabase>(database);

public sealed class MigrationTestsOnPostgres(PostgresTestDatabase database) : MigrationTests<PostgresTestDatabase>(database);

using System.Threading.Tasks;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Districts;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>A district moves from SQLite to PostgreSQL as the README says: loaded from one store, imported into the other.</summary>
public sealed class MovingTests(PostgresTestDatabase postgres) : StoreTests<PostgresTestDatabase>(postgres)
{
    [Fact]
    public async Task A_district_loaded_from_sqlite_and_imported_into_postgres_loads_back_equal()
    {
        var sqlite = new SqliteTestDatabase();
        string file = await sqlite.PrepareAsync(migrated: true, Cancellation);
        try
        {
            await using var sqliteDb = sqlite.Open(file);
            var sqliteStore = new DistrictStore(sqliteDb, AdministrativeDistrictCode.Seoul.Gwanak, Clock);
            await sqliteStore.ImportAsync(Gwanak2023District.Build(), Cancellation);

            var district = await sqliteStore.LoadAsync(Cancellation);
            var postgresStore = OpenStore();
            await postgresStore.ImportAsync(district!, Cancellation);

            Assert.Equal(Gwanak2023District.Build(), await OpenStore().LoadAsync(Cancellation));
        }
        finally
        {
            await sqlite.ReleaseAsync(file);
        }
    }
}

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>
/// The base of every store test: a test class derives from it as <c>abstract class XTests&lt;TDatabase&gt;</c>, its tests
/// are written once, and two one-line classes run them on each provider
/// (<c>sealed class XTestsOnSqlite(SqliteTestDatabase d) : XTests&lt;SqliteTestDatabase&gt;(d)</c>, and the same for
/// <see cref="PostgresTestDatabase"/>). Each test starts on a migrated database of its own, holding no rows.
/// </summary>
/// <typeparam name="TDatabase">The provider's databases.</typeparam>
public abstract class StoreTests<TDatabase> : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private readonly List<DistrictDbContext> opened = [];
    private string? connectionString;

    /// <summary>Takes the class's databases.</summary>
    /// <param name="database">The class fixture.</param>
    protected StoreTests(TDatabase database) => Database = database;

    /// <summary>The provider's databases.</summary>
    protected TDatabase Database { get; }

    /// <summary>False for the tests that start on an empty database, before the first migration.</summary>
    protected virtual bool StartsMigrated => true;

    /// <summary>The clock the stores stamp events with.</summary>
    protected FakeClock Clock { get; } = new(Instant.FromUtc(2026, 12, 2, 0, 0));

    /// <summary>The test's cancellation.</summary>
    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The connection string of the test's database, for a program the test starts.</summary>
    protected string ConnectionString => connectionString ?? throw new System.InvalidOperationException("The test's database is not prepared yet.");

    /// <inheritdoc/>
    public async ValueTask InitializeAsync() => connectionString = await Database.PrepareAsync(StartsMigrated, Cancellation);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var db in opened)
        {
            await db.DisposeAsync();
        }

        if (connectionString is not null)
        {
            await Database.ReleaseAsync(connectionString);
        }
    }

    /// <summary>A new context on the test's database, disposed after the test; open two for two writers.</summary>
    /// <returns>The context.</returns>
    protected DistrictDbContext OpenContext()
    {
        var db = Database.Open(connectionString!);
        opened.Add(db);
        return db;
    }

    /// <summary>Runs SQL on the test's database, its interpolated values sent as parameters: to break what a store wrote.</summary>
    /// <param name="sql">The statement, naming tables and columns in double quotes as both providers read them.</param>
    /// <returns>The number of rows changed.</returns>
    protected Task<int> ExecuteAsync(System.FormattableString sql) => OpenContext().Database.ExecuteSqlAsync(sql, Cancellation);

    /// <summary>A store of a district on a new context.</summary>
    /// <param name="district">The district; Gwanak-gu when omitted.</param>
    /// <returns>The store.</returns>
    protected DistrictStore OpenStore(AdministrativeDistrictCode? district = null)
        => new(OpenContext(), district ?? AdministrativeDistrictCode.Seoul.Gwanak, Clock);
}

using System.Threading;
using System.Threading.Tasks;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;

/// <summary>
/// One provider's databases for the tests of one class (a class fixture): each test gets a database of its own to itself,
/// migrated (or empty, for the tests of the migrations), and every context the test opens reaches that database.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    /// <summary>The provider's name, as the tests' output shows it.</summary>
    public abstract string Provider { get; }

    /// <summary>Gives a test its database, migrated to the latest migration and holding no rows, or holding no tables at all.</summary>
    /// <param name="migrated">False for an empty database, as before the first migration.</param>
    /// <param name="cancellationToken">Stops the preparation.</param>
    /// <returns>The connection string of the test's database.</returns>
    public abstract Task<string> PrepareAsync(bool migrated, CancellationToken cancellationToken);

    /// <summary>Opens a context on a test's database.</summary>
    /// <param name="connectionString">What <see cref="PrepareAsync"/> gave.</param>
    /// <returns>A new context, which the caller disposes.</returns>
    public abstract DistrictDbContext Open(string connectionString);

    /// <summary>Lets go of a test's database once its contexts are disposed.</summary>
    /// <param name="connectionString">What <see cref="PrepareAsync"/> gave.</param>
    /// <returns>A task that completes once it is released.</returns>
    public virtual ValueTask ReleaseAsync(string connectionString) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

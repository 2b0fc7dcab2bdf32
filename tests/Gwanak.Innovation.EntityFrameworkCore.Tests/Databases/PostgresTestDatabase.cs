using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;

/// <summary>
/// PostgreSQL: a fresh database for every test class, created through Npgsql on the server that <c>GWANAK_TEST_POSTGRES</c>
/// names and dropped after the class; each test finds it migrated and emptied of rows (or with no tables, when it asks for an
/// empty database). Without the variable every test says it did not run.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    /// <summary>The environment variable holding the connection string of a server and a database the tests may connect to.</summary>
    public const string Variable = "GWANAK_TEST_POSTGRES";

    /// <summary>What a PostgreSQL test says when it did not run.</summary>
    public const string NotRun = "PostgreSQL tests did not run: set GWANAK_TEST_POSTGRES to a connection string (see README)";

    private readonly string? server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
    private string? database;

    /// <inheritdoc/>
    public override string Provider => "PostgreSQL";

    /// <inheritdoc/>
    public override async ValueTask InitializeAsync()
    {
        if (server is null)
        {
            return;
        }

        string name = $"gwanak_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        if (database is null)
        {
            return;
        }

        string name = new NpgsqlConnectionStringBuilder(database).Database!;
        using (var connection = new NpgsqlConnection(database))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <inheritdoc/>
    public override async Task<string> PrepareAsync(bool migrated, CancellationToken cancellationToken)
    {
        Assert.SkipUnless(database is not null, NotRun);
        await using var db = Open(database!);
        if (!migrated)
        {
            await db.Database.ExecuteSqlRawAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", cancellationToken);
            return database!;
        }

        // An earlier test of the class may have left the database empty or part-migrated, or left rows.
        await DistrictDatabase.MigrateAsync(db, cancellationToken);
        string tables = string.Join(", ", db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct().Select(t => $"\"{t}\""));
#pragma warning disable EF1002 // The table names come from the model, not from input.
        await db.Database.ExecuteSqlRawAsync($"TRUNCATE {tables}", cancellationToken);
#pragma warning restore EF1002
        return database!;
    }

    /// <inheritdoc/>
    public override DistrictDbContext Open(string connectionString)
        => new PostgresDistrictDbContext(new DbContextOptionsBuilder<PostgresDistrictDbContext>().UseNpgsql(connectionString).Options);

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gwanak.Innovation.EntityFrameworkCore.Storage;

/// <summary>One event of a stream as it is read back: its version in the stream, its stable type name and its JSON.</summary>
internal readonly record struct EventRow(int Version, string Type, string Payload);

/// <summary>
/// The <c>events</c> table of one district, read and written by commands of its own on the context's connection, inside the
/// context's transaction when there is one: a stream's rows, its version, a batch of new rows. A stream is read on every load
/// and written on every save, and EF Core's query pipeline and unit of work (a query looked up and materialized into
/// entities, a thousand entities tracked and diffed per batch) cost several times the database's own work; here the three
/// commands are made once per store and re-executed with new values.
/// </summary>
/// <remarks>
/// A batch of new rows goes to the database in one round trip where the provider batches commands (<see cref="DbConnection.CanCreateBatch"/>:
/// Npgsql), and as one insert re-executed per row where it does not (Microsoft.Data.Sqlite, in process, where a round trip
/// costs nothing and the statement stays prepared). The SQL is the same on both providers; this class is the only place
/// the store writes the table's SQL itself.
/// </remarks>
internal sealed class EventTable(DistrictDbContext db, string district)
{
    private const string ReadSql = "SELECT \"Version\", \"Type\", \"Payload\" FROM events WHERE \"District\" = @d AND \"Stream\" = @s ORDER BY \"Version\"";
    private const string VersionSql = "SELECT max(\"Version\") FROM events WHERE \"District\" = @d AND \"Stream\" = @s";
    private const string InsertSql = "INSERT INTO events (\"District\", \"Stream\", \"Version\", \"Type\", \"Payload\", \"RecordedAt\") VALUES (@d, @s, @v, @t, @p, @r)";

    // A batched provider (Npgsql) would otherwise rewrite the named placeholders of each of a batch's thousand commands.
    private const string PositionalInsertSql = "INSERT INTO events (\"District\", \"Stream\", \"Version\", \"Type\", \"Payload\", \"RecordedAt\") VALUES ($1, $2, $3, $4, $5, $6)";

    private static readonly (string Name, DbType Type)[] InsertParameters = [("@d", DbType.String), ("@s", DbType.String), ("@v", DbType.Int32), ("@t", DbType.String), ("@p", DbType.String), ("@r", DbType.DateTimeOffset)];

    private DbCommand? read;
    private DbCommand? version;
    private DbCommand? insert;

    /// <summary>The rows of a stream, ordered by version (none when the district has no such stream).</summary>
    public async Task<List<EventRow>> ReadAsync(string stream, CancellationToken cancellationToken)
    {
        bool opened = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = Command(ref read, ReadSql);
            command.Parameters[1].Value = stream;
            var rows = new List<EventRow>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new EventRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
            }

            return rows;
        }
        finally
        {
            await CloseAsync(opened).ConfigureAwait(false);
        }
    }

    /// <summary>The version of a stream: the number of its last event, 0 when it has none.</summary>
    public async Task<int> VersionAsync(string stream, CancellationToken cancellationToken)
    {
        bool opened = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = Command(ref version, VersionSql);
            command.Parameters[1].Value = stream;
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } found and not System.DBNull
                ? System.Convert.ToInt32(found, System.Globalization.CultureInfo.InvariantCulture)
                : 0;
        }
        finally
        {
            await CloseAsync(opened).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Inserts rows of the district, within the context's transaction (the caller's, which commits or rolls back); a row whose
    /// (district, stream, version) is taken fails with the provider's unique-key error (<see cref="StorageErrors.IsDuplicateKey"/>).
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<StoredEvent> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        bool opened = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (connection.CanCreateBatch)
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                foreach (var row in rows)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = PositionalInsertSql;
                    AddInsertParameters(command.Parameters, command.CreateParameter, positional: true);
                    SetInsertValues(command.Parameters, row);
                    batch.BatchCommands.Add(command);
                }

                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            var single = Command(ref insert, InsertSql);
            foreach (var row in rows)
            {
                SetInsertValues(single.Parameters, row);
                await single.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await CloseAsync(opened).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Opens the context's connection if it is closed, to close it again after the command, as EF Core does around a query of
    /// its own (through EF Core, so its connection interceptors run); a connection the caller or a transaction opened stays
    /// as it is.
    /// </summary>
    /// <returns><see langword="true"/> when it was opened here.</returns>
    private async Task<bool> OpenAsync(CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection().State == ConnectionState.Open)
        {
            return false;
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task CloseAsync(bool opened)
    {
        if (opened)
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static void AddInsertParameters(DbParameterCollection parameters, System.Func<DbParameter> create, bool positional = false)
    {
        foreach (var (name, type) in InsertParameters)
        {
            Add(parameters, create, positional ? string.Empty : name, type);
        }
    }

    private static DbParameter Add(DbParameterCollection parameters, System.Func<DbParameter> create, string name, DbType type)
    {
        var parameter = create();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameters.Add(parameter);
        return parameter;
    }

    private static void SetInsertValues(DbParameterCollection parameters, StoredEvent row)
    {
        parameters[0].Value = row.District;
        parameters[1].Value = row.Stream;
        parameters[2].Value = row.Version;
        parameters[3].Value = row.Type;
        parameters[4].Value = row.Payload;
        parameters[5].Value = row.RecordedAt.ToDateTimeOffset();
    }

    /// <summary>A command of this table on the context's connection (made again if the context's connection was replaced), in its current transaction.</summary>
    private DbCommand Command(ref DbCommand? cached, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (cached is null || cached.Connection != connection)
        {
            cached?.Dispose();
            cached = connection.CreateCommand();
            cached.CommandText = sql;
            if (ReferenceEquals(sql, InsertSql))
            {
                AddInsertParameters(cached.Parameters, cached.CreateParameter);
            }
            else
            {
                Add(cached.Parameters, cached.CreateParameter, "@d", DbType.String).Value = district;
                Add(cached.Parameters, cached.CreateParameter, "@s", DbType.String);
            }
        }

        cached.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return cached;
    }
}

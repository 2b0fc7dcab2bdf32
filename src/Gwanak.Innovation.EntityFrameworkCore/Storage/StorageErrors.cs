using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gwanak.Innovation.EntityFrameworkCore.Storage;

/// <summary>Recognises the providers' errors the store turns into its own.</summary>
internal static class StorageErrors
{
    /// <summary>
    /// True when a save failed because a key already existed: another writer stored the same stream version first (the
    /// provider's error, thrown by a command of its own or wrapped by EF Core's <see cref="DbUpdateException"/>).
    /// </summary>
    public static bool IsDuplicateKey(System.Exception e) => (e is DbUpdateException { InnerException: { } inner } ? inner : e) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

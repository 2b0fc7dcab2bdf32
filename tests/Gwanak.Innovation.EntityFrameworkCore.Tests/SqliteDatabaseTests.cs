using System.Threading.Tasks;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

public sealed class SqliteDatabaseTests(SqliteTestDatabase database) : StoreTests<SqliteTestDatabase>(database)
{
    [Fact]
    public async Task A_migrated_sqlite_file_keeps_a_write_ahead_log()
    {
        var mode = await OpenContext().Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync(Cancellation);
        Assert.Equal("wal", mode);
    }
}

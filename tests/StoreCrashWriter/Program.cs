using System;
using System.Globalization;
using System.Threading.Tasks;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace StoreCrashWriter;

/// <summary>
/// Writes to a district store until it is killed, for the store tests that kill it with SIGKILL in the middle of a write
/// (<c>CrashTests</c>). Usage: <c>dotnet StoreCrashWriter.dll SQLite|PostgreSQL &lt;connection string&gt; &lt;events per batch&gt;</c>,
/// on a database that holds nothing of Gwanak-gu (it applies the migrations the database lacks first, as a program does at
/// start-up).
/// </summary>
/// <remarks>
/// It imports an empty Gwanak-gu, establishes the fund <c>crash-fund</c> (batch 0, one event), then appends batch after batch of commitments to its
/// stream, each batch one <c>DistrictStore.SaveAsync</c> (one transaction, the fund's read model included):
/// commitment <c>i</c> (from 1) of batch <c>b</c> (from 1) is of <c>b × 1,000 + i</c> won, made on 2021-02-01. After each
/// commit it writes the batch's number on a line of its own to standard output.
/// </remarks>
internal static class Program
{
    /// <summary>The fund whose stream the writer appends to.</summary>
    private static readonly FundId CrashFund = new("crash-fund");

    private static async Task<int> Main(string[] args)
    {
        if (args.Length != 3 || args[0] is not ("SQLite" or "PostgreSQL") || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out int perBatch) || perBatch < 1)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet StoreCrashWriter.dll SQLite|PostgreSQL <connection string> <events per batch>");
            return 2;
        }

        await using DistrictDbContext db = args[0] == "SQLite"
            ? new SqliteDistrictDbContext(new DbContextOptionsBuilder<SqliteDistrictDbContext>().UseSqlite(args[1]).Options)
            : new PostgresDistrictDbContext(new DbContextOptionsBuilder<PostgresDistrictDbContext>().UseNpgsql(args[1]).Options);
        await DistrictDatabase.MigrateAsync(db);
        var store = new DistrictStore(db, AdministrativeDistrictCode.Seoul.Gwanak, SystemClock.Instance);
        await store.ImportAsync(InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu")));
        var office = new OrganizationId("gwanak-gu-office");
        var fund = Fund.Create(CrashFund, new LocalDate(2021, 1, 4), LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), office, Money.Parse("200억 원"), Period.FromYears(8));
        await store.SaveAsync(fund, 0);
        Console.WriteLine(0);
        for (int batch = 1; ; batch++)
        {
            int saved = fund.Version;
            for (int i = 1; i <= perBatch; i++)
            {
                fund = fund.Commit(new LocalDate(2021, 2, 1), office, Money.Won((batch * 1000m) + i));
            }

            await store.SaveAsync(fund, saved);
            Console.WriteLine(batch);
        }
    }
}

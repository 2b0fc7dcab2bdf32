using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Organizations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>
/// Many writers of one stream, each on a context of its own, racing to append at the same version: the store's
/// optimistic concurrency holds under real parallelism, round after round.
/// </summary>
public abstract class ConcurrencyTests<TDatabase>(TDatabase database) : StoreTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private const int Writers = 32;
    private const int Rounds = 5;
    private static readonly FundId Id = new("gwanak-startup-fund");
    private static readonly string Stream = "fund/" + Id.Value;

    [Fact]
    public async Task Of_32_writers_appending_at_one_version_exactly_one_wins_each_round_and_the_others_are_told_the_versions()
    {
        await OpenStore().ImportAsync(InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu")), Cancellation);
        Fund? stored = null;
        for (int round = 0; round < Rounds; round++)
        {
            // Each writer decides on what it loaded itself, a step of its own (another founding, another amount).
            var writers = new (DistrictDbContext Db, DistrictStore Store, Fund Decided)[Writers];
            for (int w = 0; w < Writers; w++)
            {
                var db = OpenContext();
                var store = new DistrictStore(db, AdministrativeDistrictCode.Seoul.Gwanak, Clock);
                var loaded = round == 0 ? null : await store.FindFundAsync(Id, Cancellation);
                Assert.Equal(stored, loaded);
                writers[w] = (db, store, loaded is null ? Establish(w) : loaded.Commit(new LocalDate(2021, 2, 1).PlusDays(round), Gwanak2023Organizations.GwanakGuOffice.Id, Money.Won(1_000_000m * ((round * Writers) + w + 1))));
            }

            var outcomes = await RaceAsync(writers, round);
            foreach (var writer in writers)
            {
                // Each writer held its connection through the race; the next round's writers take connections of their own.
                await writer.Db.Database.CloseConnectionAsync();
            }

            int winner = Assert.Single(Enumerable.Range(0, Writers), w => outcomes[w] is null);
            Assert.All(
                outcomes.Where(o => o is not null),
                o =>
                {
                    var refusal = Assert.IsType<StreamConcurrencyException>(o);
                    Assert.Equal((Stream, round, round + 1), (refusal.Stream, refusal.ExpectedVersion, refusal.ActualVersion));
                    Assert.Contains($"{Stream} was expected at version {round}, but it is at version {round + 1}", refusal.Message, StringComparison.Ordinal);
                });
            stored = await OpenStore().FindFundAsync(Id, Cancellation);
            Assert.Equal(writers[winner].Decided, stored);
        }

        var versions = await OpenContext().Events.Where(e => e.Stream == Stream).OrderBy(e => e.Version).Select(e => e.Version).ToListAsync(Cancellation);
        Assert.Equal(Enumerable.Range(1, Rounds), versions);
        var row = await OpenStore().Funds.Include(f => f.Movements).SingleAsync(Cancellation);
        Assert.Equal((Rounds, Rounds - 1), (row.Version, row.Movements.Count));
        Assert.Empty((await OpenStore().RebuildReadModelsAsync(Cancellation)).Differences);
    }

    private static Fund Establish(int writer)
        => Fund.Create(Id, new LocalDate(2021, 1, 4), LocalizedText.Create($"관악구 창업지원펀드 {writer}", $"Gwanak startup support fund {writer}"), Gwanak2023Organizations.GwanakGuOffice.Id, Money.Parse("200억 원"), Period.FromYears(8));

    /// <summary>
    /// Starts every writer on a thread-pool thread of its own; each opens its connection and waits at the start line, and
    /// once all are there they save at once. Returns each writer's failure, or null for a save that succeeded.
    /// </summary>
    private static async Task<Exception?[]> RaceAsync((DistrictDbContext Db, DistrictStore Store, Fund Decided)[] writers, int expectedVersion)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int ready = 0;
        var saves = writers.Select(writer => Task.Run(async () =>
        {
            await writer.Db.Database.OpenConnectionAsync(Cancellation);
            if (Interlocked.Increment(ref ready) == writers.Length)
            {
                start.SetResult();
            }

            await start.Task;
            try
            {
                await writer.Store.SaveAsync(writer.Decided, expectedVersion, Cancellation);
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return e;
            }
        })).ToArray();
        return await Task.WhenAll(saves);
    }
}

public sealed class ConcurrencyTestsOnSqlite(SqliteTestDatabase database) : ConcurrencyTests<SqliteTestDatabase>(database);

public sealed class ConcurrencyTestsOnPostgres(PostgresTestDatabase database) : ConcurrencyTests<PostgresTestDatabase>(database);

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Store;

/// <summary>
/// The agreements list of the portal's agreements page over the read model of 100,000 agreements (the generated district,
/// imported into a temporary SQLite file): the agreements drafted on or before a day, counted, then one page of 50 ordered
/// by effective date (latest first) and id with their parties, as samples/DistrictPortal/Portal/AgreementListing.cs asks.
/// </summary>
/// <remarks>No baseline: the figure is the time per query (count and page), for the first page and a page deep in the list.</remarks>
[MemoryDiagnoser]
[ShortRunJob]
public class AgreementListBenchmarks
{
    private const int Agreements = 100_000;
    private const int PageSize = 50;
    private static readonly LocalDate AsOf = new(2023, 8, 23);

    private StoreDatabase database = null!;
    private SqliteDistrictDbContext db = null!;
    private DistrictStore store = null!;

    /// <summary>The page asked for.</summary>
    [Params(1, 1_000)]
    public int Page { get; set; }

    /// <summary>Imports the district and opens one context, as a request has.</summary>
    [GlobalSetup]
    public void Setup()
    {
        database = StoreDatabase.With(GeneratedDistrict.WithAgreements(Agreements));
        db = database.Context();
        store = new DistrictStore(db, AdministrativeDistrictCode.Seoul.Gwanak, SystemClock.Instance);
    }

    /// <summary>Closes the context and deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        db.Dispose();
        database.Dispose();
    }

    /// <summary>The count and one page of the list.</summary>
    /// <returns>The count and the rows of the page.</returns>
    [Benchmark]
    public async Task<(int Count, IReadOnlyList<AgreementSummary> Rows)> CountAndPage()
    {
        var rows = store.Agreements.Where(a => a.DraftedOn <= AsOf);
        int count = await rows.CountAsync();
        var page = await rows.OrderByDescending(a => a.EffectiveDate).ThenBy(a => a.Id).Skip((Page - 1) * PageSize).Take(PageSize).Include(a => a.Parties).ToListAsync();
        return (count, page);
    }
}

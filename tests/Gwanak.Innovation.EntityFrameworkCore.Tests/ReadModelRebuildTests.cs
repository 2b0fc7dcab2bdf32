using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Agreements;
using Gwanak.Innovation.Tests.Districts;
using Gwanak.Innovation.Tests.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>
/// Read-model rows broken behind the store's back (with SQL) are found and restored by a rebuild from the streams and records,
/// whether the district was imported or its aggregates and records were saved one by one, without its own record.
/// </summary>
public abstract class ReadModelRebuildTests<TDatabase>(TDatabase database) : StoreTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task A_rebuild_restores_rows_changed_deleted_renamed_or_stripped_of_a_child_and_reports_each()
    {
        var gwanak = Gwanak2023District.Build();
        await OpenStore().ImportAsync(gwanak, Cancellation);
        var before = await RowsAsync();
        string trilateral = Gwanak2023Mous.TrilateralId.Value;
        string kaccoc = Gwanak2023Organizations.Kaccoc.Id.Value;
        string gwanakOffice = Gwanak2023Organizations.GwanakGuOffice.Id.Value;
        var fund = gwanak.Funds.First(f => f.Version > 1);
        var facility = gwanak.Facilities.First();

        Assert.Equal(1, await ExecuteAsync($"UPDATE \"agreement_summaries\" SET \"PurposeEnglish\" = {"tampered"} WHERE \"Id\" = {trilateral}"));
        Assert.Equal(1, await ExecuteAsync($"DELETE FROM \"organization_summaries\" WHERE \"Id\" = {kaccoc}"));
        Assert.Equal(1, await ExecuteAsync($"UPDATE \"organization_summaries\" SET \"Id\" = {"ghost-organisation"} WHERE \"Id\" = {gwanakOffice}"));
        Assert.Equal(1, await ExecuteAsync($"DELETE FROM \"fund_movements\" WHERE \"Fund\" = {fund.Id.Value} AND \"Position\" = 0"));
        Assert.Equal(1, await ExecuteAsync($"UPDATE \"facility_summaries\" SET \"Capacity\" = \"Capacity\" + 1 WHERE \"Id\" = {facility.Id.Value}"));
        Assert.NotEqual(before, await RowsAsync());

        var rebuild = await OpenStore().RebuildReadModelsAsync(Cancellation);

        Assert.Equal(gwanak.Agreements.Count + gwanak.Organizations.Count + gwanak.Facilities.Count + gwanak.Funds.Count, rebuild.Recomputed);
        Assert.Equal(
            Sorted(
                $"The row of the agreement {trilateral} differed",
                $"The organisation {kaccoc} had no row.",
                $"The organisation {gwanakOffice} had no row.",
                "The row of the organisation ghost-organisation was left over",
                $"The row of the facility {facility.Id} differed",
                $"The row of the fund {fund.Id} differed"),
            Sorted([.. rebuild.Differences.Select(d => d.Split(':')[0])]));
        Assert.Contains(rebuild.Differences, d => d.StartsWith($"The row of the agreement {trilateral} differed: stored", System.StringComparison.Ordinal) && d.Contains("'tampered'", System.StringComparison.Ordinal));
        Assert.Equal(before, await RowsAsync());
        Assert.Empty((await OpenStore().RebuildReadModelsAsync(Cancellation)).Differences);
    }

    [Fact]
    public async Task A_rebuild_of_a_district_saved_one_by_one_without_its_own_record_keeps_every_row_and_reports_no_difference()
    {
        var gwanak = Gwanak2023District.Build();
        await SaveOneByOneAsync(gwanak);
        var before = await RowsAsync();
        Assert.False(await OpenStore().ExistsAsync(Cancellation));
        Assert.Null(await OpenStore().LoadAsync(Cancellation));
        Assert.Equal(gwanak.Agreements.Count + gwanak.Organizations.Count + gwanak.Facilities.Count + gwanak.Funds.Count, before.Count);

        var rebuild = await OpenStore().RebuildReadModelsAsync(Cancellation);

        Assert.Equal((before.Count, 0), (rebuild.Recomputed, rebuild.Differences.Count));
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task A_district_saved_one_by_one_loads_whole_once_named_and_a_second_name_replaces_the_first()
    {
        var gwanak = Gwanak2023District.Build();
        await SaveOneByOneAsync(gwanak);

        await OpenStore().SaveNameAsync(LocalizedText.Create("관악", "Gwanak"), Cancellation);
        Assert.True(await OpenStore().ExistsAsync(Cancellation));
        Assert.Equal("Gwanak", (await OpenStore().LoadAsync(Cancellation))!.Name.English);
        await OpenStore().SaveNameAsync(gwanak.Name, Cancellation);

        Assert.Equal(gwanak, await OpenStore().LoadAsync(Cancellation));
        Assert.Equal(2, await OpenContext().Database.SqlQuery<int>($"SELECT \"Version\" AS \"Value\" FROM \"records\" WHERE \"Kind\" = {"district"}").SingleAsync(Cancellation));
    }

    [Fact]
    public async Task Naming_a_district_without_a_name_names_the_parameter_and_stores_nothing()
    {
        Assert.Equal("name", (await Assert.ThrowsAsync<System.ArgumentNullException>(() => OpenStore().SaveNameAsync(null!, Cancellation))).ParamName);
        Assert.False(await OpenStore().ExistsAsync(Cancellation));
    }

    [Fact]
    public async Task A_rebuild_of_a_district_saved_one_by_one_without_its_own_record_restores_a_wrong_row_and_reports_each()
    {
        var gwanak = Gwanak2023District.Build();
        await SaveOneByOneAsync(gwanak);
        var before = await RowsAsync();
        string trilateral = Gwanak2023Mous.TrilateralId.Value;
        string kaccoc = Gwanak2023Organizations.Kaccoc.Id.Value;
        var fund = gwanak.Funds.First(f => f.Version > 1);

        Assert.Equal(1, await ExecuteAsync($"UPDATE \"agreement_summaries\" SET \"PurposeEnglish\" = {"tampered"} WHERE \"Id\" = {trilateral}"));
        Assert.Equal(1, await ExecuteAsync($"DELETE FROM \"organization_summaries\" WHERE \"Id\" = {kaccoc}"));
        Assert.Equal(1, await ExecuteAsync($"DELETE FROM \"fund_movements\" WHERE \"Fund\" = {fund.Id.Value} AND \"Position\" = 0"));

        var rebuild = await OpenStore().RebuildReadModelsAsync(Cancellation);

        Assert.Equal(before.Count, rebuild.Recomputed);
        Assert.Equal(
            Sorted(
                $"The row of the agreement {trilateral} differed",
                $"The organisation {kaccoc} had no row.",
                $"The row of the fund {fund.Id} differed"),
            Sorted([.. rebuild.Differences.Select(d => d.Split(':')[0])]));
        Assert.Equal(before, await RowsAsync());
        Assert.Empty((await OpenStore().RebuildReadModelsAsync(Cancellation)).Differences);
    }

    [Fact]
    public async Task A_rebuild_of_a_store_holding_nothing_recomputes_nothing_and_drops_a_row_left_over()
    {
        var empty = await OpenStore().RebuildReadModelsAsync(Cancellation);
        Assert.Equal((0, 0), (empty.Recomputed, empty.Differences.Count));

        // An organisation's row whose record is gone (deleted with SQL): the store holds no organisation to recompute it from.
        string kaccoc = Gwanak2023Organizations.Kaccoc.Id.Value;
        await OpenStore().SaveOrganizationAsync(Gwanak2023Organizations.Kaccoc, Cancellation);
        Assert.Equal(1, await ExecuteAsync($"DELETE FROM \"records\" WHERE \"Id\" = {kaccoc}"));

        var rebuild = await OpenStore().RebuildReadModelsAsync(Cancellation);

        Assert.Equal(0, rebuild.Recomputed);
        Assert.Equal([$"The row of the organisation {kaccoc} was left over: the district has no such organisation."], rebuild.Differences);
        Assert.Empty(await RowsAsync());
    }

    private static string[] Sorted(params string[] lines) => [.. lines.Order(System.StringComparer.Ordinal)];

    /// <summary>Stores a district as a portal that never imports it would: each aggregate and record saved by itself, and no district record.</summary>
    private async Task SaveOneByOneAsync(InnovationDistrict district)
    {
        var store = OpenStore();
        foreach (var o in district.Organizations)
        {
            await store.SaveOrganizationAsync(o, Cancellation);
        }

        foreach (var v in district.IndicatorValues)
        {
            await store.SaveIndicatorValueAsync(v, Cancellation);
        }

        foreach (var t in district.OverseasTrips)
        {
            await store.SaveOverseasTripAsync(t, Cancellation);
        }

        foreach (var e in district.RecurringEvents)
        {
            await store.SaveRecurringEventAsync(e, Cancellation);
        }

        await SaveEachAsync(store, district.GovernanceBodies);
        await SaveEachAsync(store, district.Agreements);
        await SaveEachAsync(store, district.Zones);
        await SaveEachAsync(store, district.VentureCompanies);
        await SaveEachAsync(store, district.Facilities);
        await SaveEachAsync(store, district.Funds);
        await SaveEachAsync(store, district.SupportPrograms);
        await SaveEachAsync(store, district.CityPartnerships);
        await SaveEachAsync(store, district.ExchangePrograms);
    }

    /// <summary>Saves each aggregate as a new stream.</summary>
    private static async Task SaveEachAsync<TAggregate, TId, TEvent>(DistrictStore store, IEnumerable<EventSourcedAggregate<TAggregate, TId, TEvent>> aggregates)
        where TAggregate : EventSourcedAggregate<TAggregate, TId, TEvent>
        where TId : struct, System.IEquatable<TId>
        where TEvent : class, IDomainEvent<TId>
    {
        foreach (var aggregate in aggregates)
        {
            await store.SaveAsync(aggregate, 0, Cancellation);
        }
    }

    /// <summary>Every read-model row of the district, as text, keyed by what it is.</summary>
    private async Task<SortedDictionary<string, string>> RowsAsync()
    {
        var store = OpenStore();
        var rows = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var a in await store.Agreements.Include(a => a.Parties).ToListAsync(Cancellation))
        {
            rows.Add("agreement " + a.Id, ReadModelText.Of(a));
        }

        foreach (var o in await store.Organizations.ToListAsync(Cancellation))
        {
            rows.Add("organisation " + o.Id, ReadModelText.Of(o));
        }

        foreach (var f in await store.Facilities.Include(f => f.Tenancies).ToListAsync(Cancellation))
        {
            rows.Add("facility " + f.Id, ReadModelText.Of(f));
        }

        foreach (var f in await store.Funds.Include(f => f.Movements).ToListAsync(Cancellation))
        {
            rows.Add("fund " + f.Id, ReadModelText.Of(f));
        }

        return rows;
    }
}

public sealed class ReadModelRebuildTestsOnSqlite(SqliteTestDatabase database) : ReadModelRebuildTests<SqliteTestDatabase>(database);

public sealed class ReadModelRebuildTestsOnPostgres(PostgresTestDatabase database) : ReadModelRebuildTests<PostgresTestDatabase>(database);

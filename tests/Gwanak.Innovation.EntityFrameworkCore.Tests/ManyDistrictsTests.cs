using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Districts;
using Gwanak.Innovation.Tests.Organizations;
using Gwanak.Innovation.Tests.Primitives;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>
/// Two districts in one database (Gwanak-gu's 2023 story and Gangnam-gu's document, which name some organisations by the
/// same ids): each loads back equal and never sees the other's streams, records or read-model rows.
/// </summary>
public abstract class ManyDistrictsTests<TDatabase>(TDatabase database) : StoreTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly AdministrativeDistrictCode Gwanak = AdministrativeDistrictCode.Seoul.Gwanak;
    private static readonly AdministrativeDistrictCode Gangnam = AdministrativeDistrictCode.Seoul.Gangnam;

    [Fact]
    public async Task Two_districts_imported_into_one_database_load_back_equal_and_list_only_their_own_rows()
    {
        var (gwanak, gangnam) = await ImportBothAsync();

        Assert.Equal(gwanak, await OpenStore(Gwanak).LoadAsync(Cancellation));
        Assert.Equal(gangnam, await OpenStore(Gangnam).LoadAsync(Cancellation));
        foreach (var district in (InnovationDistrict[])[gwanak, gangnam])
        {
            var store = OpenStore(district.Code);
            Assert.Equal(Sorted(district.Agreements.Select(a => a.Id.Value)), Sorted((await store.Agreements.ToListAsync(Cancellation)).Select(a => a.Id.Value)));
            Assert.Equal(Sorted(district.Agreements.SelectMany(a => a.Parties.Select(p => $"{a.Id} {p}"))), Sorted((await store.AgreementParties.ToListAsync(Cancellation)).Select(p => $"{p.Agreement} {p.Party}")));
            Assert.Equal(Sorted(district.Organizations.Select(o => o.Id.Value)), Sorted((await store.Organizations.ToListAsync(Cancellation)).Select(o => o.Id.Value)));
            Assert.Equal(Sorted(district.Facilities.Select(f => f.Id.Value)), Sorted((await store.Facilities.ToListAsync(Cancellation)).Select(f => f.Id.Value)));
            Assert.Equal(Sorted(district.Funds.Select(f => f.Id.Value)), Sorted((await store.Funds.ToListAsync(Cancellation)).Select(f => f.Id.Value)));
            Assert.Equal(
                district.Agreements.Sum(a => a.Version) + district.Zones.Sum(z => z.Version) + district.VentureCompanies.Sum(c => c.Version) + district.Facilities.Sum(f => f.Version) + district.Funds.Sum(f => f.Version)
                    + district.GovernanceBodies.Sum(b => b.Version) + district.SupportPrograms.Sum(p => p.Version) + district.CityPartnerships.Sum(p => p.Version) + district.ExchangePrograms.Sum(p => p.Version),
                await OpenContext().Events.CountAsync(e => e.District == district.Code.ToString(), Cancellation));
        }

        var shared = gwanak.Organizations.Select(o => o.Id).Intersect(gangnam.Organizations.Select(o => o.Id)).ToList();
        Assert.NotEmpty(shared);
        foreach (var id in shared)
        {
            Assert.Equal(gwanak.FindOrganization(id), await OpenStore(Gwanak).FindOrganizationAsync(id, Cancellation));
            Assert.Equal(gangnam.FindOrganization(id), await OpenStore(Gangnam).FindOrganizationAsync(id, Cancellation));
        }

        var gangnamZone = Assert.Single(gangnam.Zones);
        Assert.Null(await OpenStore(Gwanak).FindZoneAsync(gangnamZone.Id, Cancellation));
        Assert.Equal(gangnamZone, await OpenStore(Gangnam).FindZoneAsync(gangnamZone.Id, Cancellation));
    }

    [Fact]
    public async Task Two_districts_keep_apart_the_streams_of_one_id_and_their_read_model_rows()
    {
        await ImportBothAsync();
        var id = new FundId("seoul-shared-fund-id");
        var inGwanak = SharedFund(id, "관악", "Gwanak", Gwanak2023Organizations.GwanakGuOffice.Id);
        var inGangnam = SharedFund(id, "강남", "Gangnam", new OrganizationId("gangnam-gu-office")).Commit(new LocalDate(2024, 2, 1), new OrganizationId("gangnam-gu-office"), Money.Parse("10억 원"));

        await OpenStore(Gwanak).SaveAsync(inGwanak, 0, Cancellation);
        await OpenStore(Gangnam).SaveAsync(inGangnam, 0, Cancellation);

        Assert.Equal(inGwanak, await OpenStore(Gwanak).FindFundAsync(id, Cancellation));
        Assert.Equal(inGangnam, await OpenStore(Gangnam).FindFundAsync(id, Cancellation));
        var gwanakRow = await OpenStore(Gwanak).Funds.SingleAsync(f => f.Id == id, Cancellation);
        var gangnamRow = await OpenStore(Gangnam).Funds.SingleAsync(f => f.Id == id, Cancellation);
        Assert.Equal((("Gwanak shared fund", 1), ("Gangnam shared fund", 2)), ((gwanakRow.NameEnglish, gwanakRow.Version), (gangnamRow.NameEnglish, gangnamRow.Version)));

        // A row of one district broken, the other's rebuild neither reports nor touches it.
        Assert.Equal(1, await ExecuteAsync($"UPDATE \"fund_summaries\" SET \"NameEnglish\" = {"tampered"} WHERE \"District\" = {Gangnam.ToString()} AND \"Id\" = {id.Value}"));
        Assert.Empty((await OpenStore(Gwanak).RebuildReadModelsAsync(Cancellation)).Differences);
        Assert.Equal("tampered", await OpenStore(Gangnam).Funds.Where(f => f.Id == id).Select(f => f.NameEnglish).SingleAsync(Cancellation));
        Assert.Equal(["The row of the fund seoul-shared-fund-id differed"], (await OpenStore(Gangnam).RebuildReadModelsAsync(Cancellation)).Differences.Select(d => d.Split(':')[0]));
        Assert.Equal("Gangnam shared fund", await OpenStore(Gangnam).Funds.Where(f => f.Id == id).Select(f => f.NameEnglish).SingleAsync(Cancellation));
    }

    private static Fund SharedFund(FundId id, string korean, string english, OrganizationId manager)
        => Fund.Create(id, new LocalDate(2024, 1, 2), LocalizedText.Create($"{korean} 공동 펀드", $"{english} shared fund"), manager, Money.Parse("100억 원"), Period.FromYears(5));

    private static string[] Sorted(System.Collections.Generic.IEnumerable<string> values) => [.. values.Order(System.StringComparer.Ordinal)];

    private async Task<(InnovationDistrict Gwanak, InnovationDistrict Gangnam)> ImportBothAsync()
    {
        var gwanak = Gwanak2023District.Build();
        InnovationDistrict gangnam;
        using (var file = File.OpenRead(Path.Combine(RuleCatalogTests.RepositoryRoot(), "data", "gangnam-2022.district.json")))
        {
            gangnam = DistrictDocument.Read(file);
        }

        Assert.Equal(Gangnam, gangnam.Code);
        await OpenStore(Gwanak).ImportAsync(gwanak, Cancellation);
        await OpenStore(Gangnam).ImportAsync(gangnam, Cancellation);
        return (gwanak, gangnam);
    }
}

public sealed class ManyDistrictsTestsOnSqlite(SqliteTestDatabase database) : ManyDistrictsTests<SqliteTestDatabase>(database);

public sealed class ManyDistrictsTestsOnPostgres(PostgresTestDatabase database) : ManyDistrictsTests<PostgresTestDatabase>(database);

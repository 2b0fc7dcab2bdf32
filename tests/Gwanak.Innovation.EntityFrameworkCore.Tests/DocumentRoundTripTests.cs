using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Tests.Primitives;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>
/// The district documents of <c>data/</c> imported into an empty store and exported back: the same records, each written
/// the same. The store gives each list of the district in its own order (values by the moment recorded, then by id;
/// aggregates by stream), so the lists are compared as sets of records.
/// </summary>
public abstract class DocumentRoundTripTests<TDatabase>(TDatabase database) : StoreTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    [Theory]
    [InlineData("gwanak-2023.district.json")]
    [InlineData("gangnam-2022.district.json")]
    public async Task A_document_imported_into_an_empty_store_exports_back_the_same_records_written_the_same(string file)
    {
        string document = await File.ReadAllTextAsync(Path.Combine(RuleCatalogTests.RepositoryRoot(), "data", file), Cancellation);
        var district = DistrictDocument.Parse(document);
        await OpenStore(district.Code).ImportAsync(district, Cancellation);

        var loaded = await OpenStore(district.Code).LoadAsync(Cancellation);

        Assert.Equal(district, loaded);
        string exported = DistrictDocument.ToJson(loaded!);
        Assert.Equal(Records(document), Records(exported));
        Assert.Equal(district, DistrictDocument.Parse(exported));
    }

    [Fact]
    public async Task A_document_imported_into_a_store_that_holds_the_district_is_refused_and_stores_nothing()
    {
        string document = await File.ReadAllTextAsync(Path.Combine(RuleCatalogTests.RepositoryRoot(), "data", "gangnam-2022.district.json"), Cancellation);
        var district = DistrictDocument.Parse(document);
        await OpenStore(district.Code).ImportAsync(district, Cancellation);

        var refused = await Assert.ThrowsAsync<System.InvalidOperationException>(() => OpenStore(district.Code).ImportAsync(district, Cancellation));

        Assert.Contains("already holds records", refused.Message, System.StringComparison.Ordinal);
        Assert.Equal(Records(document), Records(DistrictDocument.ToJson((await OpenStore(district.Code).LoadAsync(Cancellation))!)));
    }

    /// <summary>The document with each list of the district's records sorted by the records' JSON, every record's own text kept.</summary>
    private static string Records(string document)
    {
        var root = JsonNode.Parse(document)!;
        var district = root["district"]!.AsObject();
        foreach (var (name, value) in district.ToList())
        {
            if (value is JsonArray list)
            {
                var sorted = list.Select(r => r!.ToJsonString()).Order(StringComparer.Ordinal).Select(r => JsonNode.Parse(r)).ToArray();
                district[name] = new JsonArray(sorted);
            }
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}

public sealed class DocumentRoundTripTestsOnSqlite(SqliteTestDatabase database) : DocumentRoundTripTests<SqliteTestDatabase>(database);

public sealed class DocumentRoundTripTestsOnPostgres(PostgresTestDatabase database) : DocumentRoundTripTests<PostgresTestDatabase>(database);

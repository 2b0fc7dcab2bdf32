using System;
using System.IO;
using System.Text;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Tests.Districts;
using Gwanak.Innovation.Tests.Primitives;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>
/// <c>data/gwanak-2023.district.json</c> is the district the story tells (<see cref="Gwanak2023District"/>) written as a
/// document; the sample story loads it.
/// </summary>
public sealed class DataDocumentTests
{
    internal static string DataFile(string name) => Path.Combine(RuleCatalogTests.RepositoryRoot(), "data", name);

    [Fact]
    public void The_gwanak_2023_document_is_the_story_district_written()
    {
        string path = DataFile("gwanak-2023.district.json");
        string expected = DistrictDocument.ToJson(Gwanak2023District.Build());
        if (Environment.GetEnvironmentVariable("GWANAK_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path) == expected,
            "data/gwanak-2023.district.json differs from Gwanak2023District: run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Json.Tests` to regenerate it, then review the diff.");
    }

    [Fact]
    public void The_gwanak_2023_document_reads_as_the_story_district()
    {
        using var file = File.OpenRead(DataFile("gwanak-2023.district.json"));
        Assert.Equal(Gwanak2023District.Build(), DistrictDocument.Read(file));
    }
}

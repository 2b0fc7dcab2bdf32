using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Json;

namespace Gwanak.Innovation.Benchmarks.Json;

/// <summary>
/// The district document (<see cref="DistrictDocument"/>) written and read for two districts: the Gwanak district as
/// data/gwanak-2023.district.json has it (every register of the model), and a district of the Gwanak organizations and
/// 10,000 generated agreements with their histories; each against plain source-generated records of the same content
/// (<see cref="DocumentDto"/>, the baselines), written with the same writer options and read from the same bytes.
/// </summary>
/// <remarks>
/// Goals (docs/benchmarks.md, "JSON"): at least 0.8x the records' throughput (at most 1.25x their time), at most 1.5x their
/// allocation. The setup maps the district to the records once, by reading the document the library wrote, and fails unless
/// the records write back the same JSON (compared as trees) and the library reads back as many records.
/// </remarks>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DistrictDocumentBenchmarks
{
    private const int GeneratedAgreements = 10_000;
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private InnovationDistrict district = null!;
    private DocumentDto dtos = null!;
    private byte[] document = [];
    private MemoryStream output = null!;

    /// <summary>The district: <c>gwanak</c> (data/gwanak-2023.district.json) or <c>generated</c> (10,000 generated agreements).</summary>
    [Params("gwanak", "generated")]
    public string District { get; set; } = "gwanak";

    /// <summary>Reads or generates the district, writes its document and maps it to the records.</summary>
    [GlobalSetup]
    public void Setup()
    {
        district = District == "gwanak" ? GeneratedDistrict.Gwanak() : GeneratedDistrict.WithAgreements(GeneratedAgreements);
        var stream = new MemoryStream();
        DistrictDocument.Write(stream, district);
        document = stream.ToArray();
        dtos = JsonSerializer.Deserialize(document, DocumentDtoContext.Default.DocumentDto)
            ?? throw new InvalidOperationException("the document read as null records");
        output = new MemoryStream(document.Length * 2);
        byte[] written = WriteDtosOnce();
        Require(JsonNode.DeepEquals(JsonNode.Parse(document), JsonNode.Parse(written)), "the records do not write back the document's content");
        Require(ReadDtos() == Records(district), $"the records hold {ReadDtos()} records, the district {Records(district)}");
        Require(ReadDocument() == Records(district), "the document does not read back all records");
    }

    /// <summary>The records written with the document's writer options.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public long WriteDtos()
    {
        output.SetLength(0);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            JsonSerializer.Serialize(writer, dtos, DocumentDtoContext.Default.DocumentDto);
        }

        output.Write("\n"u8);
        return output.Length;
    }

    /// <summary>The district written by <see cref="DistrictDocument.Write"/>.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    [BenchmarkCategory("Write")]
    public long WriteDocument()
    {
        output.SetLength(0);
        DistrictDocument.Write(output, district);
        return output.Length;
    }

    /// <summary>The records read from the document's bytes.</summary>
    /// <returns>The number of records read.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public int ReadDtos() => Records(JsonSerializer.Deserialize(new MemoryStream(document, writable: false), DocumentDtoContext.Default.DocumentDto)!.District);

    /// <summary>The district read by <see cref="DistrictDocument.Read"/> from the same bytes.</summary>
    /// <returns>The number of records read.</returns>
    [Benchmark]
    [BenchmarkCategory("Read")]
    public int ReadDocument() => Records(DistrictDocument.Read(new MemoryStream(document, writable: false)));

    private byte[] WriteDtosOnce()
    {
        WriteDtos();
        return output.ToArray();
    }

    private static int Records(InnovationDistrict d)
        => d.Organizations.Count + d.GovernanceBodies.Count + d.Agreements.Count + d.Zones.Count + d.VentureCompanies.Count + d.Facilities.Count
           + d.Funds.Count + d.SupportPrograms.Count + d.IndicatorValues.Count + d.CityPartnerships.Count + d.OverseasTrips.Count
           + d.ExchangePrograms.Count + d.RecurringEvents.Count;

    private static int Records(DistrictDto d)
        => d.Organizations.Count + d.GovernanceBodies.Count + d.Agreements.Count + d.Zones.Count + d.VentureCompanies.Count + d.Facilities.Count
           + d.Funds.Count + d.SupportPrograms.Count + d.IndicatorValues.Count + d.CityPartnerships.Count + d.OverseasTrips.Count
           + d.ExchangePrograms.Count + d.RecurringEvents.Count;

    private static void Require(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidOperationException($"Setup failed: {what}.");
        }
    }
}

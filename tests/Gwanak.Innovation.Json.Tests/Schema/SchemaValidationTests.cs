using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Exchange;
using Gwanak.Innovation.Tests.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Json.Tests.Schema;

/// <summary>
/// The schema and the reader agree: what the writer produces validates, and each kind of bad input the reader refuses, the
/// schema refuses too.
/// </summary>
public sealed class SchemaValidationTests
{
    private static readonly Type[] SampleSets = [.. typeof(IEventSamples).Assembly.GetTypes()
        .Where(t => typeof(IEventSamples).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .OrderBy(t => t.Name, StringComparer.Ordinal)];

    public static TheoryData<string> SampleSetNames => [.. SampleSets.Select(t => t.Name)];

    public static TheoryData<string> BadInputs => [.. BadInput.Kinds.Keys];

    [Fact]
    public void The_Gwanak_document_validates()
        => Assert.Empty(PublishedSchema.Problems(Gwanak2023Document.Json()));

    [Fact]
    public void The_Gwanak_document_written_as_open_data_validates()
        => Assert.Empty(PublishedSchema.Problems(DistrictDocument.ToJson(Gwanak2023Document.District(), omitPersonalData: true)));

    [Theory]
    [MemberData(nameof(SampleSetNames))]
    public void A_document_of_a_contexts_sample_events_validates(string sampleSet)
        => Assert.Empty(PublishedSchema.Problems(DistrictDocument.ToJson(SampleDistrict(sampleSet))));

    [Fact]
    public void The_sample_documents_hold_every_event_type()
    {
        var written = SampleSets
            .Select(t => JsonNode.Parse(DistrictDocument.ToJson(SampleDistrict(t.Name)))!["district"]!.AsObject())
            .SelectMany(district => district.Select(register => register.Value).OfType<JsonArray>())
            .SelectMany(register => register.Select(record => record?["history"]).OfType<JsonArray>())
            .SelectMany(history => history.Select(e => (string)e!["type"]!));
        Assert.Equal(EventTypes.Names, written.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_document_with_a_trip_a_recurring_event_and_an_indicator_value_validates()
    {
        var district = Gwanak2023Document.District()
            .With(Gwanak2023Exchange.Trip())
            .With(RecurringEventSamples.WorldKoreanBusinessConvention())
            .With(new IndicatorValue(Indicator.YouthPopulationShare, new LocalDate(2023, 8, 23), 41m, "press article, 2023-08-23"));
        Assert.Empty(PublishedSchema.Problems(DistrictDocument.ToJson(district)));
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void What_the_reader_refuses_the_schema_refuses(string kind)
    {
        var document = JsonNode.Parse(Gwanak2023Document.Json())!;
        BadInput.Kinds[kind](document);
        string json = document.ToJsonString();
        Assert.Equal((ReaderRefuses: true, SchemaRefuses: true), (ReaderRefuses: !ReaderAccepts(json), SchemaRefuses: !PublishedSchema.Accepts(json)));
    }

    [Fact]
    public void Every_district_file_in_the_data_folder_validates()
    {
        string folder = PublishedSchema.PathOf("data");
        string[] files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.district.json").Order(StringComparer.Ordinal).ToArray() : [];
        var problems = files
            .SelectMany(file => PublishedSchema.Problems(File.ReadAllText(file)).Select(problem => $"{Path.GetFileName(file)} {problem}"))
            .Concat(Directory.Exists(folder) && files.Length == 0 ? ["data/ holds no *.district.json file"] : []);
        Assert.Empty(problems);
    }

    private static bool ReaderAccepts(string json)
    {
        try
        {
            _ = DistrictDocument.Parse(json);
            return true;
        }
        catch (DistrictDocumentException)
        {
            return false;
        }
    }

    /// <summary>Gwanak-gu with the aggregates that one sample set's events replay to.</summary>
    private static InnovationDistrict SampleDistrict(string sampleSet)
    {
        var samples = (IEventSamples)Activator.CreateInstance(SampleSets.Single(t => t.Name == sampleSet))!;
        var district = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu"));
        foreach (var history in samples.Events.GroupBy(e => (e.GetType().BaseType, AggregateIdOf(e))))
        {
            district = history.First() switch
            {
                AgreementEvent => district.With(Agreement.Replay(history.Cast<AgreementEvent>())),
                GovernanceEvent => district.With(GovernanceBody.Replay(history.Cast<GovernanceEvent>())),
                ZoneEvent => district.With(VenturePromotionZone.Replay(history.Cast<ZoneEvent>())),
                VentureCompanyEvent => district.With(VentureCompany.Replay(history.Cast<VentureCompanyEvent>())),
                FacilityEvent => district.With(Facility.Replay(history.Cast<FacilityEvent>())),
                FundEvent => district.With(Fund.Replay(history.Cast<FundEvent>())),
                SupportProgramEvent => district.With(SupportProgram.Replay(history.Cast<SupportProgramEvent>())),
                PartnershipEvent => district.With(CityPartnership.Replay(history.Cast<PartnershipEvent>())),
                ExchangeProgramEvent => district.With(ExchangeProgram.Replay(history.Cast<ExchangeProgramEvent>())),
                var other => throw new InvalidOperationException($"No register holds the aggregate of {other.GetType().Name}."),
            };
        }

        return district;
    }

    private static object AggregateIdOf(IDomainEvent e)
        => e.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEvent<>)).GetProperty("AggregateId")!.GetValue(e)!;

    /// <summary>Each kind of bad input, as a change to a good document.</summary>
    private static class BadInput
    {
        public static readonly IReadOnlyDictionary<string, Action<JsonNode>> Kinds = new Dictionary<string, Action<JsonNode>>(StringComparer.Ordinal)
        {
            ["schema version 2"] = d => d["schemaVersion"] = 2,
            ["no schema version"] = d => d.AsObject().Remove("schemaVersion"),
            ["an unknown member at the root"] = d => d["generator"] = "portal",
            ["an unknown member of a value"] = d => Organization(d)["motto"] = "x",
            ["a missing member of a value"] = d => Organization(d).Remove("country"),
            ["a missing register"] = d => d["district"]!.AsObject().Remove("funds"),
            ["a register that is not an array"] = d => d["district"]!["funds"] = new JsonObject(),
            ["null for a value"] = d => d["district"]!["code"] = null,
            ["an unknown member beside a history"] = d => Agreement(d)["status"] = "in-force",
            ["an unknown member of an event"] = d => History(d)[1]!["mood"] = "festive",
            ["a missing member of an event"] = d => History(d)[1]!.AsObject().Remove("date"),
            ["an unknown event type"] = d => History(d)[1]!["type"] = "agreement.celebrated",
            ["an event without its type"] = d => History(d)[1]!.AsObject().Remove("type"),
            ["an empty history"] = d => Agreement(d)["history"] = new JsonArray(),
            ["a history without its founding event"] = d => History(d).RemoveAt(0),
            ["a history founded twice"] = d => History(d).Insert(1, History(d)[0]!.DeepClone()),
            ["an enum by its number"] = d => Organization(d)["kind"] = 1,
            ["an enum by an unknown name"] = d => Organization(d)["kind"] = "castle",
            ["an id with a space"] = d => Organization(d)["id"] = "kac coc",
            ["a district code of four digits"] = d => d["district"]!["code"] = "1162",
            ["a registration number with a letter"] = d => Organization(d)["businessRegistrationNumber"] = "12A-81-00998",
            ["a date in another form"] = d => History(d)[1]!["date"] = "2023/06/20",
            ["a period in words"] = d => First(d, o => o.ContainsKey("term"))["term"] = "two years",
            ["a zoned time without its zone"] = d => First(d, o => o.ContainsKey("signedAt"))["signedAt"] = "2023-07-11T10:00:00-07",
            ["text as a plain string"] = d => d["district"]!["name"] = "관악구",
            ["text in no language"] = d => d["district"]!["name"] = new JsonObject(),
            ["blank text"] = d => d["district"]!["name"]!["ko"] = "  ",
            ["an amount as a number"] = d => Money(d)["amount"] = 20_000_000_000,
            ["an amount with an exponent"] = d => Money(d)["amount"] = "2E10",
            ["a fraction of a won"] = d => Money(d)["amount"] = "0.5",
            ["an unknown currency"] = d => Money(d)["currency"] = "XYZ",
        };

        private static JsonObject Organization(JsonNode d) => d["district"]!["organizations"]![0]!.AsObject();

        private static JsonObject Agreement(JsonNode d) => d["district"]!["agreements"]![0]!.AsObject();

        private static JsonArray History(JsonNode d) => Agreement(d)["history"]!.AsArray();

        private static JsonObject Money(JsonNode d) => First(d, o => o.ContainsKey("amount") && o.ContainsKey("currency"));

        /// <summary>The first object of the document, in document order, that <paramref name="matches"/>.</summary>
        private static JsonObject First(JsonNode node, Func<JsonObject, bool> matches)
            => Walk(node).First(matches);

        private static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
        {
            JsonObject o => [o, .. o.SelectMany(p => Walk(p.Value))],
            JsonArray a => a.SelectMany(Walk),
            _ => [],
        };
    }
}

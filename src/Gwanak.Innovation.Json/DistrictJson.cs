using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Json.Converters;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Gwanak.Innovation.Json;

/// <summary>
/// The one place that configures System.Text.Json for Gwanak.Innovation: ids, codes, registration numbers and date ranges
/// as their canonical strings, money as an exact decimal with its currency, dates and instants in ISO form (NodaTime), zones
/// by TZDB id, enums by stable names, localised text with every culture it holds, events by their stable type name
/// (<c>"type": "agreement.signed"</c>) and aggregates as their histories, which reading replays.
/// </summary>
/// <example>
/// In an ASP.NET Core application: <c>builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForGwanakInnovation());</c>
/// </example>
public static class DistrictJson
{
    /// <summary>Ready-made, read-only options for the library's types, with the default limits.</summary>
    public static JsonSerializerOptions Options { get; } = Create(DocumentReadLimits.Default, omitPersonalData: false, locateErrors: true);

    /// <summary>
    /// Adds what reading and writing the library's types needs to an application's options: the converters, the
    /// source-generated contracts first in the resolver chain, camel-case names; the application's own types keep its settings.
    /// </summary>
    /// <param name="options">The options, not yet used (options become read-only once used).</param>
    /// <returns>The same options.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="System.InvalidOperationException">The options are read-only.</exception>
    public static JsonSerializerOptions ConfigureForGwanakInnovation(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        Configure(options, DocumentReadLimits.Default.MaxStringLength, omitPersonalData: false, locateErrors: true);
        return options;
    }

    /// <summary>Options for documents: strict (no unknown, duplicate or missing members, no null for a value), within limits.</summary>
    /// <param name="limits">The limits of a read.</param>
    /// <param name="omitPersonalData">True to write pseudonyms for the members marked personal data.</param>
    /// <param name="locateErrors">
    /// True to read every nested value with a nested read that names its path in an error (slower: each is scoped, so
    /// parsed again, first); false to read each value in place and a register of aggregates as its histories in one read,
    /// for a first read whose failure is reported by a second, locating one.
    /// </param>
    internal static JsonSerializerOptions Create(DocumentReadLimits limits, bool omitPersonalData, bool locateErrors)
    {
        var options = new JsonSerializerOptions
        {
            // The first read leaves both checks to the scan and the tally of member names (MemberTally).
            AllowDuplicateProperties = !locateErrors,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = locateErrors,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = limits.MaxDepth,
            WriteIndented = true,
            IndentSize = 2,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        Configure(options, limits.MaxStringLength, omitPersonalData, locateErrors);
        options.MakeReadOnly();
        return options;
    }

    private static void Configure(JsonSerializerOptions options, int maxStringLength, bool omitPersonalData, bool locateErrors)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        var converters = options.Converters;
        foreach (var canonical in CanonicalNodaConverters.Create(DateTimeZoneProviders.Tzdb))
        {
            converters.Add(canonical);
        }

        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        converters.Add(new LimitedStringConverter(maxStringLength));
        converters.Add(new TextConverter<OrganizationId>(maxStringLength));
        converters.Add(new TextConverter<AgreementId>(maxStringLength));
        converters.Add(new TextConverter<FundId>(maxStringLength));
        converters.Add(new TextConverter<FacilityId>(maxStringLength));
        converters.Add(new TextConverter<ZoneId>(maxStringLength));
        converters.Add(new TextConverter<SupportProgramId>(maxStringLength));
        converters.Add(new TextConverter<ExchangeProgramId>(maxStringLength));
        converters.Add(new TextConverter<PartnershipId>(maxStringLength));
        converters.Add(new TextConverter<TripId>(maxStringLength));
        converters.Add(new TextConverter<RecurringEventId>(maxStringLength));
        converters.Add(new TextConverter<BusinessRegistrationNumber>(maxStringLength));
        converters.Add(new TextConverter<CorporateRegistrationNumber>(maxStringLength));
        converters.Add(new TextConverter<AdministrativeDistrictCode>(maxStringLength));
        converters.Add(new TextConverter<DateRange>(maxStringLength));
        converters.Add(new MoneyConverter());
        converters.Add(new LocalizedTextConverter(maxStringLength));
        converters.Add(new PersonNameConverter(maxStringLength, omitPersonalData));
        converters.Add(new EquatableArrayConverterFactory(locateErrors));
        converters.Add(new LibraryEnumConverterFactory());
        converters.Add(new AggregateConverter<Agreement, AgreementEvent>(Agreement.Replay, a => a.History, locateErrors));
        converters.Add(new AggregateConverter<GovernanceBody, GovernanceEvent>(GovernanceBody.Replay, b => b.History, locateErrors));
        converters.Add(new AggregateConverter<VenturePromotionZone, ZoneEvent>(VenturePromotionZone.Replay, z => z.History, locateErrors));
        converters.Add(new AggregateConverter<VentureCompany, VentureCompanyEvent>(VentureCompany.Replay, c => c.History, locateErrors));
        converters.Add(new AggregateConverter<Facility, FacilityEvent>(Facility.Replay, f => f.History, locateErrors));
        converters.Add(new AggregateConverter<Fund, FundEvent>(Fund.Replay, f => f.History, locateErrors));
        converters.Add(new AggregateConverter<SupportProgram, SupportProgramEvent>(SupportProgram.Replay, p => p.History, locateErrors));
        converters.Add(new AggregateConverter<CityPartnership, PartnershipEvent>(CityPartnership.Replay, p => p.History, locateErrors));
        converters.Add(new AggregateConverter<ExchangeProgram, ExchangeProgramEvent>(ExchangeProgram.Replay, p => p.History, locateErrors));
        converters.Add(new InnovationDistrictConverter(locateErrors));
        converters.Add(new DocumentRootConverter(locateErrors));
        var contracts = DistrictJsonContext.Default.WithAddedModifier(Contracts.Apply);
        options.TypeInfoResolverChain.Insert(0, locateErrors ? contracts : contracts.WithAddedModifier(MemberTally.Count));
    }
}

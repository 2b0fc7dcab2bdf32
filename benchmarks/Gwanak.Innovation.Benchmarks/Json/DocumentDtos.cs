using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Gwanak.Innovation.Benchmarks.Json;

// Plain records mirroring a district document of organizations and agreements (the benchmark's generated district): strings,
// booleans and dates only, no validation, with their own source-generated context. The registers the generated district
// leaves empty are typed as object arrays; the setup fails unless the records write back exactly what the document has.

/// <summary>The document's root.</summary>
internal sealed record DocumentDto(
    [property: JsonPropertyName("$schema")] string Schema,
    int SchemaVersion,
    DistrictDto District);

/// <summary>The district and its registers.</summary>
internal sealed record DistrictDto(
    string Code,
    TextDto Name,
    IReadOnlyList<OrganizationDto> Organizations,
    IReadOnlyList<object> GovernanceBodies,
    IReadOnlyList<AgreementDto> Agreements,
    IReadOnlyList<object> Zones,
    IReadOnlyList<object> VentureCompanies,
    IReadOnlyList<object> Facilities,
    IReadOnlyList<object> Funds,
    IReadOnlyList<object> SupportPrograms,
    IReadOnlyList<object> IndicatorValues,
    IReadOnlyList<object> CityPartnerships,
    IReadOnlyList<object> OverseasTrips,
    IReadOnlyList<object> ExchangePrograms,
    IReadOnlyList<object> RecurringEvents);

/// <summary>A text in Korean and English.</summary>
internal sealed record TextDto(string Ko, string En);

/// <summary>An organization.</summary>
internal sealed record OrganizationDto(
    string Id,
    TextDto Name,
    string Kind,
    string Sector,
    string Country,
    string? District,
    string? BusinessRegistrationNumber,
    string? CorporateRegistrationNumber);

/// <summary>An agreement as its history.</summary>
internal sealed record AgreementDto(IReadOnlyList<AgreementEventDto> History);

/// <summary>An agreement's event, told apart by its type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DraftedDto), "agreement.drafted")]
[JsonDerivedType(typeof(NegotiationStartedDto), "agreement.negotiation-started")]
[JsonDerivedType(typeof(SignedDto), "agreement.signed")]
internal abstract record AgreementEventDto(string Agreement);

/// <summary>An agreement drafted.</summary>
internal sealed record DraftedDto(
    string Agreement,
    DateOnly Date,
    string Kind,
    TextDto Purpose,
    IReadOnlyList<string> Parties,
    IReadOnlyList<CommitmentDto> Commitments,
    BindingDto Binding,
    TermsDto Terms) : AgreementEventDto(Agreement);

/// <summary>A party's commitment.</summary>
internal sealed record CommitmentDto(string Party, string Category, TextDto Description);

/// <summary>Whether the agreement binds, and which clauses do.</summary>
internal sealed record BindingDto(bool IsBinding, IReadOnlyList<string> BindingClauses);

/// <summary>The agreement's terms; periods as ISO 8601 text.</summary>
internal sealed record TermsDto(DateOnly EffectiveDate, string Term, string TerminationNotice, string? AutomaticRenewal, string Counting);

/// <summary>Negotiation started.</summary>
internal sealed record NegotiationStartedDto(string Agreement, DateOnly Date) : AgreementEventDto(Agreement);

/// <summary>A party signed.</summary>
internal sealed record SignedDto(string Agreement, SignatureDto Signature) : AgreementEventDto(Agreement);

/// <summary>A signature; the signatory's name by language, the time as the document writes a zoned date and time.</summary>
internal sealed record SignatureDto(string Party, Dictionary<string, string> Signatory, string SignedAt);

/// <summary>The records' source-generated serializer, with the document's naming.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DocumentDto))]
internal sealed partial class DocumentDtoContext : JsonSerializerContext;

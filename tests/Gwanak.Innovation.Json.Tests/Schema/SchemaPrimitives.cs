using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Gwanak.Innovation.Json.Converters;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Json.Tests.Schema;

/// <summary>
/// What the exporter cannot see: the schemas of the values the package's converters and NodaTime's read as text or as
/// objects of their own, each with the pattern of what the reader accepts (the reader checks more: check digits, calendar
/// days, offsets of zones; docs/domain.md says how each is written).
/// </summary>
internal static class SchemaPrimitives
{
    public const string DocumentDescription =
        "A district's records as Gwanak.Innovation.Json writes and reads them: the district's code and name, then one array per "
        + "register; an aggregate (agreement, governance body, zone, venture company, facility, fund, support programme, city "
        + "partnership, exchange programme) is written as its history of events, each named by its stable \"type\". Beyond what "
        + "this schema says, the reader takes the root's members in the order $schema, schemaVersion, district and an event's "
        + "\"type\" first, checks check digits, calendar days, zone offsets and culture names, refuses a record listed twice in "
        + "a register, and replays every history under the domain rules (docs/rules.md).";

    public const string DistrictDescription =
        "A district: its administrative district code and name, then every register, each an array (empty when the district "
        + "has none) that lists a record once.";

    /// <summary>The zone id of the TZDB, as a pattern part.</summary>
    public const string Zone = "[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*";

    private const string Date = "-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
    private const string Time = "([01][0-9]|2[0-4]):[0-5][0-9]:[0-5][0-9]([.,][0-9]{1,9})?";
    private const string Offset = "(Z|[+-][0-9]{2}(:[0-9]{2}(:[0-9]{2})?)?)";
    private const string NonZero3 = "(00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})";
    private const string Amount = "^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)$";

    private static readonly Dictionary<Type, (string Description, string Pattern)> Texts = new()
    {
        [typeof(BusinessRegistrationNumber)] = (
            "A business registration number (사업자등록번호, Value-Added Tax Act Art. 8): 10 digits, written NNN-NN-NNNNN or without hyphens: a tax office of 101 or above, a business type other than 00, a serial other than 0000 and a check digit (docs/domain.md).",
            "^\\s*([0-9]{3}-[0-9]{2}-[0-9]{5}|[0-9]{10})\\s*$"),
        [typeof(CorporateRegistrationNumber)] = (
            "A corporate registration number (법인등록번호, Commercial Registration Act): 13 digits, written NNNNNN-NNNNNNN or without the hyphen; the last is a check digit (docs/domain.md).",
            "^\\s*([0-9]{6}-[0-9]{7}|[0-9]{13})\\s*$"),
        [typeof(AdministrativeDistrictCode)] = (
            "An administrative district code (행정구역코드, code.go.kr): 5 digits for a city, province or district (Gwanak-gu 11620), 10 for a legal dong or ri (1162010100); the city or province is never 00, and a part of zeros is followed only by zeros.",
            $"^\\s*(0[1-9]|[1-9][0-9])([0-9]{{3}}|00000000|{NonZero3}(00000|{NonZero3}[0-9]{{2}}))\\s*$"),
        [typeof(DateRange)] = (
            "Days from the first to the last, both included, as an ISO 8601 time interval (2023-07-05/2023-07-13), or with .. for no last day (2022-01-10/..); the last day is not before the first.",
            $"^\\s*{Date}\\s*/\\s*({Date}|\\.\\.)\\s*$"),
        [typeof(LocalDate)] = ("A day, ISO 8601 (2023-07-05), that exists in the calendar.", $"^{Date}$"),
        [typeof(LocalDateTime)] = ("A local date and time, ISO 8601 (2023-07-05T18:40:00), with up to nine decimals of a second.", $"^{Date}T{Time}$"),
        [typeof(LocalTime)] = ("A time of day, ISO 8601 (18:40:00), with up to nine decimals of a second.", $"^{Time}$"),
        [typeof(Instant)] = ("An instant in UTC, ISO 8601 (2023-07-05T09:40:00Z), with up to nine decimals of a second.", $"^{Date}T{Time}Z$"),
        [typeof(ZonedDateTime)] = (
            "A local date and time with its UTC offset and its TZDB zone (2023-07-11T10:00:00-07 America/Los_Angeles); the offset is the zone's at that time.",
            $"^{Date}T{Time}{Offset} {Zone}$"),
        [typeof(Period)] = (
            "A period of calendar units in NodaTime's round-trip form of ISO 8601 durations (P2Y, P3M, P1Y2M3W4D, PT1H30M): units in this order, each once at most, each may be negative.",
            "^P(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+W)?(-?[0-9]+D)?(T(-?[0-9]+H)?(-?[0-9]+M)?(-?[0-9]+S)?(-?[0-9]+s)?(-?[0-9]+t)?(-?[0-9]+n)?)?$"),
        [typeof(DateTimeZone)] = ("A time zone by its IANA time zone database id (Asia/Seoul, America/Los_Angeles), as NodaTime's TZDB knows it.", $"^{Zone}$"),
    };

    /// <summary>
    /// The schema of a value that a converter reads as text or as an object of its own; <see langword="null"/> for a type
    /// the exporter describes. <paramref name="refTo"/> gives a reference to a named definition, defining it on first use.
    /// </summary>
    public static JsonObject? Define(Type type, JsonConverter converter, Func<string, Func<JsonObject>, JsonObject> refTo)
    {
        if (converter.GetType() is { IsGenericType: true } generic && generic.GetGenericTypeDefinition() == typeof(TextConverter<>) && type.Name.EndsWith("Id", StringComparison.Ordinal))
        {
            return refTo("Identifier", Identifier);
        }

        if (Texts.TryGetValue(type, out var text))
        {
            return Text(text.Description, text.Pattern);
        }

        if (type == typeof(PersonName))
        {
            var name = refTo(nameof(LocalizedText), LocalizedText);
            name.Insert(0, "description", $"A person's name, as text in one or more languages; a document written as open data has a numbered placeholder instead ({{\"en\": \"{PersonName.Redacted[..^1]} 1]\"}}).");
            return name;
        }

        return type == typeof(Money) ? Money()
            : type == typeof(LocalizedText) ? LocalizedText()
            : null;
    }

    /// <summary>A type's name in words with its article: <c>VenturePromotionZone</c> is "A venture promotion zone".</summary>
    public static string Words(string typeName)
    {
        var words = new StringBuilder();
        foreach (char c in typeName)
        {
            words.Append(char.IsUpper(c) && words.Length > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString());
        }

        return ("aeiou".Contains(words[0], StringComparison.Ordinal) ? "An " : "A ") + words;
    }

    private static JsonObject Identifier() => Text(
        "An identifier: 1 to 100 ASCII letters, digits and - _ . : (a slug such as kaccoc, a database number, a GUID), compared case-sensitively.",
        "^[A-Za-z0-9._:-]{1,100}$");

    private static JsonObject Text(string description, string pattern)
        => new() { ["description"] = description, ["type"] = "string", ["pattern"] = pattern };

    private static JsonObject LocalizedText() => new()
    {
        ["description"] = "Text in one or more languages: an object of culture names (ko, en, en-US) to text that is not blank, in the text's own order, the first its fallback.",
        ["type"] = "object",
        ["minProperties"] = 1,
        ["propertyNames"] = new JsonObject { ["pattern"] = "^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$" },
        ["additionalProperties"] = new JsonObject { ["type"] = "string", ["pattern"] = "\\S" },
    };

    /// <summary>Money: the amount a decimal string with no more decimals than the currency's minor units (ISO 4217).</summary>
    private static JsonObject Money()
    {
        var known = Enumerable.Range(0, 26 * 26 * 26)
            .Select(i => string.Concat((char)('A' + (i / 676)), (char)('A' + (i / 26 % 26)), (char)('A' + (i % 26))))
            .Select(code => Currency.TryFromCode(code, out var currency) ? (Code: code, currency.MinorUnits) : (Code: code, MinorUnits: -1))
            .Where(c => c.MinorUnits >= 0)
            .ToArray();
        var byMinorUnits = known.GroupBy(c => c.MinorUnits).OrderBy(g => g.Key).Select(g => (JsonNode)new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["currency"] = new JsonObject { ["enum"] = new JsonArray([.. g.Select(c => (JsonNode)c.Code)]) },
                ["amount"] = new JsonObject
                {
                    ["pattern"] = g.Key == 0
                        ? "^[+-]?([0-9]+(\\.0*)?|\\.0+)$"
                        : string.Create(CultureInfo.InvariantCulture, $"^[+-]?([0-9]+(\\.[0-9]{{0,{g.Key}}}0*)?|\\.[0-9]{{1,{g.Key}}}0*)$"),
                },
            },
        });
        return new JsonObject
        {
            ["description"] = "An amount of money: an exact decimal written as a string, so that no reader takes it for a binary float (no exponent, no separators), and its ISO 4217 currency, with no more decimals than the currency's minor units (none for KRW, two for USD).",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["amount"] = new JsonObject { ["type"] = "string", ["pattern"] = Amount, ["maxLength"] = 64 },
                ["currency"] = new JsonObject { ["enum"] = new JsonArray([.. known.Select(c => (JsonNode)c.Code)]) },
            },
            ["required"] = new JsonArray("amount", "currency"),
            ["additionalProperties"] = false,
            ["anyOf"] = new JsonArray([.. byMinorUnits]),
        };
    }
}

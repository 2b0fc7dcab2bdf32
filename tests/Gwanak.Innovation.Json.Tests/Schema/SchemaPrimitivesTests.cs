using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using NodaTime.Text;

namespace Gwanak.Innovation.Json.Tests.Schema;

/// <summary>
/// The patterns of the primitives refuse nothing the reader reads: the text the writer writes, and that text with a character
/// added or removed or white space around it, validates whenever the reader reads it.
/// </summary>
public sealed class SchemaPrimitivesTests
{
    private static readonly string[] Zones = [.. DateTimeZoneProviders.Tzdb.Ids];

    private static readonly Dictionary<string, (Type Type, Gen<string> Text, string Alphabet, Func<string, string> Json)> Primitives = new(StringComparer.Ordinal)
    {
        ["BusinessRegistrationNumber"] = (typeof(BusinessRegistrationNumber), ValidPrimitives.BusinessNumbers.Select(n => n.ToString()), "0123456789- \t", Quoted),
        ["CorporateRegistrationNumber"] = (typeof(CorporateRegistrationNumber), ValidPrimitives.CorporateNumbers.Select(n => n.ToString()), "0123456789- \t", Quoted),
        ["AdministrativeDistrictCode"] = (typeof(AdministrativeDistrictCode), ValidPrimitives.DistrictCodes.Select(c => c.ToString()), "0123456789 ", Quoted),
        ["DateRange"] = (typeof(DateRange), ValidPrimitives.DateRanges.Select(r => r.ToString()), "0123456789-/. ", Quoted),
        ["LocalDate"] = (typeof(LocalDate), Days.Select(d => LocalDatePattern.Iso.Format(d)), "0123456789-+ T", Quoted),
        ["ZonedDateTime"] = (typeof(ZonedDateTime), ZonedTimes, "0123456789-+:.,Z T/", Quoted),
        ["Period"] = (typeof(Period), Periods.Select(p => PeriodPattern.Roundtrip.Format(p)), "0123456789-PTYMWDHSstn", Quoted),
        ["DateTimeZone"] = (typeof(DateTimeZone), Gen.Int[0, Zones.Length - 1].Select(i => Zones[i]), "abcXYZ/_-+0 ", Quoted),
        ["OrganizationId"] = (typeof(OrganizationId), Gen.String[Gen.Char["abcXYZ0189-_.:"], 1, 100], "a-_.: !é", Quoted),
        ["LocalizedText"] = (typeof(LocalizedText), Gen.Int[0, Cultures.Length - 1].Select(i => Cultures[i]), "aZ09-_ @.", culture => $$"""{{{Quoted(culture)}}: "관악구"}"""),
        ["Money"] = (typeof(Money), ValidPrimitives.Money.Select(m => m.Amount.ToString(CultureInfo.InvariantCulture)), "0123456789.-+eE, ", amount => $$"""{"amount": {{Quoted(amount)}}, "currency": "USD"}"""),
    };

    public static TheoryData<string> Definitions => [.. Primitives.Keys];

    private static string[] Cultures => [.. CultureInfo.GetCultures(CultureTypes.AllCultures).Select(c => c.Name).Where(n => n.Length > 0)];

    private static Gen<LocalDate> Days => Gen.Int[0, Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)].Select(d => LocalDate.MinIsoValue.PlusDays(d));

    /// <summary>Moments from year -9997 to 9997 in any TZDB zone, as the writer writes them (old moments have local mean time offsets in seconds).</summary>
    private static Gen<string> ZonedTimes => Gen.Select(Gen.Long[Instant.FromUtc(-9997, 1, 1, 0, 0).ToUnixTimeTicks(), Instant.FromUtc(9997, 1, 1, 0, 0).ToUnixTimeTicks()], Gen.Int[0, Zones.Length - 1])
        .Select((ticks, zone) => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(Instant.FromUnixTimeTicks(ticks).InZone(DateTimeZoneProviders.Tzdb[Zones[zone]]), DistrictJson.Options))!);

    private static Gen<Period> Periods => Gen.Int[-3, 3].Array[10].Select(u => new PeriodBuilder
    {
        Years = u[0] * 7, Months = u[1] * 5, Weeks = u[2], Days = u[3] * 11, Hours = u[4] * 13, Minutes = u[5] * 17, Seconds = u[6] * 19,
        Milliseconds = u[7] * 23, Ticks = u[8] * 29, Nanoseconds = u[9] * 31,
    }.Build());

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Text_the_reader_reads_the_schema_accepts(string definition)
    {
        var (type, text, alphabet, json) = Primitives[definition];
        Gen.Select(text, Gen.Int[0, 3], Gen.Int[0, 1000], Gen.Char[alphabet])
            .Select((written, edit, at, c) => json(edit switch
            {
                0 => written,
                1 => " " + written + "\t",
                2 when written.Length > 0 => written.Remove(at % written.Length, 1),
                _ => written.Insert(at % (written.Length + 1), c.ToString()),
            }))
            .Sample(value => !Reads(type, value) || PublishedSchema.Accepts(value, definition));
    }

    [Fact]
    public void Every_time_zone_the_reader_knows_matches_the_zone_pattern()
    {
        var pattern = new Regex("^" + SchemaPrimitives.Zone + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(Zones, id => !pattern.IsMatch(id));
    }

    private static string Quoted(string text) => JsonSerializer.Serialize(text, DistrictJson.Options);

    private static bool Reads(Type type, string json)
    {
        try
        {
            _ = JsonSerializer.Deserialize(json, DistrictJson.Options.GetTypeInfo(type));
            return true;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or OverflowException)
        {
            return false;
        }
    }
}

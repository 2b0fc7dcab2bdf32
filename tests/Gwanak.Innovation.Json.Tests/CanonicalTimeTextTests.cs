using System;
using System.Text.Json;
using CsCheck;
using Gwanak.Innovation.Json.Converters;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>
/// Dates, zoned moments and periods are read and written by the document's own code when in their canonical form and by
/// NodaTime's converters otherwise: either way the text and the value, and every refusal, are the ones NodaTime gives.
/// </summary>
public sealed class CanonicalTimeTextTests
{
    private static readonly JsonSerializerOptions Noda = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    private static readonly JsonSerializerOptions Canonical = WithCanonicalForms();

    private static readonly string[] Zones = ["Asia/Seoul", "America/Los_Angeles", "Asia/Kolkata", "Europe/London", "Australia/Lord_Howe", "UTC", "Asia/Kathmandu"];

    public static TheoryData<string> DateTexts => ["\"2023-08-23\"", "\"2024-02-29\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"0000-06-01\"", "\"-0001-06-01\""];

    public static TheoryData<string> BadDateTexts => ["\"2023-02-29\"", "\"2023-13-01\"", "\"2023-00-10\"", "\"2023-8-23\"", "\"23-08-2023\"", "\"2023-08-23 \"", "\"\"", "20230823", "null"];

    public static TheoryData<string> ZonedTexts =>
    [
        "\"2023-08-23T10:00:00+09 Asia/Seoul\"", "\"2023-08-23T10:00:00.5+09 Asia/Seoul\"", "\"2023-08-23T10:00:00Z UTC\"",
        "\"2023-03-12T01:30:00-08 America/Los_Angeles\"", "\"2023-11-05T01:30:00-07 America/Los_Angeles\"", "\"2023-11-05T01:30:00-08 America/Los_Angeles\"",
        "\"2023-08-23T10:00:00+05:30 Asia/Kolkata\"", "\"2023-08-23T10:00:00+05:45 Asia/Kathmandu\"", "\"2023-08-23T10:00:00+10:30 Australia/Lord_Howe\"",
        "\"2023-08-23T10:00:00\\u002B09 Asia/Seoul\"",
    ];

    public static TheoryData<string> BadZonedTexts =>
    [
        "\"2023-08-23T10:00:00+08 Asia/Seoul\"", "\"2023-03-12T02:30:00-08 America/Los_Angeles\"", "\"2023-08-23T10:00:00+09 Asia/Nowhere\"",
        "\"2023-08-23T24:00:00+09 Asia/Seoul\"", "\"2023-08-23T10:00:00+09\"", "\"2023-08-23T10:00:00+09 \"", "\"2023-02-30T10:00:00+09 Asia/Seoul\"",
        "\"2023-08-23T10:00:00+09:60 Asia/Seoul\"",
    ];

    public static TheoryData<string> PeriodTexts => ["\"P1Y\"", "\"P3M\"", "\"P1Y6M\"", "\"P2W\"", "\"P30D\"", "\"P1Y2M3W4D\"", "\"PT1H\"", "\"P1DT2H\"", "\"P-1Y\"", "\"P0D\"", "\"P\"", "\"P123456789D\"", "\"P0Y\"", "\"P100Y\"", "\"P101Y\"", "\"P120M\"", "\"P121M\"", "\"P52W\"", "\"P53W\"", "\"P366D\"", "\"P367D\""];

    public static TheoryData<string> BadPeriodTexts => ["\"P1M1Y\"", "\"P1Y1Y\"", "\"1Y\"", "\"P1\"", "\"PY\"", "\"P1234567890D\"", "\"P1X\""];

    [Theory]
    [MemberData(nameof(DateTexts))]
    [MemberData(nameof(BadDateTexts))]
    public void A_date_reads_as_NodaTime_reads_it(string json) => SameRead<LocalDate>(json);

    [Theory]
    [MemberData(nameof(ZonedTexts))]
    [MemberData(nameof(BadZonedTexts))]
    public void A_zoned_moment_reads_as_NodaTime_reads_it(string json) => SameRead<ZonedDateTime>(json);

    [Theory]
    [MemberData(nameof(PeriodTexts))]
    [MemberData(nameof(BadPeriodTexts))]
    public void A_period_reads_as_NodaTime_reads_it(string json) => SameRead<Period>(json);

    [Fact]
    public void Any_date_writes_and_reads_back_as_NodaTime_writes_it()
        => Gen.Int[-9998, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 31])
            .Select((y, m, d) => new LocalDate(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m))))
            .Sample(SameWriteAndRead);

    [Fact]
    public void Any_zoned_moment_writes_and_reads_back_as_NodaTime_writes_it()
        => Gen.Long[-62_000_000_000L, 250_000_000_000L].Select(Gen.Int[0, Zones.Length - 1], Gen.Int[0, 3])
            .Select((seconds, zone, fraction) => Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(fraction == 0 ? 500_000_000 : 0).InZone(DateTimeZoneProviders.Tzdb[Zones[zone]]))
            .Sample(SameWriteAndRead);

    [Fact]
    public void Any_period_writes_and_reads_back_as_NodaTime_writes_it()
        => Gen.Int[-3, 100].Select(Gen.Int[-3, 100], Gen.Int[0, 10], Gen.Int[-3, 400], Gen.Int[0, 3])
            .Select((y, m, w, d, h) => new PeriodBuilder { Years = y, Months = m, Weeks = w, Days = d, Hours = h == 0 ? 2 : 0 }.Build())
            .Sample(SameWriteAndRead);

    private static void SameRead<T>(string json)
    {
        var expected = Outcome(() => JsonSerializer.Deserialize<T>(json, Noda));
        var actual = Outcome(() => JsonSerializer.Deserialize<T>(json, Canonical));
        Assert.Equal(expected, actual);
    }

    private static void SameWriteAndRead<T>(T value)
    {
        string expected = JsonSerializer.Serialize(value, Noda);
        string actual = JsonSerializer.Serialize(value, Canonical);
        Assert.Equal(expected, actual);
        Assert.Equal(value, JsonSerializer.Deserialize<T>(actual, Canonical));
    }

    /// <summary>The converters the document's options put ahead of NodaTime's, with NodaTime's behind them, as DistrictJson configures them.</summary>
    private static JsonSerializerOptions WithCanonicalForms()
    {
        var options = new JsonSerializerOptions();
        foreach (var converter in CanonicalNodaConverters.Create(DateTimeZoneProviders.Tzdb))
        {
            options.Converters.Add(converter);
        }

        return options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }

    private static string Outcome<T>(Func<T> read)
    {
        try
        {
            return "read " + read();
        }
        catch (JsonException e)
        {
            return $"refused: {e.Message}";
        }
    }
}

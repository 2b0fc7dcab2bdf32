using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// Dates (<c>2023-08-23</c>), zoned moments (<c>2023-08-23T10:00:00+09 Asia/Seoul</c>) and periods of years, months, weeks and
/// days (<c>P1Y6M</c>) read and written straight from and to UTF-8 when they are in the document's canonical form: years 1 to
/// 9999, whole seconds, an offset of whole hours or hours and minutes other than zero, a zone of the time zone database whose
/// offset at that moment it is, a period's units of the date only, each once, in order. Any other text, and any value outside that
/// form, goes to NodaTime's own converter (<see cref="NodaConverters"/>), which reads, writes or refuses it as it always did;
/// so the form only saves the pattern machinery and the strings, it accepts nothing NodaTime would not.
/// </summary>
internal static class CanonicalNodaConverters
{
    /// <summary>The converters, each falling back to the one <see cref="Extensions.ConfigureForNodaTime(JsonSerializerOptions, IDateTimeZoneProvider)"/> adds.</summary>
    public static JsonConverter[] Create(IDateTimeZoneProvider zones) =>
    [
        new Canonical<LocalDate>(NodaConverters.LocalDateConverter, TryParseDate, TryFormatDate),
        new Canonical<ZonedDateTime>(NodaConverters.CreateZonedDateTimeConverter(zones), (ReadOnlySpan<byte> text, out ZonedDateTime value) => TryParseZoned(text, zones, out value), TryFormatZoned),
        new Canonical<Period>(NodaConverters.RoundtripPeriodConverter, TryParsePeriod, TryFormatPeriod),
    ];

    private delegate bool Parser<T>(ReadOnlySpan<byte> text, out T value);

    private delegate bool Formatter<T>(T value, Span<byte> text, out int written);

    private static bool TryParseDate(ReadOnlySpan<byte> text, out LocalDate value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out int year) || !TryDigits(text[5..7], out int month) || !TryDigits(text[8..], out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryFormatDate(LocalDate value, Span<byte> text, out int written)
    {
        written = 0;
        if (value.Calendar != CalendarSystem.Iso || value.Year is < 1 or > 9999)
        {
            return false;
        }

        Digits(text[..4], value.Year);
        text[4] = (byte)'-';
        Digits(text[5..7], value.Month);
        text[7] = (byte)'-';
        Digits(text[8..10], value.Day);
        written = 10;
        return true;
    }

    // uuuu-MM-ddTHH:mm:ss, then +HH or +HH:mm (or a minus), then a space and the zone's id.
    private static bool TryParseZoned(ReadOnlySpan<byte> text, IDateTimeZoneProvider zones, out ZonedDateTime value)
    {
        value = default;
        if (text.Length < 23 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || !TryParseDate(text[..10], out var date)
            || !TryDigits(text[11..13], out int hour) || !TryDigits(text[14..16], out int minute) || !TryDigits(text[17..19], out int second)
            || hour > 23 || minute > 59 || second > 59 || text[19] is not ((byte)'+' or (byte)'-') || !TryDigits(text[20..22], out int offsetHours))
        {
            return false;
        }

        int offsetMinutes = 0;
        int rest = 22;
        if (text[rest] == ':')
        {
            if (text.Length < 26 || !TryDigits(text[23..25], out offsetMinutes) || offsetMinutes > 59)
            {
                return false;
            }

            rest = 25;
        }

        int offsetSeconds = (text[19] == '-' ? -1 : 1) * ((offsetHours * 3600) + (offsetMinutes * 60));
        if (text[rest] != ' ' || offsetSeconds == 0 || Math.Abs(offsetSeconds) >= 18 * 3600 || text.Length == rest + 1)
        {
            return false;
        }

        string id = System.Text.Encoding.UTF8.GetString(text[(rest + 1)..]);
        if (zones.GetZoneOrNull(id) is not { } zone)
        {
            return false;
        }

        var local = date.At(new LocalTime(hour, minute, second));
        var offset = Offset.FromSeconds(offsetSeconds);
        if (zone.GetUtcOffset(local.WithOffset(offset).ToInstant()) != offset)
        {
            return false;
        }

        value = new ZonedDateTime(local, zone, offset);
        return true;
    }

    private static bool TryFormatZoned(ZonedDateTime value, Span<byte> text, out int written)
    {
        written = 0;
        int offset = value.Offset.Seconds;
        int absolute = Math.Abs(offset);
        string id = value.Zone.Id;
        if (value.NanosecondOfSecond != 0 || offset == 0 || absolute % 60 != 0 || !TryFormatDate(value.Date, text, out _)
            || id.Length > text.Length - 30 || !System.Text.Ascii.IsValid(id))
        {
            return false;
        }

        text[10] = (byte)'T';
        Digits(text[11..13], value.Hour);
        text[13] = (byte)':';
        Digits(text[14..16], value.Minute);
        text[16] = (byte)':';
        Digits(text[17..19], value.Second);
        text[19] = offset < 0 ? (byte)'-' : (byte)'+';
        Digits(text[20..22], absolute / 3600);
        int at = 22;
        if (absolute % 3600 != 0)
        {
            text[22] = (byte)':';
            Digits(text[23..25], absolute % 3600 / 60);
            at = 25;
        }

        text[at++] = (byte)' ';
        at += System.Text.Encoding.ASCII.GetBytes(id, text[at..]);
        written = at;
        return true;
    }

    // Periods of one unit, up to 100 years, 120 months, 52 weeks and 366 days, made once: a document repeats its terms,
    // notice periods and extensions, and a period is immutable.
    private static readonly Period[][] OneUnit =
    [
        [.. Enumerable.Range(0, 101).Select(Period.FromYears)],
        [.. Enumerable.Range(0, 121).Select(Period.FromMonths)],
        [.. Enumerable.Range(0, 53).Select(Period.FromWeeks)],
        [.. Enumerable.Range(0, 367).Select(Period.FromDays)],
    ];

    // P, then up to 9 digits and a unit for each of Y, M, W and D that is there, in that order.
    private static bool TryParsePeriod(ReadOnlySpan<byte> text, out Period value)
    {
        value = Period.Zero;
        Span<int> units = stackalloc int[4];
        int next = 0;
        int given = 0;
        int at = 1;
        if (text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        while (at < text.Length)
        {
            int start = at;
            while (at < text.Length && at - start < 9 && text[at] is >= (byte)'0' and <= (byte)'9')
            {
                at++;
            }

            int unit = at == start || at == text.Length ? -1 : "YMWD"u8.IndexOf(text[at]);
            if (unit < next || !TryDigits(text[start..at], out units[unit]))
            {
                return false;
            }

            next = unit + 1;
            given++;
            at++;
        }

        // One unit, the usual case, needs no builder, and a usual count of it is the period already made.
        int only = next - 1;
        value = given > 1 ? new PeriodBuilder { Years = units[0], Months = units[1], Weeks = units[2], Days = units[3] }.Build()
            : units[only] < OneUnit[only].Length ? OneUnit[only][units[only]]
            : only switch
            {
                0 => Period.FromYears(units[0]),
                1 => Period.FromMonths(units[1]),
                2 => Period.FromWeeks(units[2]),
                _ => Period.FromDays(units[3]),
            };
        return true;
    }

    private static bool TryFormatPeriod(Period value, Span<byte> text, out int written)
    {
        written = 0;
        if (value.HasTimeComponent || value.Years < 0 || value.Months < 0 || value.Weeks < 0 || value.Days < 0 || value.Equals(Period.Zero))
        {
            return false;
        }

        text[written++] = (byte)'P';
        ReadOnlySpan<int> units = [value.Years, value.Months, value.Weeks, value.Days];
        for (int i = 0; i < 4; i++)
        {
            if (units[i] > 0)
            {
                units[i].TryFormat(text[written..], out int digits, default, System.Globalization.CultureInfo.InvariantCulture);
                written += digits;
                text[written++] = "YMWD"u8[i];
            }
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (byte b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static void Digits(Span<byte> text, int value)
    {
        for (int i = text.Length - 1; i >= 0; i--, value /= 10)
        {
            text[i] = (byte)('0' + (value % 10));
        }
    }

    private sealed class Canonical<T>(JsonConverter<T> noda, Parser<T> tryParse, Formatter<T> tryFormat) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && tryParse(reader.ValueSpan, out var value)
                ? value
                : noda.Read(ref reader, typeToConvert, options)!;

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => noda.ReadAsPropertyName(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, [DisallowNull] T value, JsonSerializerOptions options)
            => noda.WriteAsPropertyName(writer, value, options);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            Span<byte> text = stackalloc byte[96];
            if (tryFormat(value, text, out int written))
            {
                writer.WriteStringValue(text[..written]);
            }
            else
            {
                noda.Write(writer, value, options);
            }
        }
    }
}

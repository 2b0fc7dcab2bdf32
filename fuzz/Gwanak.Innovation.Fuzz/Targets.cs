using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Fuzz;

/// <summary>
/// The fuzz targets: each hands one input to a reader and lets only what the reader documents pass (a <c>TryParse</c> that
/// returns false, a <see cref="FormatException"/> from <c>Parse</c>, a <see cref="DistrictDocumentException"/>); anything
/// else escapes and afl-fuzz records a crash. What a reader accepts must also write back to text it reads the same.
/// </summary>
internal static class Targets
{
    public static FrozenDictionary<string, Func<byte[], string>> All { get; } = new Dictionary<string, Func<byte[], string>>(StringComparer.Ordinal)
    {
        ["money"] = input => Text<Money>(input, readableFormats: ["G", "K"], displayFormats: ["E"]),
        ["business-number"] = input => Text<BusinessRegistrationNumber>(input, readableFormats: ["G", "D"], displayFormats: []),
        ["corporate-number"] = input => Text<CorporateRegistrationNumber>(input, readableFormats: ["G", "D"], displayFormats: []),
        ["district-code"] = input => Text<AdministrativeDistrictCode>(input, readableFormats: ["G", "L"], displayFormats: []),
        ["date-range"] = input => Text<DateRange>(input, readableFormats: ["G"], displayFormats: []),
        ["identifier"] = input => Text<OrganizationId>(input, readableFormats: ["G"], displayFormats: []),
        ["recurrence"] = Recurrence,
        ["document"] = Document,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A value read from text: <c>TryParse</c> of a string and of a span agree with each other and with <c>Parse</c>, which
    /// throws only <see cref="FormatException"/>; an accepted value formats in each readable format to text that reads back
    /// equal, and in each display format without failing; <c>TryFormat</c> fills an exact span and declines a short one.
    /// </summary>
    private static string Text<T>(byte[] input, string[] readableFormats, string[] displayFormats)
        where T : ISpanParsable<T>, ISpanFormattable, IEquatable<T>
    {
        string text = Encoding.UTF8.GetString(input);
        bool read = T.TryParse(text, CultureInfo.InvariantCulture, out T? value);
        bool readSpan = T.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out T? spanValue);
        FuzzFinding.Unless(read == readSpan && (!read || value!.Equals(spanValue)), $"TryParse of a string ({read}) and of a span ({readSpan}) disagree.");
        T parsed;
        try
        {
            parsed = T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            FuzzFinding.Unless(!read, $"Parse refused what TryParse read as '{value}': {e.Message}");
            FuzzFinding.Unless(e.Message.Length > 0, "Parse refused without saying why.");
            return "refused: " + e.Message;
        }

        FuzzFinding.Unless(read && parsed.Equals(value), $"Parse read '{parsed}', TryParse read {(read ? $"'{value}'" : "nothing")}.");
        foreach (string format in readableFormats)
        {
            string written = parsed.ToString(format, CultureInfo.InvariantCulture);
            FuzzFinding.Unless(T.TryParse(written, CultureInfo.InvariantCulture, out T? again) && again.Equals(parsed), $"'{written}' (format {format}) does not read back as the value it was written from.");
            Span<char> exact = new char[written.Length];
            FuzzFinding.Unless(parsed.TryFormat(exact, out int length, format, null) && exact[..length].SequenceEqual(written), $"TryFormat ({format}) does not write '{written}'.");
            Span<char> tooShort = new char[written.Length - 1];
            FuzzFinding.Unless(!parsed.TryFormat(tooShort, out int none, format, null) && none == 0, $"TryFormat ({format}) claims '{written}' fits in {written.Length - 1} characters.");
        }

        foreach (string format in displayFormats)
        {
            FuzzFinding.Unless(parsed.ToString(format, CultureInfo.InvariantCulture).Length > 0, $"Format {format} writes nothing.");
        }

        return $"read: {parsed}";
    }

    /// <summary>
    /// A yearly recurrence rule from the values a record holds, written <c>month day nth weekday year</c> with <c>.</c> for
    /// none (<c>10 . 2 2 2024</c> is the second Tuesday of October, asked for 2024): the constructor refuses a bad rule with an
    /// <see cref="ArgumentException"/> and nothing else; a rule it accepts gives, for any year of the ISO calendar, an occurrence
    /// that it describes, and refuses any other year with an <see cref="ArgumentOutOfRangeException"/> naming it.
    /// </summary>
    private static string Recurrence(byte[] input)
    {
        string[] fields = Encoding.UTF8.GetString(input).Split((char[])[' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || !TryField(fields[0], out int? month) || month is null || !TryField(fields[1], out int? day)
            || !TryField(fields[2], out int? nth) || !TryField(fields[3], out int? weekday) || !TryField(fields[4], out int? year) || year is null)
        {
            return "skipped: not 'month day nth weekday year'"; // Nothing of the library was asked.
        }

        RecurrenceRule rule;
        try
        {
            rule = new RecurrenceRule(month.Value, day, nth, (IsoDayOfWeek?)weekday);
        }
        catch (ArgumentException e)
        {
            FuzzFinding.Unless(e.ParamName is "month" or "day" or "nth" or "weekday", $"The refusal names '{e.ParamName}', not a parameter.");
            return "refused: " + e.Message;
        }

        DateRange occurrence;
        try
        {
            occurrence = rule.OccurrenceIn(year.Value);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "year")
        {
            FuzzFinding.Unless(year < CalendarSystem.Iso.MinYear || year > CalendarSystem.Iso.MaxYear, $"{rule} refused the year {year}, which the ISO calendar holds.");
            return "refused: " + e.Message;
        }

        FuzzFinding.Unless(occurrence.Start.Year == year && occurrence.Start.Month == rule.Month && occurrence.End is { } end && end.Year == year && end.Month == rule.Month, $"{rule} in {year} gave {occurrence}.");
        // Checked without date arithmetic, which would leave the calendar in December 9999.
        int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year.Value, rule.Month);
        if (rule.Day is { } fixedDay)
        {
            FuzzFinding.Unless(occurrence.Start.Day == fixedDay && occurrence.End == occurrence.Start, $"{rule} in {year} gave {occurrence}.");
        }
        else if (rule.Nth is { } n && rule.Weekday is { } w)
        {
            LocalDate date = occurrence.Start;
            bool nthOfMonth = n > 0 ? (date.Day - 1) / 7 == n - 1 : date.Day + 7 > daysInMonth;
            FuzzFinding.Unless(occurrence.End == date && date.DayOfWeek == w && nthOfMonth, $"{rule} in {year} gave {occurrence}.");
        }
        else
        {
            FuzzFinding.Unless(occurrence.Start.Day == 1 && occurrence.End!.Value.Day == daysInMonth, $"{rule} in {year} gave {occurrence}.");
        }

        FuzzFinding.Unless(rule.Describe("ko").Length > 0 && rule.Describe("en").Length > 0, "The rule has no words.");
        return $"read: {rule} gives {occurrence} in {year}";
    }

    /// <summary>
    /// A district document from untrusted bytes: the reader refuses with <see cref="DistrictDocumentException"/> and nothing
    /// else; a district it reads the locating read alone reads equal (so the first read, which leaves members given twice or
    /// left out to the scan and the tally of names, accepts nothing the serializer's own checks refuse), and writes to a
    /// document that reads back equal and writes again the same, also as open data.
    /// </summary>
    private static string Document(byte[] input)
    {
        Districts.InnovationDistrict district;
        try
        {
            district = DistrictDocument.Read(new MemoryStream(input, writable: false), DocumentLimits.Fuzzing);
        }
        catch (DistrictDocumentException e)
        {
            FuzzFinding.Unless(e.Path.StartsWith('$') && e.Reason.Length > 0, $"The refusal names no path or reason: {e.Message}");
            return "refused: " + e.Message;
        }

        Districts.InnovationDistrict located;
        try
        {
            located = DistrictDocument.ReadLocating(input, DocumentLimits.Fuzzing);
        }
        catch (DistrictDocumentException e)
        {
            throw new FuzzFinding($"The first read accepted a document the locating read refuses: {e.Message}", e);
        }

        FuzzFinding.Unless(located.Equals(district), "The first read and the locating read read different districts.");
        string written = DistrictDocument.ToJson(district);
        var again = DistrictDocument.Parse(written);
        FuzzFinding.Unless(again.Equals(district), "The district written does not read back equal.");
        FuzzFinding.Unless(DistrictDocument.ToJson(again) == written, "Writing the district read back gives another text.");
        FuzzFinding.Unless(DistrictDocument.ToJson(district, omitPersonalData: true).Length > 0, "The open data document is empty.");
        return $"read: district {district.Code}";
    }

    private static bool TryField(string field, out int? value)
    {
        value = null;
        if (field == ".")
        {
            return true;
        }

        bool ok = int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number);
        value = ok ? number : null;
        return ok;
    }

    /// <summary>
    /// The limits the document target reads with, made on first use: under afl-fuzz the instrumented library may run only
    /// once the fork server is up, so nothing of it runs while the targets are listed.
    /// </summary>
    private static class DocumentLimits
    {
        /// <summary>Tighter than the defaults, so that the limits are met within the inputs afl-fuzz makes.</summary>
        public static readonly DocumentReadLimits Fuzzing = new(maxBytes: 64 * 1024, maxDepth: 16, maxStringLength: 256);
    }
}

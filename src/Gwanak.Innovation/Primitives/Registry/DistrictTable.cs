// This file is compiled into both the library and its analyzer (as a linked file), so that the registry, the named
// members and the analyzer GWI0007 read districts.tsv the same way. Keep it free of dependencies beyond netstandard2.0.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Gwanak.Innovation.Primitives.Registry;

/// <summary>One row of districts.tsv: a code and what it named over a span of days.</summary>
internal sealed class DistrictRow
{
    public DistrictRow(long code10, long parent10, string korean, string english, string level, string member, string validFrom, string validThrough, string note)
    {
        Code10 = code10;
        Parent10 = parent10;
        Korean = korean;
        English = english;
        Level = level;
        Member = member;
        ValidFrom = validFrom;
        ValidThrough = validThrough;
        Note = note;
    }

    /// <summary>The code widened to ten digits.</summary>
    public long Code10 { get; }

    /// <summary>The parent's code widened to ten digits; 0 for a 시·도.</summary>
    public long Parent10 { get; }

    public string Korean { get; }

    public string English { get; }

    /// <summary>시도, 시, 군, 구 (자치구), 일반구 or 동.</summary>
    public string Level { get; }

    /// <summary>The class (for a 시도 row) or the property (otherwise) of the named member; empty for none.</summary>
    public string Member { get; }

    /// <summary>The first day, <c>uuuu-MM-dd</c>; empty when the code was in force on the first day the registry records.</summary>
    public string ValidFrom { get; }

    /// <summary>The last day, <c>uuuu-MM-dd</c>; empty while the code is in force.</summary>
    public string ValidThrough { get; }

    public string Note { get; }

    /// <summary>The 5-digit code (or ten digits for a dong) as the file writes it.</summary>
    public string CodeText => Code10 % 100_000 == 0
        ? (Code10 / 100_000).ToString("D5", CultureInfo.InvariantCulture)
        : Code10.ToString("D10", CultureInfo.InvariantCulture);
}

/// <summary>Reads districts.tsv, the one data file of the national registry of districts.</summary>
internal static class DistrictTable
{
    /// <summary>The column names of the header line, in order.</summary>
    public const string Header = "code\tparent\tkorean\tenglish\tlevel\tmember\tvalid_from\tvalid_through\tnote";

    /// <summary>The rows of the file, in its order; comment lines start with <c>#</c>.</summary>
    /// <exception cref="InvalidDataException">A line does not have the file's columns.</exception>
    public static List<DistrictRow> Read(TextReader reader)
    {
        var rows = new List<DistrictRow>();
        bool header = false;
        int number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!header)
            {
                header = line == Header ? true : throw new InvalidDataException("districts.tsv line " + number + ": the header must be '" + Header + "'.");
                continue;
            }

            string[] cells = line.Split('\t');
            if (cells.Length != 9)
            {
                throw new InvalidDataException("districts.tsv line " + number + ": 9 tab-separated cells were expected, but there are " + cells.Length + ".");
            }

            rows.Add(new DistrictRow(Code(cells[0], number), cells[1].Length == 0 ? 0 : Code(cells[1], number), cells[2], cells[3], cells[4], cells[5], cells[6], cells[7], cells[8]));
        }

        return rows;
    }

    /// <summary>
    /// The named member of every code that has one, as <c>Class.Property</c> of <c>AdministrativeDistrictCode</c>: the class is
    /// the member of the 시·도 row of the code's first two digits; a 시·도 is its class's <c>City</c> (a 시) or <c>Province</c> (a 도).
    /// </summary>
    public static Dictionary<long, string> NamedMembers(IEnumerable<DistrictRow> rows)
    {
        var classes = new Dictionary<long, string>();
        var members = new Dictionary<long, string>();
        foreach (DistrictRow row in rows)
        {
            if (row.Level == "시도")
            {
                classes[row.Code10 / 100_000_000] = row.Member;
            }
        }

        foreach (DistrictRow row in rows)
        {
            if (row.Member.Length > 0 && row.Level != "동" && classes.TryGetValue(row.Code10 / 100_000_000, out string? type))
            {
                members[row.Code10] = type + "." + PropertyOf(row);
            }
        }

        return members;
    }

    /// <summary>The property of a row's named member: <c>City</c> or <c>Province</c> for a 시·도, the member column otherwise.</summary>
    public static string PropertyOf(DistrictRow row)
        => row.Level != "시도" ? row.Member : row.Korean.EndsWith("시", StringComparison.Ordinal) ? "City" : "Province";

    /// <summary>Reads the copy of districts.tsv embedded in an assembly under a resource name.</summary>
    public static List<DistrictRow> ReadResource(System.Reflection.Assembly assembly, string name)
    {
        using Stream stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException("The resource " + name + " is missing.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    private static long Code(string text, int number)
        => text.Length == 5 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long five) ? five * 100_000
        : text.Length == 10 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long ten) ? ten
        : throw new InvalidDataException("districts.tsv line " + number + ": '" + text + "' is not a 5- or 10-digit code.");
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Gwanak.Innovation.Primitives.Registry;

namespace Gwanak.Innovation.Tests.Primitives.Registry;

/// <summary>
/// Writes the named members of <c>AdministrativeDistrictCode</c> from districts.tsv: one file and one static class per
/// city or province (시·도) code, with a member per district code.
/// </summary>
internal static class NamedCodeGenerator
{
    /// <summary>The generated files by name (<c>AdministrativeDistrictCode.Gyeonggi.cs</c>) and their text.</summary>
    public static IReadOnlyDictionary<string, string> Files(IReadOnlyList<DistrictRow> rows)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var province in rows.Where(r => r.Level == "시도"))
        {
            long prefix = province.Code10 / 100_000_000;
            var members = rows.Where(r => r.Level != "동" && r.Code10 / 100_000_000 == prefix).GroupBy(r => r.Code10).OrderBy(g => g.Key);
            files.Add($"AdministrativeDistrictCode.{province.Member}.cs", ClassFile(province, members, rows));
        }

        return files;
    }

    private static string ClassFile(DistrictRow province, IEnumerable<IGrouping<long, DistrictRow>> codes, IReadOnlyList<DistrictRow> rows)
    {
        string prefix = (province.Code10 / 100_000_000).ToString("D2", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;\n")
            .Append("// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.\n")
            .Append("namespace Gwanak.Innovation.Primitives;\n\n")
            .Append("/// <content>The named codes of ").Append(Xml(province.English)).Append(" (").Append(province.Korean).Append(", ").Append(prefix).Append(").</content>\n")
            .Append("public readonly partial struct AdministrativeDistrictCode\n{\n")
            .Append("    /// <summary>").Append(Xml(province.English)).Append(" (").Append(province.Korean).Append(", ").Append(prefix).Append(") and its districts, as named codes.</summary>\n")
            .Append("    /// <remarks>").Append(Span(province, "The code ")).Append("Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; ")
            .Append("<see cref=\"AdministrativeDistrictRegistry.Builtin\"/> has the names and the days of every code.</remarks>\n")
            .Append("    public static class ").Append(province.Member).Append("\n    {\n");
        bool first = true;
        foreach (var code in codes)
        {
            var holders = code.ToList();
            var named = holders.Single(r => r.Member.Length > 0);
            string member = DistrictTable.PropertyOf(named);
            if (!first)
            {
                text.Append('\n');
            }

            first = false;
            text.Append("        /// <summary>").Append(Xml(Title(named, rows))).Append(", ").Append(named.CodeText).Append(".</summary>\n");
            string remarks = string.Concat(holders.Select(h => holders.Count > 1 ? Xml(h.English) + ", " + Lower(Span(h, "")) : Span(h, "")));
            if (remarks.Length > 0)
            {
                text.Append("        /// <remarks>").Append(remarks.TrimEnd()).Append("</remarks>\n");
            }

            text.Append("        public static AdministrativeDistrictCode ").Append(member).Append(" { get; } = FromDistrict(").Append(named.CodeText).Append(");\n");
        }

        return text.Append("    }\n}\n").ToString();
    }

    private static string Title(DistrictRow row, IReadOnlyList<DistrictRow> rows)
    {
        if (row.Level == "일반구" && rows.LastOrDefault(r => r.Code10 == row.Parent10) is { } city)
        {
            return $"{row.English}, {city.English} ({city.Korean} {row.Korean})";
        }

        return $"{row.English} ({row.Korean})";
    }

    private static string Span(DistrictRow row, string lead)
    {
        string days = (row.ValidFrom, row.ValidThrough) switch
        {
            ("", "") => "",
            (var from, "") => $"In use from {from}",
            ("", var through) => $"In use until {through}",
            var (from, through) => $"In use from {from} until {through}",
        };
        if (days.Length == 0 && row.Note.Length == 0)
        {
            return "";
        }

        string sentence = days.Length == 0 ? Capital(row.Note) : row.Note.Length == 0 ? days : days + ": " + row.Note;
        return (lead.Length == 0 ? "" : lead.TrimEnd() + " ").Replace("The code ", "", StringComparison.Ordinal) + Xml(sentence) + ". ";
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}

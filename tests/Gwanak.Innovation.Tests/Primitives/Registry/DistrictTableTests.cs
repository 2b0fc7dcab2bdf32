using System.IO;
using System.Linq;
using Gwanak.Innovation.Primitives.Registry;

namespace Gwanak.Innovation.Tests.Primitives.Registry;

/// <summary>districts.tsv as the registry, the named members and the analyzer read it: its rows, its named members and its refusals.</summary>
public sealed class DistrictTableTests
{
    private const string Rows = "11000\t\t서울특별시\tSeoul\t시도\tSeoul\t\t\t\n"
        + "11620\t11000\t관악구\tGwanak-gu\t구\tGwanak\t\t\t\n"
        + "1162010100\t11620\t봉천동\tBongcheon-dong\t동\t\t\t\t\n"
        + "41000\t\t경기도\tGyeonggi-do\t시도\tGyeonggi\t\t\t\n"
        + "41110\t41000\t수원시\tSuwon-si\t시\tSuwon\t\t\t\n"
        + "11999\t11000\t이름없는구\tUnnamed-gu\t구\t\t\t\t\n";

    private static string Table(string rows) => "# a comment\n\n" + DistrictTable.Header + "\n" + rows;

    [Fact]
    public void Rows_are_read_in_order_skipping_comments_and_blank_lines()
    {
        var rows = DistrictTable.Read(new StringReader(Table(Rows)));
        Assert.Equal(["11000", "11620", "1162010100", "41000", "41110", "11999"], rows.Select(r => r.CodeText));
        Assert.Equal((1162000000L, "봉천동", "Bongcheon-dong", "동"), (rows[2].Parent10, rows[2].Korean, rows[2].English, rows[2].Level));
    }

    [Fact]
    public void Every_row_with_a_member_other_than_a_dong_gets_a_named_member_of_its_city_or_province()
    {
        var members = DistrictTable.NamedMembers(DistrictTable.Read(new StringReader(Table(Rows))));
        Assert.Equal(
            ["1100000000 Seoul.City", "1162000000 Seoul.Gwanak", "4100000000 Gyeonggi.Province", "4111000000 Gyeonggi.Suwon"],
            members.OrderBy(m => m.Key).Select(m => $"{m.Key} {m.Value}"));
    }

    [Theory]
    [InlineData("code\tparent\n", "districts.tsv line 3: the header must be '" + DistrictTable.Header + "'.")]
    public void A_file_without_its_header_is_refused_naming_the_line(string text, string message)
        => Assert.Equal(message, Assert.Throws<InvalidDataException>(() => DistrictTable.Read(new StringReader("# a comment\n\n" + text))).Message);

    [Theory]
    [InlineData("11620\t11000\t관악구\n", "districts.tsv line 4: 9 tab-separated cells were expected, but there are 3.")]
    [InlineData("1162\t11000\t관악구\tGwanak-gu\t구\tGwanak\t\t\t\n", "districts.tsv line 4: '1162' is not a 5- or 10-digit code.")]
    [InlineData("11620\t1100x\t관악구\tGwanak-gu\t구\tGwanak\t\t\t\n", "districts.tsv line 4: '1100x' is not a 5- or 10-digit code.")]
    public void A_row_that_is_not_one_is_refused_naming_the_line(string row, string message)
        => Assert.Equal(message, Assert.Throws<InvalidDataException>(() => DistrictTable.Read(new StringReader(Table(row)))).Message);

    [Fact]
    public void A_missing_resource_is_named()
        => Assert.Equal(
            "The resource no-such-table.tsv is missing.",
            Assert.Throws<InvalidDataException>(() => DistrictTable.ReadResource(typeof(DistrictRow).Assembly, "no-such-table.tsv")).Message);
}

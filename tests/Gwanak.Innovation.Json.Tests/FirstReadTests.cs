using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Gwanak.Innovation.Json.Converters;
using CsCheck;
using Gwanak.Innovation.Testing;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>
/// The first read of a document trusts the scan for member names given twice and the tally of member names for members
/// left out (<see cref="MemberTally"/>): the scan counts and compares names, and a canonical document's first read accounts
/// for every name, so it is not read a second time.
/// </summary>
public sealed class FirstReadTests
{
    private static readonly JsonSerializerOptions FirstRead = DistrictJson.Create(DocumentReadLimits.Default, omitPersonalData: false, locateErrors: false);

    [Theory]
    [InlineData("{}", 0, true)]
    [InlineData("{\"a\": 1, \"b\": {\"a\": 2, \"b\": [ {\"a\": 3} ]}, \"c\": null}", 6, true)]
    [InlineData("[ {\"a\": 1}, {\"a\": 2} ]", 2, true)]
    [InlineData("{\"a\": 1, \"b\": 2, \"a\": 3}", 3, false)]
    [InlineData("{\"a\": {\"x\": 1}, \"b\": {\"x\": 1, \"x\": 2}}", 5, false)]
    [InlineData("{\"a\": 1, \"\\u0062\": 2}", 2, false)]
    public void The_scan_counts_member_names_and_vouches_only_for_objects_whose_names_it_compared(string json, long names, bool distinct)
    {
        var scan = Scanned(json);
        Assert.Equal((names, distinct), (scan.MemberNames, scan.NamesAreDistinct));
    }

    [Fact]
    public void An_object_of_more_members_than_the_scan_compares_is_left_to_the_locating_read()
    {
        var many = new StringBuilder("{");
        for (int i = 0; i < 65; i++)
        {
            many.Append(i == 0 ? string.Empty : ", ").Append("\"m").Append(i).Append("\": ").Append(i);
        }

        Assert.False(Scanned(many.Append('}').ToString()).NamesAreDistinct);
        Assert.True(Scanned(many.ToString().Replace("\"m64\": 64", "\"m0\": {}", System.StringComparison.Ordinal).Replace(", \"m0\": {}}", "}", System.StringComparison.Ordinal)).NamesAreDistinct);
    }

    [Theory]
    [InlineData("gwanak-2023.district.json")]
    [InlineData("gangnam-2022.district.json")]
    public void The_first_read_of_a_data_file_accounts_for_every_member_name(string file)
        => AssertAccounted(File.ReadAllBytes(DataDocumentTests.DataFile(file)));

    [Fact]
    public void The_first_read_of_a_generated_district_accounts_for_every_member_name()
        => DistrictGen.Districts.Sample(district => AssertAccounted(Encoding.UTF8.GetBytes(DistrictDocument.ToJson(district))), iter: 50);

    [Fact]
    public void A_member_left_out_falls_short_of_the_scans_count()
    {
        byte[] document = Encoding.UTF8.GetBytes(Gwanak2023Document.Json().Replace("\"isBinding\": false,", string.Empty, System.StringComparison.Ordinal));
        var scan = Scanned(document);
        MemberTally.Reset();
        JsonSerializer.Deserialize(document, (JsonTypeInfo<DocumentRoot>)FirstRead.GetTypeInfo(typeof(DocumentRoot)));
        Assert.True(MemberTally.Counted > scan.MemberNames);
    }

    private static void AssertAccounted(byte[] document)
    {
        var scan = Scanned(document);
        MemberTally.Reset();
        JsonSerializer.Deserialize(document, (JsonTypeInfo<DocumentRoot>)FirstRead.GetTypeInfo(typeof(DocumentRoot)));
        Assert.Equal((true, scan.MemberNames), (scan.NamesAreDistinct, MemberTally.Counted));
    }

    private static DocumentScan Scanned(string json) => Scanned(Encoding.UTF8.GetBytes(json));

    private static DocumentScan Scanned(byte[] document)
    {
        var scan = new DocumentScan(DocumentReadLimits.Default);
        scan.Check(document, isFinalBlock: true);
        return scan;
    }
}

using CsCheck;
using Gwanak.Innovation.Testing;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>
/// Every valid district, not only the two in <c>data/</c>: what is written reads back equal, and what is read writes back
/// to the same text, so a document has one canonical form.
/// </summary>
public sealed class DistrictPropertyTests
{
    [Fact]
    public void A_district_read_from_what_was_written_is_equal_to_it()
        => DistrictGen.Districts.Sample(district => Assert.Equal(district, DistrictDocument.Parse(DistrictDocument.ToJson(district))));

    [Fact]
    public void Writing_what_was_read_gives_the_same_text()
        => DistrictGen.Districts.Sample(district =>
        {
            string written = DistrictDocument.ToJson(district);
            Assert.Equal(written, DistrictDocument.ToJson(DistrictDocument.Parse(written)));
        });

    [Fact]
    public void Reading_a_stream_and_reading_text_agree()
        => DistrictGen.Districts.Sample(district =>
        {
            using var stream = new System.IO.MemoryStream();
            DistrictDocument.Write(stream, district);
            stream.Position = 0;
            Assert.Equal(DistrictDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray())), DistrictDocument.Read(stream));
        });
}

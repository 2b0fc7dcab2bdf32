using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>Untrusted documents: each kind of bad input stops the reader at the first problem, naming its path and reason.</summary>
public sealed class DocumentReadingTests
{
    private static readonly string Good = Gwanak2023Document.Json();

    [Fact]
    public void A_written_district_reads_back_equal()
        => Assert.Equal(Gwanak2023Document.District(), DistrictDocument.Parse(Good));

    [Fact]
    public void Writing_what_was_read_gives_the_same_text()
        => Assert.Equal(Good, DistrictDocument.ToJson(DistrictDocument.Parse(Good)));

    [Fact]
    public void Malformed_json_is_refused_with_its_line_and_position()
    {
        var e = Refused(Good.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,,", StringComparison.Ordinal));
        Assert.Equal((2L, true), (e.LineNumber, e.Reason.Length > 0));
    }

    [Theory]
    [InlineData("\"schemaVersion\"", "$")]
    [InlineData("\"district\"", "$")]
    public void A_member_name_that_is_not_utf8_is_refused_with_its_path(string name, string path)
    {
        // Found by fuzzing the document reader: bytes that are no UTF-8 inside a member name.
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(Good);
        int at = Good.IndexOf(name, StringComparison.Ordinal) + 2;
        bytes[System.Text.Encoding.UTF8.GetByteCount(Good.AsSpan(0, at))] = 0xFF;
        var e = Assert.Throws<DistrictDocumentException>(() => DistrictDocument.Read(new MemoryStream(bytes)));
        Assert.Equal((path, true), (e.Path, e.Reason.Contains("UTF-8", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_newer_schema_version_is_refused_as_such()
    {
        var e = Refused(Good.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2,", StringComparison.Ordinal));
        Assert.Equal(("$.schemaVersion", true), (e.Path, e.Reason.Contains("version 2", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_member_is_refused_with_its_path()
    {
        var e = Refused(Good.Replace("\"kind\": \"chamber-of-commerce\",", "\"kind\": \"chamber-of-commerce\", \"motto\": \"x\",", StringComparison.Ordinal));
        Assert.StartsWith("$.district.organizations[", e.Path, StringComparison.Ordinal);
        Assert.EndsWith(".motto", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_member_is_refused_with_the_object_it_is_missing_from()
    {
        var e = Refused(Good.Replace("\"country\": \"US\"", "\"countryy\": \"US\"", StringComparison.Ordinal));
        Assert.StartsWith("$.district.organizations[", e.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"isBinding\": false,", "$.district.agreements[0].history[0].binding")]
    [InlineData(",\\s*\"date\": \"2023-07-25\"", "$.district.agreements[0].history[1]")]
    public void A_member_left_out_whose_default_would_be_a_valid_value_is_refused(string member, string path)
    {
        // A false flag and a date: the first read, which does not track members object by object, would take their defaults.
        var e = Refused(new System.Text.RegularExpressions.Regex(member).Replace(Good, string.Empty, 1));
        Assert.Equal((path, true), (e.Path, e.Reason.Contains("missing", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_duplicate_member_spelled_with_an_escape_is_refused()
    {
        var e = Refused(Good.Replace("\"date\": \"2023-07-25\"", "\"date\": \"2023-07-25\", \"d\\u0061te\": \"2023-07-26\"", StringComparison.Ordinal));
        Assert.Equal(("$.district.agreements[0].history[1].date", true), (e.Path, e.Reason.Contains("Duplicate", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_duplicate_member_is_refused()
    {
        var e = Refused(Good.Replace("\"code\": \"11620\",", "\"code\": \"11620\", \"code\": \"11620\",", StringComparison.Ordinal));
        Assert.Equal(("$.district.code", true), (e.Path, e.Reason.Contains("Duplicate", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_duplicate_member_inside_an_event_is_refused_with_the_events_path()
    {
        var e = Refused(Good.Replace("\"date\": \"2023-07-25\"", "\"date\": \"2023-07-25\", \"date\": \"2023-07-26\"", StringComparison.Ordinal));
        Assert.Equal(("$.district.agreements[0].history[1].date", true), (e.Path, e.Reason.Contains("Duplicate", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_member_inside_an_event_is_refused_with_the_events_path()
        => Assert.Equal(
            "$.district.agreements[0].history[1].mood",
            Refused(Good.Replace("\"date\": \"2023-07-25\"", "\"date\": \"2023-07-25\", \"mood\": \"festive\"", StringComparison.Ordinal)).Path);

    [Fact]
    public void Malformed_json_far_into_a_stream_is_refused_with_the_same_line_and_position_as_in_text()
    {
        string text = File.ReadAllText(DataDocumentTests.DataFile("gwanak-2023.district.json"));
        int at = text.LastIndexOf("\"date\":", StringComparison.Ordinal);
        string broken = text[..at] + "\"date\" \"" + text[(at + "\"date\":".Length)..];
        var fromText = Refused(broken);
        var fromStream = Assert.Throws<DistrictDocumentException>(() => DistrictDocument.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(broken))));
        Assert.True(fromText.LineNumber > 50_000, $"line {fromText.LineNumber}");
        Assert.Equal((fromText.Path, fromText.LineNumber, fromText.BytePositionInLine), (fromStream.Path, fromStream.LineNumber, fromStream.BytePositionInLine));
    }

    [Fact]
    public void An_unknown_event_type_is_refused_with_the_events_path()
    {
        var e = Refused(Good.Replace("\"agreement.negotiation-started\"", "\"agreement.celebrated\"", StringComparison.Ordinal));
        Assert.Equal("$.district.agreements[0].history[1]", e.Path[..Math.Min(e.Path.Length, "$.district.agreements[0].history[1]".Length)]);
    }

    [Fact]
    public void A_value_that_does_not_parse_is_refused_with_its_path_and_the_parsers_reason()
    {
        var e = Refused(Good.Replace("\"parties\": [\n              \"kaccoc\",", "\"parties\": [\n              \"kac coc\",", StringComparison.Ordinal));
        Assert.Equal("$.district.agreements[0].history[0].parties[0]", e.Path);
    }

    [Fact]
    public void A_history_that_breaks_a_rule_is_refused_with_the_rule_and_the_events_path()
    {
        // The second signature is moved before negotiation started: AGR-013, events in date order.
        var e = Refused(Good.Replace("\"date\": \"2023-07-25\"", "\"date\": \"2023-09-25\"", StringComparison.Ordinal));
        Assert.Equal(("$.district.agreements[0].history[2]", "AGR-013"), (e.Path, e.RuleId));
    }

    [Fact]
    public void A_language_written_twice_in_two_spellings_is_refused()
    {
        // ko-KR-x-gwanak names the culture ko-KR: the second text would silently replace the first.
        var e = Refused(Good.Replace("\"en\": \"Gwanak-gu\"", "\"en\": \"Gwanak-gu\", \"ko-KR\": \"관악구\", \"ko-KR-x-gwanak\": \"관악\"", StringComparison.Ordinal));
        Assert.Equal(("$.district.name", true), (e.Path, e.Reason.Contains("twice", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_record_listed_twice_is_refused()
    {
        var document = JsonNode.Parse(Good)!;
        var organizations = document["district"]!["organizations"]!.AsArray();
        organizations.Insert(1, organizations[0]!.DeepClone());
        var e = Refused(document.ToJsonString());
        Assert.Equal(("$.district.organizations[1]", true), (e.Path, e.Reason.Contains("twice", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_before_it_is_read()
        => Assert.Equal("$", Assert.Throws<DistrictDocumentException>(() => DistrictDocument.Parse(Good, new DocumentReadLimits(2048, 64, 1024))).Path);

    [Fact]
    public void A_string_over_the_length_limit_is_refused()
    {
        var e = Refused(Good.Replace("\"en\": \"Gwanak-gu\"", "\"en\": \"" + new string('G', 5000) + "\"", StringComparison.Ordinal), new DocumentReadLimits(1 << 20, 64, 1024));
        Assert.Equal("$.district.name", e.Path);
    }

    [Fact]
    public void A_deep_nesting_is_refused_at_the_depth_limit()
    {
        string deep = "{\"schemaVersion\": 1, \"district\": " + new string('[', 100_000) + new string(']', 100_000) + "}";
        var e = Refused(deep);
        Assert.Equal(("$.district" + string.Concat(Enumerable.Repeat("[0]", 63)), true), (e.Path, e.Reason.Contains("depth", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_nesting_100_000_deep_is_refused_from_a_stream_after_its_first_bytes()
    {
        var input = new GeneratedDocument("{\"schemaVersion\": 1, \"district\": ", 100_000, (byte)'[');
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<DistrictDocumentException>(() => DistrictDocument.Read(input));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4L * 1024 * 1024, "more than 4 MB allocated");
        Assert.Equal(("$.district" + string.Concat(Enumerable.Repeat("[0]", 63)), true), (e.Path, e.Reason.Contains("depth", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_gigabyte_string_is_refused_in_bounded_memory_after_its_first_bytes()
    {
        var input = new GeneratedDocument("{\"schemaVersion\": 1, \"district\": {\"code\": \"", 1L << 30, (byte)'a');
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<DistrictDocumentException>(() => DistrictDocument.Read(input));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4L * 1024 * 1024, "more than 4 MB allocated");
        Assert.True(input.Position < 1024 * 1024, $"{input.Position:N0} bytes read");
        Assert.Equal(("$.district.code", true), (e.Path, e.Reason.Contains("65,536", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_gigabyte_member_name_is_refused_in_bounded_memory_after_its_first_bytes()
    {
        var input = new GeneratedDocument("{\"schemaVersion\": 1, \"district\": {\"", 1L << 30, (byte)'a');
        var e = Assert.Throws<DistrictDocumentException>(() => DistrictDocument.Read(input));
        Assert.True(input.Position < 1024 * 1024, $"{input.Position:N0} bytes read");
        Assert.Equal("$.district", e.Path);
    }

    [Fact]
    public async Task A_gigabyte_string_is_refused_when_read_without_blocking_too()
    {
        var input = new GeneratedDocument("{\"schemaVersion\": 1, \"district\": {\"code\": \"", 1L << 30, (byte)'a');
        var e = await Assert.ThrowsAsync<DistrictDocumentException>(() => DistrictDocument.ReadAsync(input, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("$.district.code", e.Path);
    }

    [Fact]
    public void A_string_within_the_token_bound_but_over_the_limit_is_refused_by_its_reader()
    {
        // 700 escaped bytes stay within the scan's bound for 128-byte strings (6 × 128 + 2) and reach the value's own check.
        var e = Refused(Good.Replace("\"en\": \"Gwanak-gu\"", "\"en\": \"" + new string('G', 700) + "\"", StringComparison.Ordinal), new DocumentReadLimits(1 << 20, 64, 128));
        Assert.Equal("$.district.name", e.Path);
    }

    [Fact]
    public void Null_where_a_value_is_required_is_refused()
        => Assert.StartsWith("$.district", Refused(Good.Replace("\"code\": \"11620\"", "\"code\": null", StringComparison.Ordinal)).Path, StringComparison.Ordinal);

    private static DistrictDocumentException Refused(string json, DocumentReadLimits? limits = null)
        => Assert.Throws<DistrictDocumentException>(() => DistrictDocument.Parse(json, limits));

    /// <summary>A document's head, then one byte repeated up to a length, produced as it is read: a gigabyte costs nothing.</summary>
    private sealed class GeneratedDocument(string head, long length, byte filler) : Stream
    {
        private readonly byte[] start = System.Text.Encoding.UTF8.GetBytes(head);
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - position);
            for (int i = 0; i < n; i++)
            {
                long at = position + i;
                buffer[offset + i] = at < start.Length ? start[at] : filler;
            }

            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

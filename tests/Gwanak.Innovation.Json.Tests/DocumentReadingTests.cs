using System;
using System.IO;
using System.Text.Json.Nodes;
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

    [Fact]
    public void A_duplicate_member_is_refused()
    {
        var e = Refused(Good.Replace("\"code\": \"11620\",", "\"code\": \"11620\", \"code\": \"11620\",", StringComparison.Ordinal));
        Assert.Equal(("$.district.code", true), (e.Path, e.Reason.Contains("Duplicate", StringComparison.Ordinal)));
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
        Assert.Contains("depth", Refused(deep).Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_gigabyte_string_is_refused_in_bounded_memory()
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<DistrictDocumentException>(() => DistrictDocument.Read(new EndlessString("{\"schemaVersion\": 1, \"district\": {\"code\": \"", 1L << 30)));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 512L * 1024 * 1024, "more than 512 MB allocated");
        Assert.Equal("$", e.Path);
    }

    [Fact]
    public void Null_where_a_value_is_required_is_refused()
        => Assert.StartsWith("$.district", Refused(Good.Replace("\"code\": \"11620\"", "\"code\": null", StringComparison.Ordinal)).Path, StringComparison.Ordinal);

    private static DistrictDocumentException Refused(string json, DocumentReadLimits? limits = null)
        => Assert.Throws<DistrictDocumentException>(() => DistrictDocument.Parse(json, limits));

    /// <summary>A document that opens a string and never closes it, produced as it is read.</summary>
    private sealed class EndlessString(string head, long length) : Stream
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
                buffer[offset + i] = at < start.Length ? start[at] : (byte)'a';
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

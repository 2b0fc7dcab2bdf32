namespace Gwanak.Innovation.Json.Tests;

/// <summary>Writing gives one canonical text, the same bytes for the same district on every platform.</summary>
public sealed class DocumentWritingTests
{
    [Fact]
    public void Every_line_ends_with_a_line_feed_whatever_the_platforms_new_line()
        => Assert.DoesNotContain('\r', Gwanak2023Document.Json());
}

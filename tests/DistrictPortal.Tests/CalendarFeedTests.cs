using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace DistrictPortal.Tests;

/// <summary>
/// The calendar feed read back with Ical.Net: the entries of the calendar page with their days, a trip at its moments in the
/// zones where it happens, and a VTIMEZONE for every zone an entry names.
/// </summary>
public sealed class CalendarFeedTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_trip_runs_from_its_first_departure_to_its_last_arrival_in_its_zones()
    {
        var feed = await FeedAsync("/calendar.ics?from=2023-06-01&to=2023-12-31&culture=en");
        var trip = feed.Events.Single(e => e.Uid!.StartsWith("trip/gwanak-california-2023@", StringComparison.Ordinal));
        Assert.Equal(
            ("Gwanak-gu delegation's official trip to California", "Asia/Seoul", new DateTime(2023, 7, 5, 9, 40, 0, DateTimeKind.Utc), new DateTime(2023, 7, 13, 8, 20, 0, DateTimeKind.Utc)),
            (trip.Summary, trip.DtStart!.TzId, trip.DtStart.AsUtc, trip.DtEnd!.AsUtc));
    }

    [Fact]
    public async Task A_visit_is_at_its_time_in_the_zone_of_its_place()
    {
        var feed = await FeedAsync("/calendar.ics?from=2023-07-06&to=2023-07-06");
        var visit = feed.Events.Single(e => e.Uid!.StartsWith("trip/gwanak-california-2023/visit/1@", StringComparison.Ordinal));
        Assert.Equal(("America/Los_Angeles", new DateTime(2023, 7, 6, 17, 0, 0, DateTimeKind.Utc)), (visit.DtStart!.TzId, visit.DtStart.AsUtc));
    }

    [Fact]
    public async Task Every_zone_an_entry_names_is_defined()
    {
        var feed = await FeedAsync("/calendar.ics?from=2023-06-01&to=2023-12-31");
        var named = feed.Events.SelectMany(e => new[] { e.DtStart, e.DtEnd }).Where(d => d is { HasTime: true }).Select(d => d!.TzId).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["America/Los_Angeles", "Asia/Seoul"], named);
        Assert.Equal(named, feed.TimeZones.Select(z => z.TzId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_recurring_event_takes_the_announced_days_of_its_edition()
    {
        var feed = await FeedAsync("/calendar.ics?from=2023-06-01&to=2023-12-31&culture=en");
        var convention = feed.Events.Single(e => e.Uid!.StartsWith("event/world-korean-business-convention/2023@", StringComparison.Ordinal));
        Assert.Equal(
            (false, new DateOnly(2023, 10, 11), new DateOnly(2023, 10, 15), "CONFIRMED"),
            (convention.DtStart!.HasTime, convention.DtStart.Date, convention.DtEnd!.Date, convention.Status));
    }

    [Fact]
    public async Task A_year_without_an_announced_edition_is_tentative_on_the_days_of_its_rule()
    {
        var feed = await FeedAsync("/calendar.ics?from=2024-01-01&to=2024-12-31&culture=en");
        var expected = feed.Events.Single(e => e.Uid!.StartsWith("event/world-korean-business-convention/2024@", StringComparison.Ordinal));
        Assert.Equal(("TENTATIVE", "Event (expected)"), (expected.Status, expected.Categories.Single()));
    }

    [Fact]
    public async Task A_notice_deadline_is_a_whole_day_linking_to_its_agreement()
    {
        var feed = await FeedAsync("/calendar.ics?from=2023-08-23&to=2024-08-22&culture=en");
        var deadline = feed.Events.Single(e => e.Uid!.StartsWith("notice-deadline/mou-2023-kaccoc-gwanak-chambers/", StringComparison.Ordinal));
        Assert.Equal(
            (new DateOnly(2024, 7, 15), new DateOnly(2024, 7, 16), "/agreements/mou-2023-kaccoc-gwanak-chambers"),
            (deadline.DtStart!.Date, deadline.DtEnd!.Date, deadline.Url!.AbsolutePath));
    }

    [Fact]
    public async Task The_feed_is_in_korean_by_default()
    {
        var feed = await FeedAsync("/calendar.ics?from=2023-06-01&to=2023-12-31");
        Assert.Contains(feed.Events, e => e.Summary == "관악구 대표단 미국 캘리포니아주 공무국외출장");
    }

    [Theory]
    [InlineData("/calendar.ics?from=2024-01-01&to=2023-01-01")]
    [InlineData("/calendar.ics?from=2020-01-01&to=2024-01-01")]
    [InlineData("/calendar.ics?from=soon")]
    public async Task A_range_the_feed_cannot_give_is_a_bad_request(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<Calendar> FeedAsync(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal((HttpStatusCode.OK, "text/calendar"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        return Calendar.Load(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }
}

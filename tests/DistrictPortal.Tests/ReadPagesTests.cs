using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace DistrictPortal.Tests;

/// <summary>
/// The read pages (governance, the promotion zone, facilities, funds, trips, city partnerships, the calendar) on the Gwanak
/// document: the right answer for the day of the link, in Korean by default and in English when asked, and a clear 404 or
/// 400 for an address they cannot answer.
/// </summary>
public sealed partial class ReadPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/governance")]
    [InlineData("/governance/gwanak-innovation-council")]
    [InlineData("/zone")]
    [InlineData("/facilities")]
    [InlineData("/funds")]
    [InlineData("/trips")]
    [InlineData("/trips/gwanak-california-2023")]
    [InlineData("/partnerships")]
    [InlineData("/calendar")]
    public async Task A_read_page_answers_in_korean(string path)
    {
        var html = await GetAsync(path);
        Assert.Contains("<html lang=\"ko\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/governance", "Governance")]
    [InlineData("/governance/gwanak-innovation-council", "Seats by sector")]
    [InlineData("/zone", "Designation criteria on 2023-08-23")]
    [InlineData("/facilities", "Occupancy rate")]
    [InlineData("/funds", "Remaining to invest")]
    [InlineData("/trips", "Overseas trips")]
    [InlineData("/trips/gwanak-california-2023", "Day by day")]
    [InlineData("/partnerships", "Quiet over two years")]
    [InlineData("/calendar", "Renewal notice deadlines, recurring events")]
    public async Task A_read_page_answers_in_english_when_asked(string path, string text)
    {
        var html = await GetAsync(path + "?culture=en");
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/governance?date=2023-13-01")]
    [InlineData("/zone?date=yesterday")]
    [InlineData("/facilities?date=2023-02-30")]
    [InlineData("/funds?date=23-08-23")]
    [InlineData("/trips?date=x")]
    [InlineData("/partnerships?date=2023/08/23")]
    [InlineData("/calendar?from=soon")]
    public async Task A_date_that_is_not_a_date_is_a_bad_request(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_date_is_named_with_the_form_dates_take()
    {
        var html = await GetAsync("/zone?culture=en&date=yesterday", HttpStatusCode.BadRequest);
        Assert.Contains("The date 'yesterday' is not a date: write dates as yyyy-MM-dd", html, StringComparison.Ordinal);
    }

    // Governance

    [Fact]
    public async Task The_governance_list_shows_the_council_from_its_establishment()
    {
        var before = await GetAsync("/governance?culture=en&date=2022-12-31");
        var after = await GetAsync("/governance?culture=en&date=2023-01-01");
        Assert.Equal((false, true), (before.Contains("Gwanak S-Valley innovation council", StringComparison.Ordinal), after.Contains("Gwanak S-Valley innovation council", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_council_lists_its_members_by_organisation_and_role()
    {
        var html = await GetAsync("/governance/gwanak-innovation-council?culture=en&date=2023-08-23");
        Assert.Contains("Member (illustrative)", RowWith(html, "Gwanak Chamber of Commerce"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_council_is_not_balanced_under_the_default_policy()
    {
        var html = await GetAsync("/governance/gwanak-innovation-council?culture=en&date=2023-08-23");
        Assert.Contains("Missing: Civil society, Research.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_council_has_no_seats_before_it_was_established()
    {
        var html = await GetAsync("/governance/gwanak-innovation-council?culture=en&date=2022-06-01");
        Assert.Contains("0 on 2022-06-01", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_council_shows_who_joined_between_two_days()
    {
        var html = await GetAsync("/governance/gwanak-innovation-council?culture=en&since=2022-12-31&date=2023-08-23");
        Assert.Equal(4, Regex.Count(html, "<td>Joined</td>"));
    }

    [Fact]
    public async Task An_unknown_governance_body_is_not_found()
    {
        using var response = await portal.CreateClient().GetAsync("/governance/no-such-council", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_governance_id_with_characters_no_id_has_is_a_bad_request()
    {
        using var response = await portal.CreateClient().GetAsync("/governance/no%20such", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Changes_since_a_day_after_the_day_are_a_bad_request()
    {
        using var response = await portal.CreateClient().GetAsync("/governance/gwanak-innovation-council?since=2024-01-01&date=2023-08-23", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // The promotion zone

    [Fact]
    public async Task The_zone_is_requested_before_its_designation_and_designated_from_2022_01_10()
    {
        var before = await GetAsync("/zone?date=2022-01-09");
        var after = await GetAsync("/zone?date=2022-01-10");
        Assert.Equal((true, true), (before.Contains("status-Requested", StringComparison.Ordinal), after.Contains("status-Designated", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_zone_shows_the_three_designation_criteria()
    {
        var html = await GetAsync("/zone?date=2022-01-10");
        Assert.Equal(3, Regex.Matches(html, "<code>ZON-10[123]</code>").Count);
    }

    [Fact]
    public async Task The_zone_meets_every_criterion_on_its_designation_day()
    {
        var html = await GetAsync("/zone?culture=en&date=2022-01-10");
        Assert.Contains("Verdict: every criterion is met.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_venture_company_in_the_zone_gets_a_375_percent_tax_reduction_in_2023()
    {
        var html = await GetAsync("/zone?culture=en&date=2023-08-23");
        Assert.Contains("37.5% reduction", RowWith(html, "Acquisition tax reduction"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_incentive_applies_before_the_designation()
    {
        var html = await GetAsync("/zone?culture=en&date=2021-12-01");
        Assert.Contains("The zone is not designated on the day, so no incentive applies.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_zone_names_its_legal_dongs_from_the_registry()
    {
        var html = await GetAsync("/zone?date=2023-08-23");
        Assert.Contains("신림동 (1162010200)", html, StringComparison.Ordinal);
    }

    // Facilities

    [Fact]
    public async Task The_startup_centre_is_three_quarters_full_in_2022_and_less_after_a_tenant_left()
    {
        var before = await GetAsync("/facilities?culture=en&date=2022-06-01");
        var after = await GetAsync("/facilities?culture=en&date=2023-08-23");
        Assert.Equal((true, true), (RowWith(before, "Gwanak S-Valley Startup Centre").Contains(">15</td>", StringComparison.Ordinal), RowWith(after, "Gwanak S-Valley Startup Centre").Contains(">14</td>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_startup_centre_shows_its_occupancy_rate()
    {
        var html = await GetAsync("/facilities?culture=en&date=2023-08-23");
        Assert.Contains("70%", RowWith(html, "Gwanak S-Valley Startup Centre"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_facility_is_open_before_the_first_opened()
    {
        var html = await GetAsync("/facilities?culture=en&date=2017-01-01");
        Assert.Contains("16 facilities opened after the day are not shown.", html, StringComparison.Ordinal);
    }

    // Funds

    [Fact]
    public async Task The_startup_fund_has_half_a_billion_invested_on_the_article_day()
    {
        var html = await GetAsync("/funds?culture=en&date=2023-08-23");
        Assert.Contains("KRW 500 million", RowWith(html, "<th>Invested</th>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_startup_fund_had_nothing_invested_before_its_first_investment()
    {
        var html = await GetAsync("/funds?culture=en&date=2022-03-01");
        Assert.Contains("KRW 20 billion", RowWith(html, "<th>Remaining to invest</th>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_s_valley_fund_is_shown_from_its_establishment()
    {
        var before = await GetAsync("/funds?culture=en&date=2023-02-28");
        var after = await GetAsync("/funds?culture=en&date=2023-03-01");
        Assert.Equal((false, true), (before.Contains("Gwanak S-Valley company fund", StringComparison.Ordinal), after.Contains("Gwanak S-Valley company fund", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_fund_shows_its_term_counted_as_the_civil_code_counts()
    {
        var html = await GetAsync("/funds?culture=en&date=2023-08-23");
        Assert.Contains("2021-01-04 to 2029-01-03", html, StringComparison.Ordinal);
    }

    // Trips

    [Fact]
    public async Task The_trips_list_shows_the_length_in_nights_and_days()
    {
        var html = await GetAsync("/trips");
        Assert.Contains("7박 9일", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trip_is_under_way_on_a_day_of_it()
    {
        var html = await GetAsync("/trips?culture=en&date=2023-07-08");
        Assert.Contains("status-UnderWay", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trip_report_is_day_by_day_in_english()
    {
        var html = await GetAsync("/trips/gwanak-california-2023?culture=en");
        Assert.Contains("Day 9, 2023-07-13 (Thu)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trip_report_is_day_by_day_in_korean()
    {
        var html = await GetAsync("/trips/gwanak-california-2023");
        Assert.Contains("1일차 2023-07-05 (수)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trip_shows_its_length_in_english()
    {
        var html = await GetAsync("/trips/gwanak-california-2023?culture=en");
        Assert.Contains("7 nights, 9 days", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_delegation_is_shown_by_role()
    {
        var html = await GetAsync("/trips/gwanak-california-2023?culture=en");
        Assert.Contains("District Mayor (Gwanak-gu Office)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/trips/gwanak-california-2023", "박준희")]
    [InlineData("/trips/gwanak-california-2023?culture=en", "Park Jun-hee")]
    [InlineData("/trips?culture=en", "Park Jun-hee")]
    [InlineData("/calendar?from=2023-07-01&to=2023-08-31", "박준희")]
    public async Task No_person_is_named(string path, string name)
    {
        var html = await GetAsync(path);
        Assert.DoesNotContain(name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_trip_is_not_found()
    {
        using var response = await portal.CreateClient().GetAsync("/trips/no-such-trip", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_trip_says_so()
    {
        var html = await GetAsync("/trips/no-such-trip?culture=en", HttpStatusCode.NotFound);
        Assert.Contains("The district has no such trip.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trip_id_with_characters_no_id_has_is_a_bad_request()
    {
        using var response = await portal.CreateClient().GetAsync("/trips/no%20such", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // City partnerships

    [Fact]
    public async Task Cupertino_is_a_friendship_city_from_its_agreement()
    {
        var before = await GetAsync("/partnerships?culture=en&date=2023-03-14");
        var after = await GetAsync("/partnerships?culture=en&date=2023-03-15");
        Assert.Equal((true, true), (RowWith(before, "Cupertino").Contains("status-Exploring", StringComparison.Ordinal), RowWith(after, "Cupertino").Contains("status-FriendshipCity", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Fullerton_is_shown_from_the_delegations_visit()
    {
        var before = await GetAsync("/partnerships?culture=en&date=2023-07-10");
        var after = await GetAsync("/partnerships?culture=en&date=2023-07-11");
        Assert.Equal((false, true), (before.Contains("Fullerton", StringComparison.Ordinal), after.Contains("Fullerton", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Fullertons_last_activity_on_the_day_is_the_visit_to_gwanak()
    {
        var html = await GetAsync("/partnerships?culture=en&date=2023-08-23");
        Assert.Contains("2023-07-24 · Activity", RowWith(html, "Fullerton"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fullerton_is_quiet_once_two_years_from_its_last_activity_have_run()
    {
        var before = await GetAsync("/partnerships?culture=en&date=2025-07-24");
        var after = await GetAsync("/partnerships?culture=en&date=2025-07-25");
        Assert.Equal((false, true), (RowWith(before, "Fullerton").Contains("status-no", StringComparison.Ordinal), RowWith(after, "Fullerton").Contains("status-no", StringComparison.Ordinal)));
    }

    // The calendar

    [Fact]
    public async Task The_calendar_shows_the_next_90_days_by_default()
    {
        var html = await GetAsync("/calendar?culture=en");
        Assert.Contains("2023-08-23 to 2023-11-21", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_shows_the_announced_edition_of_the_convention()
    {
        var html = await GetAsync("/calendar?culture=en");
        Assert.Contains("21st, 2023-10-11/2023-10-14, Anaheim Convention Center", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_shows_the_rules_days_for_a_year_not_yet_announced()
    {
        var html = await GetAsync("/calendar?culture=en&from=2024-09-01&to=2024-11-30");
        Assert.Contains("Event (expected)", RowWith(html, "World Korean Business Convention"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_shows_a_cancelled_edition_with_its_reason()
    {
        var html = await GetAsync("/calendar?culture=en&from=2020-01-01&to=2020-12-31");
        Assert.Contains("COVID-19", RowWith(html, "Event (cancelled)"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_shows_the_last_notice_day_before_the_trilateral_mous_renewal()
    {
        var html = await GetAsync("/calendar?culture=en&from=2024-07-01&to=2024-07-31");
        Assert.Contains("2024-07-15 (Mon)", RowWith(html, "Notice deadline"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_shows_a_notice_deadline_of_an_agreement_signed_after_the_first_day_shown()
    {
        var html = await GetAsync("/calendar?culture=en&from=2023-06-01&to=2024-07-31");
        Assert.Contains(TableRow().Matches(html).Select(m => m.Value), row => row.Contains("Notice deadline", StringComparison.Ordinal) && row.Contains("2024-07-15 (Mon)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/?culture=en&date=9999-12-31", "date 9999-12-31")]
    [InlineData("/calendar?culture=en&from=9999-12-01&to=9999-12-31", "from 9999-12-01")]
    [InlineData("/agreements?culture=en&date=0001-01-01", "date 0001-01-01")]
    public async Task A_day_at_the_ends_of_the_calendar_is_a_bad_request(string path, string named)
    {
        var response = await portal.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal((HttpStatusCode.BadRequest, true), (response.StatusCode, html.Contains($"The {named} is outside the days the portal answers for", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_calendar_shows_the_trip_in_its_days()
    {
        var html = await GetAsync("/calendar?culture=en&from=2023-07-01&to=2023-07-31");
        Assert.Contains("7 nights, 9 days", RowWith(html, "Overseas trip"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_answers_for_days_before_any_agreement_was_drafted()
    {
        using var response = await portal.CreateClient().GetAsync("/calendar?from=2019-01-01&to=2019-12-31", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_calendar_ending_before_it_starts_is_a_bad_request()
    {
        using var response = await portal.CreateClient().GetAsync("/calendar?from=2023-09-01&to=2023-08-01", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_calendar_longer_than_three_years_is_a_bad_request()
    {
        var html = await GetAsync("/calendar?culture=en&from=2020-01-01&to=2024-12-31", HttpStatusCode.BadRequest);
        Assert.Contains("A range is at most 1100 days; 2020-01-01 to 2024-12-31 is 1827 days.", html, StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await portal.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        // Razor writes Korean as character references: the tests read the text a browser shows.
        string html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return response.StatusCode == expected ? html : throw new HttpRequestException($"{path} answered {(int)response.StatusCode}, not {(int)expected}.");
    }

    /// <summary>The table row holding a text, or nothing.</summary>
    private static string RowWith(string html, string text)
        => TableRow().Matches(html).Select(m => m.Value).FirstOrDefault(row => row.Contains(text, StringComparison.Ordinal)) ?? string.Empty;

    [GeneratedRegex("(?s)<tr[ >].*?</tr>")]
    private static partial Regex TableRow();
}

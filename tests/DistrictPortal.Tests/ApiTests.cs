using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace DistrictPortal.Tests;

/// <summary>
/// The public JSON API under /api on the Gwanak document: organisations, agreements (filtered and paged like the page), an
/// agreement's status on a day and the scorecard, written as the JSON package writes them; a bad id or date is a 400, a
/// record the district does not hold a 404, each as problem details.
/// </summary>
public sealed class ApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_organisations_are_listed_with_their_names_in_both_languages()
    {
        using var json = await GetJsonAsync("/api/organizations");
        var office = json.RootElement.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "gwanak-gu-office");
        Assert.Equal(("관악구청", "public"), (office.GetProperty("name").GetProperty("ko").GetString(), office.GetProperty("sector").GetString()));
    }

    [Fact]
    public async Task The_agreements_are_filtered_by_party_kind_and_status_on_the_day()
    {
        using var json = await GetJsonAsync("/api/agreements?date=2024-07-11&party=gwanak-gu-office&kind=memorandum-of-understanding&status=in-force");
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        var mou = items.Single(a => a.GetProperty("id").GetString() == "mou-2023-gwanak-kaccoc");
        Assert.Equal(
            ("2024-07-11", "in-force", "active", "2023-07-11", "memorandum-of-understanding"),
            (json.RootElement.GetProperty("date").GetString(), mou.GetProperty("status").GetString(), mou.GetProperty("ocdsStatus").GetString(), mou.GetProperty("effectiveDate").GetString(), mou.GetProperty("kind").GetString()));
        Assert.All(items, a => Assert.Contains("gwanak-gu-office", a.GetProperty("parties").EnumerateArray().Select(p => p.GetString())));
    }

    [Fact]
    public async Task A_status_filter_leaves_out_the_agreements_in_another_status()
    {
        using var json = await GetJsonAsync("/api/agreements?date=2026-07-11&status=in-force");
        Assert.DoesNotContain("mou-2023-gwanak-kaccoc", json.RootElement.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_list_counts_every_page_and_a_page_after_the_last_is_empty()
    {
        using var first = await GetJsonAsync("/api/agreements?date=2024-07-11");
        int count = first.RootElement.GetProperty("count").GetInt32();
        using var after = await GetJsonAsync("/api/agreements?date=2024-07-11&page=2");
        Assert.Equal(
            (true, 1, 50, count, 0),
            (count > 0, first.RootElement.GetProperty("pages").GetInt32(), first.RootElement.GetProperty("pageSize").GetInt32(), after.RootElement.GetProperty("count").GetInt32(), after.RootElement.GetProperty("items").GetArrayLength()));
    }

    [Theory]
    [InlineData("/api/agreements?date=2023-02-30", "date")]
    [InlineData("/api/agreements?date=yesterday", "date")]
    [InlineData("/api/agreements?party=no%20such", "party")]
    [InlineData("/api/agreements?status=3", "status")]
    [InlineData("/api/agreements?kind=treaty", "kind")]
    [InlineData("/api/agreements?page=0", "page")]
    [InlineData("/api/agreements?page=two", "page")]
    [InlineData("/api/agreements/mou-2023-gwanak-kaccoc/status?date=2024-7-11", "date")]
    [InlineData("/api/agreements/no%20such/status", "id")]
    [InlineData("/api/scorecard?date=2023-08-32", "date")]
    public async Task A_value_that_does_not_parse_is_a_bad_request_naming_it(string path, string name)
    {
        using var response = await portal.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        using var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.RootElement.GetProperty("errors").EnumerateObject(), e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_agreement_answers_its_status_on_a_day()
    {
        using var inForce = await GetJsonAsync("/api/agreements/mou-2023-gwanak-kaccoc/status?date=2024-07-11");
        using var expired = await GetJsonAsync("/api/agreements/mou-2023-gwanak-kaccoc/status?date=2026-07-11");
        Assert.Equal(
            ("in-force", "active", "2025-07-10", "expired", "terminated", "terminatedSuccessfully"),
            (inForce.RootElement.GetProperty("status").GetString(), inForce.RootElement.GetProperty("ocdsStatus").GetString(), inForce.RootElement.GetProperty("expiryDate").GetString(),
             expired.RootElement.GetProperty("status").GetString(), expired.RootElement.GetProperty("ocdsStatus").GetString(), expired.RootElement.GetProperty("ocdsFinalStatus").GetString()));
    }

    [Fact]
    public async Task An_agreement_without_a_day_answers_for_today_in_the_district()
    {
        using var json = await GetJsonAsync("/api/agreements/mou-2023-gwanak-kaccoc/status");
        Assert.Equal("2023-08-23", json.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public async Task An_agreement_the_district_does_not_hold_is_not_found()
    {
        using var response = await portal.CreateClient().GetAsync("/api/agreements/no-such-agreement/status", TestContext.Current.CancellationToken);
        using var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no-such-agreement", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agreement_has_no_status_before_it_was_drafted()
    {
        using var response = await portal.CreateClient().GetAsync("/api/agreements/mou-2023-gwanak-kaccoc/status?date=2023-06-14", TestContext.Current.CancellationToken);
        using var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("2023-06-15", problem.RootElement.GetProperty("draftedOn").GetString());
    }

    [Fact]
    public async Task An_address_no_endpoint_answers_is_a_problem_not_a_page()
    {
        using var response = await portal.CreateClient().GetAsync("/api/no-such-thing", TestContext.Current.CancellationToken);
        using var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_scorecard_gives_each_indicator_its_latest_value_on_the_day()
    {
        using var json = await GetJsonAsync("/api/scorecard?date=2023-08-23");
        var values = json.RootElement.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("indicators").EnumerateArray()).ToArray();
        Assert.Equal(("2023-08-23", true), (json.RootElement.GetProperty("date").GetString(), values.Length > 0));
        Assert.All(values, v => Assert.True(string.CompareOrdinal(v.GetProperty("date").GetString(), "2023-08-23") <= 0));
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body);
    }

    internal static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body);
    }
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Tests;

/// <summary>
/// An exchange programme's page: what it is and how many take part on a day, counts only for the public; officers enrol
/// participants. Each test that enrols someone uses a period of its own, so the counts of one do not reach another.
/// </summary>
public sealed class ExchangeProgramPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Page = "/exchange-programs/oc-internship-2024";

    private static Dictionary<string, string> Enrolment(string date, string korean, string english, string sentBy, string start, string end)
        => new() { ["Enrolment.Date"] = date, ["Enrolment.NameKorean"] = korean, ["Enrolment.NameEnglish"] = english, ["Enrolment.SentBy"] = sentBy, ["Enrolment.Start"] = start, ["Enrolment.End"] = end };

    [Fact]
    public async Task The_page_shows_the_programme_in_english_when_asked()
    {
        using var browser = new PortalBrowser(portal);
        Assert.Contains("<h1>Orange County overseas internship</h1>", await browser.GetAsync(Page + "?culture=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_it_opens_the_page_says_so()
    {
        using var browser = new PortalBrowser(portal);
        Assert.Contains("Not yet open on the day (it opens on 2024-01-01).", await browser.GetAsync(Page + "?culture=en&date=2023-08-23"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_programme_is_not_found()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.GetResponseAsync("/exchange-programs/moon-internship");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_date_is_a_bad_request()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.GetResponseAsync(Page + "?date=next-week");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_public_sees_no_form()
    {
        using var browser = new PortalBrowser(portal);
        Assert.DoesNotContain("handler=Enrol", await browser.GetAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enrolment_is_counted_on_the_days_of_its_period()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync(Page);
        (await officer.PostAsync(Page + "?handler=Enrol", Enrolment("2024-01-05", "김철수", "Kim Chul-soo", "gwanak-chamber-of-commerce", "2024-02-01", "2024-02-29"))).Dispose();
        using var anonymous = new PortalBrowser(portal);
        Assert.Contains("<div class=\"figure\">1 / 5</div>", await anonymous.GetAsync(Page + "?date=2024-02-10"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participants_name_never_appears_on_the_public_page()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync(Page);
        (await officer.PostAsync(Page + "?handler=Enrol", Enrolment("2024-01-05", "박민수", "Park Min-su", "gwanak-small-business-federation", "2024-04-01", "2024-04-30"))).Dispose();
        using var anonymous = new PortalBrowser(portal);
        string korean = await anonymous.GetAsync(Page + "?date=2024-04-10");
        string english = await anonymous.GetAsync(Page + "?date=2024-04-10&culture=en");
        Assert.DoesNotMatch("박민수|Park Min-su", korean + english);
    }

    [Fact]
    public async Task An_officer_sees_the_participants_they_manage()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync(Page);
        (await officer.PostAsync(Page + "?handler=Enrol", Enrolment("2024-01-05", "이영희", string.Empty, string.Empty, "2024-06-01", "2024-06-30"))).Dispose();
        Assert.Contains("<td>이영희</td>", await officer.GetAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officers_page_is_not_kept_by_caches()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        using var response = await officer.GetResponseAsync(Page);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task An_enrolment_recorded_before_the_programme_opened_is_refused_with_its_rule()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync(Page);
        using var response = await officer.PostAsync(Page + "?handler=Enrol", Enrolment("2023-08-23", "최지원", string.Empty, string.Empty, "2024-01-08", "2024-01-31"));
        Assert.Contains($"<span class=\"rule\">{ExchangeProgramRules.EventBeforeLastEvent}</span>", await PortalBrowser.TextOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_enrolment_stores_nothing()
    {
        int before = await VersionOfAsync();
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync(Page);
        (await officer.PostAsync(Page + "?handler=Enrol", Enrolment("2023-08-23", "최지원", string.Empty, string.Empty, "2024-01-08", "2024-01-31"))).Dispose();
        Assert.Equal(before, await VersionOfAsync());
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_a_bad_request()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync(Page);
        using var response = await officer.PostAsync(Page + "?handler=Enrol", Enrolment("2024-01-05", "최지원", string.Empty, string.Empty, "2024-03-01", "2024-02-01"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_enrolment_is_sent_to_sign_in()
    {
        using var browser = new PortalBrowser(portal);
        await browser.GetAsync("/sign-in");
        using var response = await browser.PostAsync(Page + "?handler=Enrol", new Dictionary<string, string>(Enrolment("2024-01-05", "익명", string.Empty, string.Empty, "2024-08-01", "2024-08-31")) { ["Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<int> VersionOfAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var program = await scope.ServiceProvider.GetRequiredService<DistrictStore>().FindExchangeProgramAsync(new ExchangeProgramId("oc-internship-2024"), TestContext.Current.CancellationToken);
        return program!.Version;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Tests;

/// <summary>
/// A city partnership's page: public and read-only for everyone, with the activity form for officers; refusals, changes
/// made meanwhile by another officer, anonymous and forged posts store nothing. Each test writes on a partnership of its own.
/// </summary>
public sealed class PartnershipPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Activity(string date, string description)
        => new() { ["Activity.Date"] = date, ["Activity.Description"] = description };

    [Fact]
    public async Task The_page_shows_the_stage_on_the_day_of_the_link()
    {
        using var browser = new PortalBrowser(portal);
        var html = await browser.GetAsync("/partnerships/gwanak-cupertino?culture=en&date=2023-03-15");
        Assert.Contains("stage-FriendshipCity", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_the_stage_before_a_later_move()
    {
        using var browser = new PortalBrowser(portal);
        var html = await browser.GetAsync("/partnerships/gwanak-cupertino?culture=en&date=2023-03-14");
        Assert.Contains("stage-Exploring", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_answers_in_english_when_asked()
    {
        using var browser = new PortalBrowser(portal);
        Assert.Contains("City partnership: Fullerton", await browser.GetAsync("/partnerships/gwanak-fullerton?culture=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_partnership_is_not_found()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.GetResponseAsync("/partnerships/gwanak-atlantis");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_id_is_a_bad_request()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.GetResponseAsync("/partnerships/gwanak!fullerton");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_date_is_a_bad_request()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.GetResponseAsync("/partnerships/gwanak-fullerton?date=2023-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_public_sees_no_form()
    {
        using var browser = new PortalBrowser(portal);
        Assert.DoesNotContain("handler=Activity", await browser.GetAsync("/partnerships/gwanak-fullerton"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_sees_the_activity_form()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        Assert.Contains("handler=Activity", await officer.GetAsync("/partnerships/gwanak-fullerton"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recorded_activity_appears_on_the_page()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/partnerships/gwanak-fullerton");
        (await officer.PostAsync("/partnerships/gwanak-fullerton?handler=Activity", Activity("2023-08-23", "Letters on a trade desk exchanged with the city hall"))).Dispose();
        Assert.Contains("Letters on a trade desk exchanged with the city hall", await officer.GetAsync("/partnerships/gwanak-fullerton"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_before_the_last_event_is_refused_with_the_rule_and_its_meaning()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/partnerships/gwanak-cupertino");
        using var response = await officer.PostAsync("/partnerships/gwanak-cupertino?handler=Activity", Activity("2023-07-01", "A call"));
        var html = await PortalBrowser.TextOf(response);
        Assert.Contains($"{PartnershipRules.EventBeforeLastEvent}</span> {RuleCatalog.Find(PartnershipRules.EventBeforeLastEvent)!.Meaning.Korean}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_in_english_gives_the_models_message()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/partnerships/gwanak-cupertino?culture=en");
        using var response = await officer.PostAsync("/partnerships/gwanak-cupertino?handler=Activity&culture=en", Activity("2023-07-01", "A call"));
        Assert.Contains("the last recorded event is of 2023-07-06. Events are recorded in date order.", await PortalBrowser.TextOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_activity_is_answered_as_unprocessable()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/partnerships/gwanak-cupertino");
        using var response = await officer.PostAsync("/partnerships/gwanak-cupertino?handler=Activity", Activity("2023-07-01", "A call"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_refused_activity_stores_nothing()
    {
        int before = await VersionOfAsync("gwanak-cupertino");
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/partnerships/gwanak-cupertino");
        (await officer.PostAsync("/partnerships/gwanak-cupertino?handler=Activity", Activity("2023-07-01", "A call"))).Dispose();
        Assert.Equal(before, await VersionOfAsync("gwanak-cupertino"));
    }

    [Fact]
    public async Task An_empty_description_is_shown_on_its_field()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/partnerships/gwanak-cupertino?culture=en");
        using var response = await officer.PostAsync("/partnerships/gwanak-cupertino?handler=Activity&culture=en", Activity("2023-08-23", " "));
        Assert.Contains("data-valmsg-for=\"Activity.Description\" data-valmsg-replace=\"true\">Required.</span>", await PortalBrowser.TextOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_officer_saving_from_the_same_version_is_told_the_record_changed_meanwhile()
    {
        using var first = await PortalBrowser.OfficerAsync(portal);
        using var second = await PortalBrowser.OfficerAsync(portal);
        await first.GetAsync("/partnerships/gwanak-san-francisco?culture=en");
        await second.GetAsync("/partnerships/gwanak-san-francisco?culture=en");
        (await first.PostAsync("/partnerships/gwanak-san-francisco?handler=Activity", Activity("2023-08-23", "Call with the protocol office"))).Dispose();
        using var response = await second.PostAsync("/partnerships/gwanak-san-francisco?handler=Activity&culture=en", Activity("2023-08-23", "Letter from the mayor's office"));
        Assert.Equal((HttpStatusCode.Conflict, true), (response.StatusCode, (await PortalBrowser.TextOf(response)).Contains("Another officer changed this record meanwhile: reload and check it.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_first_of_two_saves_from_the_same_version_is_stored_once_and_the_second_not_at_all()
    {
        using var first = await PortalBrowser.OfficerAsync(portal);
        using var second = await PortalBrowser.OfficerAsync(portal);
        await first.GetAsync("/partnerships/gwanak-san-francisco");
        await second.GetAsync("/partnerships/gwanak-san-francisco");
        (await first.PostAsync("/partnerships/gwanak-san-francisco?handler=Activity", Activity("2023-08-23", "Protocol call (first)"))).Dispose();
        (await second.PostAsync("/partnerships/gwanak-san-francisco?handler=Activity", Activity("2023-08-23", "Protocol call (second)"))).Dispose();
        var descriptions = await ActivitiesOfAsync("gwanak-san-francisco");
        Assert.Equal((1, 0), (descriptions.FindAll(d => d == "Protocol call (first)").Count, descriptions.FindAll(d => d == "Protocol call (second)").Count));
    }

    [Fact]
    public async Task The_second_officer_keeps_what_they_typed()
    {
        using var first = await PortalBrowser.OfficerAsync(portal);
        using var second = await PortalBrowser.OfficerAsync(portal);
        await first.GetAsync("/partnerships/gwanak-san-francisco");
        await second.GetAsync("/partnerships/gwanak-san-francisco");
        (await first.PostAsync("/partnerships/gwanak-san-francisco?handler=Activity", Activity("2023-08-23", "Visit planning (first)"))).Dispose();
        using var response = await second.PostAsync("/partnerships/gwanak-san-francisco?handler=Activity", Activity("2023-08-23", "Visit planning (kept)"));
        Assert.Contains(">\nVisit planning (kept)</textarea>", (await PortalBrowser.TextOf(response)).Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_post_is_sent_to_sign_in()
    {
        using var browser = new PortalBrowser(portal);
        await browser.GetAsync("/sign-in");
        using var response = await browser.PostAsync("/partnerships/gwanak-fullerton?handler=Activity", Activity("2023-08-23", "Anonymous"));
        Assert.StartsWith("http://localhost/sign-in?ReturnUrl=%2Fpartnerships%2Fgwanak-fullerton", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_post_stores_nothing()
    {
        int before = await VersionOfAsync("gwanak-fullerton");
        using var browser = new PortalBrowser(portal);
        await browser.GetAsync("/sign-in");
        (await browser.PostAsync("/partnerships/gwanak-fullerton?handler=Activity", Activity("2023-08-23", "Anonymous"))).Dispose();
        Assert.Equal(before, await VersionOfAsync("gwanak-fullerton"));
    }

    [Fact]
    public async Task An_officers_post_without_an_antiforgery_token_is_refused()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/partnerships/gwanak-fullerton");
        using var response = await officer.PostAsync("/partnerships/gwanak-fullerton?handler=Activity", Activity("2023-08-23", "Forged"), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_officers_post_without_an_antiforgery_token_stores_nothing()
    {
        int before = await VersionOfAsync("gwanak-fullerton");
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/partnerships/gwanak-fullerton");
        (await officer.PostAsync("/partnerships/gwanak-fullerton?handler=Activity", Activity("2023-08-23", "Forged"), withToken: false)).Dispose();
        Assert.Equal(before, await VersionOfAsync("gwanak-fullerton"));
    }

    private async Task<int> VersionOfAsync(string id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var partnership = await scope.ServiceProvider.GetRequiredService<DistrictStore>().FindCityPartnershipAsync(new PartnershipId(id), TestContext.Current.CancellationToken);
        return partnership!.Version;
    }

    private async Task<List<string>> ActivitiesOfAsync(string id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var partnership = await scope.ServiceProvider.GetRequiredService<DistrictStore>().FindCityPartnershipAsync(new PartnershipId(id), TestContext.Current.CancellationToken);
        return partnership!.History.OfType<PartnershipActivityRecorded>().Select(a => a.Description).ToList();
    }
}

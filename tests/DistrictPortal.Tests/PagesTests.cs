using System;
using System.Threading.Tasks;

namespace DistrictPortal.Tests;

/// <summary>Every page answers, in Korean by default and in English when asked.</summary>
public sealed class PagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/organizations")]
    [InlineData("/agreements")]
    [InlineData("/agreements/mou-2023-gwanak-kaccoc")]
    public async Task A_page_answers_in_korean(string path)
    {
        var html = await portal.CreateClient().GetStringAsync(path, TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"ko\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_answers_in_english_when_asked()
    {
        var html = await portal.CreateClient().GetStringAsync("/?culture=en", TestContext.Current.CancellationToken);
        Assert.Contains("Innovation district at a glance", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreements_list_shows_an_agreements_status_on_the_day_of_the_link()
    {
        var client = portal.CreateClient();
        var before = await client.GetStringAsync("/agreements?culture=en&date=2023-07-01", TestContext.Current.CancellationToken);
        var after = await client.GetStringAsync("/agreements?culture=en&date=2024-07-11", TestContext.Current.CancellationToken);
        Assert.Equal((false, true), (before.Contains("status-InForce", StringComparison.Ordinal), after.Contains("status-InForce", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_agreement_is_not_found_and_the_page_says_so_in_korean()
    {
        var response = await portal.CreateClient().GetAsync("/agreements/no-such-agreement", TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal((System.Net.HttpStatusCode.NotFound, true), (response.StatusCode, html.Contains("요청한 페이지나 기록이 없습니다", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_address_is_not_found_and_the_page_says_so_in_english_when_asked()
    {
        var response = await portal.CreateClient().GetAsync("/no-such-page?culture=en", TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal((System.Net.HttpStatusCode.NotFound, true), (response.StatusCode, html.Contains("There is no such page or record", StringComparison.Ordinal)));
    }
}

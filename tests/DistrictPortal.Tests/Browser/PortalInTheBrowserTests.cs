using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace DistrictPortal.Tests.Browser;

/// <summary>What a visitor does in a real browser: read the dashboard, switch the language, move the date, download the calendar.</summary>
public sealed class PortalInTheBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task The_dashboard_opens_in_korean()
    {
        var page = await portal.OpenAsync("/");
        Assert.Equal("혁신지구 현황", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task The_language_switch_shows_the_dashboard_in_english_and_the_choice_stays_on_the_next_page()
    {
        var page = await portal.OpenAsync("/");
        await page.Locator("a.language").ClickAsync();
        await page.Locator("nav.menu a[href='/agreements']").ClickAsync();
        Assert.Equal(("en", "Agreements"), (await page.Locator("html").GetAttributeAsync("lang"), await page.Locator("h1").InnerTextAsync()));
    }

    [Fact]
    public async Task Changing_the_date_shows_an_agreements_status_on_that_day()
    {
        var page = await portal.OpenAsync("/agreements/mou-2023-gwanak-kaccoc?culture=en&date=2023-07-01");
        string before = await page.Locator("span.status").InnerTextAsync();
        await page.Locator("input[name=date]").FillAsync("2024-07-11");
        await page.Locator("form.date-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**date=2024-07-11**");
        Assert.Equal(("Under negotiation", "In force"), (before, await page.Locator("span.status").InnerTextAsync()));
    }

    [Fact]
    public async Task The_calendar_page_downloads_the_calendar_as_an_icalendar_file()
    {
        var page = await portal.OpenAsync("/calendar?culture=en&from=2023-07-01&to=2023-08-31");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href^='/calendar.ics']").First.ClickAsync());
        string text = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal((true, true, true), (text.Contains("BEGIN:VCALENDAR", StringComparison.Ordinal), text.Contains("BEGIN:VEVENT", StringComparison.Ordinal), text.Contains("BEGIN:VTIMEZONE", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_screenshot_of_the_dashboard_is_taken_for_the_readme()
    {
        var page = await portal.OpenAsync("/");
        byte[] png = await page.ScreenshotAsync(new() { FullPage = false, Type = ScreenshotType.Png });
        if (Environment.GetEnvironmentVariable("GWANAK_WRITE_DOCS") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(Repository.Root, "docs", "portal.png"), png, TestContext.Current.CancellationToken);
        }

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
    }
}

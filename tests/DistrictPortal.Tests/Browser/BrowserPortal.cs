using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DistrictPortal.Tests.Browser;

/// <summary>
/// The portal on Kestrel at a loopback port of its own, driven by Debian's Chromium through Playwright. The browser is the
/// one the machine has (<c>/usr/bin/chromium</c>, installed by <c>apt-get install -y chromium</c>, as <c>.ci/run</c> does);
/// nothing is downloaded. Without it the browser tests are skipped with a message saying so, and CI fails on a skip.
/// </summary>
public sealed class BrowserPortal : PortalFactory, IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserPortal() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The portal's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1");

    /// <summary>Whether the machine has the browser.</summary>
    public static bool HasChromium => File.Exists(ChromiumPath);

    public async ValueTask InitializeAsync()
    {
        StartServer();
        string address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(address);
        if (!HasChromium)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox", "--lang=ko-KR"] });
    }

    /// <summary>A new page in a context of its own (its own cookies), in a desktop window.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        Assert.SkipUnless(HasChromium, $"The browser tests need Chromium at {ChromiumPath}: apt-get install -y chromium");
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = Address.ToString(), AcceptDownloads = true, Locale = "ko-KR", TimezoneId = "Asia/Seoul" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public override async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }
}

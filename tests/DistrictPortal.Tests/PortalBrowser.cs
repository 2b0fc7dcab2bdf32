using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DistrictPortal.Tests;

/// <summary>
/// A browser on the portal: its own cookies (so two browsers are two officers), redirects not followed, and the
/// antiforgery token and record version of the last page it got, which its next form sends as a browser would.
/// </summary>
internal sealed partial class PortalBrowser : IDisposable
{
    /// <summary>The demo officer's password that README.md documents.</summary>
    public const string DemoPassword = "gwanak-s-valley-demo";

    private readonly HttpClient client;

    public PortalBrowser(PortalFactory portal)
        => client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The antiforgery token of the last page, if it had a form.</summary>
    public string? Token { get; private set; }

    /// <summary>The record version the last page's forms carry.</summary>
    public string? Version { get; private set; }

    /// <summary>A browser signed in as the demo officer.</summary>
    public static async Task<PortalBrowser> OfficerAsync(PortalFactory portal)
    {
        var browser = new PortalBrowser(portal);
        using var response = await browser.SignInAsync("officer", DemoPassword);
        return response.StatusCode == HttpStatusCode.Redirect ? browser : throw new InvalidOperationException($"The demo officer could not sign in: {response.StatusCode}.");
    }

    /// <summary>Fills and sends the sign-in form.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string? returnUrl = null)
    {
        await GetAsync("/sign-in");
        var fields = new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return await PostAsync("/sign-in", fields);
    }

    /// <summary>A page's response, remembering its form's token and version.</summary>
    public async Task<HttpResponseMessage> GetResponseAsync(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Remember(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return response;
    }

    /// <summary>A page's text, its character references decoded.</summary>
    public async Task<string> GetAsync(string path)
    {
        using var response = await GetResponseAsync(path);
        return await TextOf(response);
    }

    /// <summary>Sends a form with the last page's token and version, as the browser would (unless told otherwise).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> fields, bool withToken = true)
    {
        var sent = new Dictionary<string, string>(fields);
        if (withToken && Token is not null)
        {
            sent.TryAdd("__RequestVerificationToken", Token);
        }

        if (Version is not null)
        {
            sent.TryAdd("Version", Version);
        }

        using var content = new FormUrlEncodedContent(sent);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>A response's text, its character references decoded (the portal writes Korean as references).</summary>
    public static async Task<string> TextOf(HttpResponseMessage response)
        => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    public void Dispose() => client.Dispose();

    private void Remember(string html)
    {
        if (TokenField().Match(html) is { Success: true } token)
        {
            Token = token.Groups["value"].Value;
        }

        Version = VersionField().Match(html) is { Success: true } version ? version.Groups["value"].Value : null;
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<value>[^"]+)""")]
    private static partial Regex TokenField();

    [GeneratedRegex("""name="Version" value="(?<value>\d+)""")]
    private static partial Regex VersionField();
}

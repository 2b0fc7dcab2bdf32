using System;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using DistrictPortal.Portal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Tests;

/// <summary>Officers sign in with the accounts of the configuration, whose passwords are kept as hashes only.</summary>
public sealed class SignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private string ShippedHash => portal.Services.GetRequiredService<IConfiguration>()["Officers:0:PasswordHash"]!;

    [Fact]
    public void The_shipped_demo_officer_hash_verifies_the_documented_password()
        => Assert.True(Officers.Verifies(ShippedHash, PortalBrowser.DemoPassword));

    [Fact]
    public void The_shipped_demo_officer_hash_refuses_another_password()
        => Assert.False(Officers.Verifies(ShippedHash, PortalBrowser.DemoPassword + "!"));

    [Fact]
    public void The_readme_documents_the_demo_password()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.Contains($"`officer` / `{PortalBrowser.DemoPassword}`", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_password_command_writes_a_hash_that_verifies_the_password()
    {
        using var output = new StringWriter();
        OfficerStartup.HashPassword(new StringReader("a long passphrase\n"), output, TextWriter.Null, interactive: false);
        Assert.True(Officers.Verifies(output.ToString().Trim(), "a long passphrase"));
    }

    [Fact]
    public void The_hash_password_command_refuses_an_empty_password()
        => Assert.Equal(1, OfficerStartup.HashPassword(new StringReader("\n"), TextWriter.Null, TextWriter.Null, interactive: false));

    [Fact]
    public void An_account_with_a_plain_password_is_refused_at_start()
        => Assert.Throws<InvalidOperationException>(() => new Officers([new OfficerAccount { UserName = "clerk", PasswordHash = "letmein" }]));

    [Fact]
    public async Task An_officer_with_the_right_password_is_sent_back_to_the_page_they_came_from()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.SignInAsync("officer", PortalBrowser.DemoPassword, "/partnerships/gwanak-fullerton");
        Assert.Equal("/partnerships/gwanak-fullerton", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_officer_sees_their_name_and_the_sign_out_button()
    {
        using var browser = await PortalBrowser.OfficerAsync(portal);
        var html = await browser.GetAsync("/?culture=en");
        Assert.Contains("데모 담당자 (officer)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_not_followed()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.SignInAsync("officer", PortalBrowser.DemoPassword, "https://example.com/");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_is_refused()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.SignInAsync("officer", "wrong password");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_told_in_the_request_language()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.SignInAsync("officer", "wrong password");
        Assert.Contains("사용자 이름이나 비밀번호가 맞지 않습니다.", await PortalBrowser.TextOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_is_refused_with_the_same_words_as_a_wrong_password()
    {
        using var browser = new PortalBrowser(portal);
        using var response = await browser.SignInAsync("nobody", PortalBrowser.DemoPassword);
        Assert.Equal((HttpStatusCode.Unauthorized, true), (response.StatusCode, (await PortalBrowser.TextOf(response)).Contains("사용자 이름이나 비밀번호가 맞지 않습니다.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_signed_out_officer_is_anonymous_again()
    {
        using var browser = await PortalBrowser.OfficerAsync(portal);
        await browser.GetAsync("/");
        (await browser.PostAsync("/sign-out", new System.Collections.Generic.Dictionary<string, string>())).Dispose();
        Assert.DoesNotContain("sign-out", await browser.GetAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_without_an_antiforgery_token_is_refused()
    {
        using var browser = new PortalBrowser(portal);
        await browser.GetAsync("/sign-in");
        using var response = await browser.PostAsync("/sign-in", new System.Collections.Generic.Dictionary<string, string> { ["UserName"] = "officer", ["Password"] = PortalBrowser.DemoPassword }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gwanak.Innovation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }
}

using System;
using System.Threading.Tasks;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;

namespace DistrictPortal.Tests.Browser;

/// <summary>What an officer does in a real browser: sign in, record a signature, and read why an action was refused.</summary>
public sealed class OfficerInTheBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task An_officer_signs_in_and_the_header_names_them()
    {
        var page = await SignInAsync("/agreements?culture=en");
        Assert.Equal(
            (true, "Sign out", "Agreements"),
            ((await page.Locator("span.officer").InnerTextAsync()).EndsWith("(officer)", StringComparison.Ordinal), await page.Locator("header form button").InnerTextAsync(), await page.Locator("h1").InnerTextAsync()));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_header_offers_the_sign_in_again()
    {
        var page = await portal.OpenAsync("/sign-in?culture=en");
        await page.Locator("input[name=UserName]").FillAsync("officer");
        await page.Locator("input[name=Password]").FillAsync("not-the-password");
        await page.Locator("form.write button[type=submit]").ClickAsync();
        Assert.Equal((1, 0), (await page.Locator("div.notice.refusal").CountAsync(), await page.Locator("span.officer").CountAsync()));
    }

    [Fact]
    public async Task An_officer_records_a_signature_and_the_page_shows_it()
    {
        await ArrangeUnsignedAsync("browser-signing");
        var page = await SignInAsync("/agreements/browser-signing?culture=en");
        await page.Locator("select[name='Signing.Party']").SelectOptionAsync("gwanak-gu-office");
        await page.Locator("input[name='Signing.SignatoryKorean']").FillAsync("홍길동");
        await page.Locator("input[name='Signing.Moment']").FillAsync("2023-08-23T10:00");
        await page.Locator("input[name='Signing.Zone']").FillAsync("Asia/Seoul");
        await page.Locator("form[action*='handler=Signature'] button[type=submit]").ClickAsync();

        Assert.Equal((1, true), (await page.Locator("div.notice.recorded").CountAsync(), (await page.ContentAsync()).Contains("2023-08-23T10:00:00 Asia/Seoul (+09)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_refused_action_shows_its_rule_and_its_meaning_on_the_same_page()
    {
        var page = await SignInAsync("/agreements/mou-2023-gwanak-kaccoc?culture=en");
        await page.Locator("select[name='Signing.Party']").SelectOptionAsync("kaccoc");
        await page.Locator("input[name='Signing.SignatoryEnglish']").FillAsync("President");
        await page.Locator("input[name='Signing.Moment']").FillAsync("2023-08-23T10:00");
        await page.Locator("input[name='Signing.Zone']").FillAsync("Asia/Seoul");
        await page.Locator("form[action*='handler=Signature'] button[type=submit]").ClickAsync();

        var refusal = page.Locator("#problem");
        Assert.Equal(
            (AgreementRules.PartySignedTwice, true),
            (await refusal.Locator("span.rule").InnerTextAsync(), page.Url.Contains("/agreements/mou-2023-gwanak-kaccoc", StringComparison.Ordinal)));
    }

    private async Task<IPage> SignInAsync(string returnTo)
    {
        var page = await portal.OpenAsync($"/sign-in?culture=en&returnUrl={Uri.EscapeDataString(returnTo)}");
        await page.Locator("input[name=UserName]").FillAsync("officer");
        await page.Locator("input[name=Password]").FillAsync(PortalBrowser.DemoPassword);
        await page.Locator("form.write button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("span.officer");
        return page;
    }

    private async Task ArrangeUnsignedAsync(string id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DistrictStore>();
        if (await store.FindAgreementAsync(new AgreementId(id), TestContext.Current.CancellationToken) is not null)
        {
            return;
        }

        var agreement = Agreement.Create(
                new AgreementId(id),
                new LocalDate(2023, 8, 1),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Create("브라우저 시험 협약", "Browser test agreement"),
                [new OrganizationId("gwanak-gu-office"), new OrganizationId("kaccoc")],
                [],
                AgreementBinding.NonBinding,
                new AgreementTerms(new LocalDate(2023, 8, 20), Period.FromYears(1), Period.FromMonths(1)))
            .StartNegotiation(new LocalDate(2023, 8, 10));
        await store.SaveAsync(agreement, 0, TestContext.Current.CancellationToken);
    }
}

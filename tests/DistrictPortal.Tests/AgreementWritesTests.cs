using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace DistrictPortal.Tests;

/// <summary>
/// Officers record a party's signature and a party's termination notice on an agreement's page; the model's refusals are
/// shown with their rule and store nothing; the signatory's name never reaches the public page. Each test that stores
/// something writes on an agreement of its own.
/// </summary>
public sealed class AgreementWritesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly OrganizationId Office = new("gwanak-gu-office");
    private static readonly OrganizationId Kaccoc = new("kaccoc");

    private static Dictionary<string, string> Signing(string party, string korean, string english, string moment, string zone)
        => new() { ["Signing.Party"] = party, ["Signing.SignatoryKorean"] = korean, ["Signing.SignatoryEnglish"] = english, ["Signing.Moment"] = moment, ["Signing.Zone"] = zone };

    private static Dictionary<string, string> Notice(string party, string date)
        => new() { ["Notice.Party"] = party, ["Notice.Date"] = date };

    [Fact]
    public async Task The_public_sees_no_form()
    {
        using var browser = new PortalBrowser(portal);
        Assert.DoesNotContain("handler=Signature", await browser.GetAsync("/agreements/mou-2023-gwanak-kaccoc"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recorded_signature_appears_on_the_page_with_its_moment_and_zone()
    {
        await ArrangeAsync("test-signing-moment", signed: false);
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/test-signing-moment");
        (await officer.PostAsync("/agreements/test-signing-moment?handler=Signature", Signing("gwanak-gu-office", "홍길동", "Hong Gil-dong", "2023-08-23T10:00", "Asia/Seoul"))).Dispose();
        Assert.Contains("2023-08-23T10:00:00 Asia/Seoul (+09)", await officer.GetAsync("/agreements/test-signing-moment"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signatorys_name_never_appears_on_the_public_page()
    {
        await ArrangeAsync("test-signing-private", signed: false);
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/test-signing-private");
        (await officer.PostAsync("/agreements/test-signing-private?handler=Signature", Signing("kaccoc", "김서명", "Kim Seo-myeong", "2023-08-22T17:30", "America/Los_Angeles"))).Dispose();
        using var anonymous = new PortalBrowser(portal);
        string korean = await anonymous.GetAsync("/agreements/test-signing-private");
        string english = await anonymous.GetAsync("/agreements/test-signing-private?culture=en");
        Assert.DoesNotMatch("김서명|Kim Seo-myeong", korean + english);
    }

    [Fact]
    public async Task A_public_page_kept_in_the_cache_shows_an_officers_signature_at_once()
    {
        await ArrangeAsync("test-cached-page", signed: false);
        using var anonymous = new PortalBrowser(portal);
        string before = await anonymous.GetAsync("/agreements/test-cached-page?culture=en");
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/test-cached-page");
        (await officer.PostAsync("/agreements/test-cached-page?handler=Signature", Signing("gwanak-gu-office", "홍길동", "Hong Gil-dong", "2023-08-23T10:00", "Asia/Seoul"))).Dispose();
        string after = await anonymous.GetAsync("/agreements/test-cached-page?culture=en");
        Assert.Equal((false, true), (before.Contains("2023-08-23T10:00:00 Asia/Seoul (+09)", StringComparison.Ordinal), after.Contains("2023-08-23T10:00:00 Asia/Seoul (+09)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_public_page_is_answered_from_the_cache_until_a_write_of_this_portal()
    {
        // A write that does not go through this portal (another node) is seen once the cached page expires.
        await ArrangeAsync("test-cache-other-node", signed: false);
        using var anonymous = new PortalBrowser(portal);
        string first = await anonymous.GetAsync("/agreements/test-cache-other-node?culture=en");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<DistrictStore>();
            var agreement = await store.FindAgreementAsync(new AgreementId("test-cache-other-node"), TestContext.Current.CancellationToken);
            var seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];
            await store.SaveAsync(agreement!.Sign(new Signature(Office, PersonName.Of("en", "Head of the district"), new LocalDateTime(2023, 8, 20, 10, 0).InZoneStrictly(seoul))), agreement.Version, TestContext.Current.CancellationToken);
        }

        Assert.Equal(first, await anonymous.GetAsync("/agreements/test-cache-other-node?culture=en"));
    }

    [Fact]
    public async Task A_second_signature_of_a_party_is_refused_with_its_rule()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/mou-2023-gwanak-kaccoc");
        using var response = await officer.PostAsync("/agreements/mou-2023-gwanak-kaccoc?handler=Signature", Signing("kaccoc", "홍길동", string.Empty, "2023-08-23T10:00", "Asia/Seoul"));
        Assert.Contains($"<span class=\"rule\">{AgreementRules.PartySignedTwice}</span>", await PortalBrowser.TextOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_signature_stores_nothing()
    {
        int before = await VersionOfAsync("mou-2023-gwanak-kaccoc");
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/mou-2023-gwanak-kaccoc");
        (await officer.PostAsync("/agreements/mou-2023-gwanak-kaccoc?handler=Signature", Signing("kaccoc", "홍길동", string.Empty, "2023-08-23T10:00", "Asia/Seoul"))).Dispose();
        Assert.Equal(before, await VersionOfAsync("mou-2023-gwanak-kaccoc"));
    }

    [Fact]
    public async Task A_moment_the_zone_skips_is_a_form_error()
    {
        await ArrangeAsync("test-signing-skipped", signed: false);
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/test-signing-skipped?culture=en");
        using var response = await officer.PostAsync("/agreements/test-signing-skipped?handler=Signature&culture=en", Signing("kaccoc", string.Empty, "President of KACCOC", "2023-03-12T02:30", "America/Los_Angeles"));
        Assert.Contains("That time does not exist in America/Los_Angeles (the clocks went forward).", await PortalBrowser.TextOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_a_bad_request()
    {
        await ArrangeAsync("test-signing-zone", signed: false);
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/test-signing-zone");
        using var response = await officer.PostAsync("/agreements/test-signing-zone?handler=Signature", Signing("kaccoc", "홍길동", string.Empty, "2023-08-23T10:00", "Asia/Gwanak"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_recorded_termination_notice_appears_in_the_timeline()
    {
        await ArrangeAsync("test-notice-stored", signed: true);
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/test-notice-stored");
        (await officer.PostAsync("/agreements/test-notice-stored?handler=Notice", Notice("kaccoc", "2023-08-23"))).Dispose();
        Assert.Contains("<td>2023-08-23</td><td>Termination notice given</td>", await officer.GetAsync("/agreements/test-notice-stored?culture=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_from_an_organisation_that_is_not_a_party_is_refused_with_its_rule()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/mou-2023-gwanak-kaccoc");
        using var response = await officer.PostAsync("/agreements/mou-2023-gwanak-kaccoc?handler=Notice", Notice("city-of-fullerton", "2023-08-23"));
        Assert.Contains($"<span class=\"rule\">{AgreementRules.NoticeByNonParty}</span>", await PortalBrowser.TextOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_notice_stores_nothing()
    {
        int before = await VersionOfAsync("mou-2023-gwanak-kaccoc");
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/mou-2023-gwanak-kaccoc");
        (await officer.PostAsync("/agreements/mou-2023-gwanak-kaccoc?handler=Notice", Notice("city-of-fullerton", "2023-08-23"))).Dispose();
        Assert.Equal(before, await VersionOfAsync("mou-2023-gwanak-kaccoc"));
    }

    [Fact]
    public async Task An_anonymous_notice_is_sent_to_sign_in()
    {
        using var browser = new PortalBrowser(portal);
        await browser.GetAsync("/sign-in");
        using var response = await browser.PostAsync("/agreements/mou-2023-gwanak-kaccoc?handler=Notice", new Dictionary<string, string>(Notice("kaccoc", "2023-08-23")) { ["Version"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_notice_stores_nothing()
    {
        int before = await VersionOfAsync("mou-2023-gwanak-kaccoc");
        using var browser = new PortalBrowser(portal);
        await browser.GetAsync("/sign-in");
        (await browser.PostAsync("/agreements/mou-2023-gwanak-kaccoc?handler=Notice", new Dictionary<string, string>(Notice("kaccoc", "2023-08-23")) { ["Version"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture) })).Dispose();
        Assert.Equal(before, await VersionOfAsync("mou-2023-gwanak-kaccoc"));
    }

    [Fact]
    public async Task A_notice_on_an_unknown_agreement_is_not_found()
    {
        using var officer = await PortalBrowser.OfficerAsync(portal);
        await officer.GetAsync("/agreements/mou-2023-gwanak-kaccoc");
        using var response = await officer.PostAsync("/agreements/mou-1999-nowhere?handler=Notice", Notice("kaccoc", "2023-08-23"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>An agreement of the test's own between the district office and KACCOC: under negotiation, or signed by both.</summary>
    private async Task ArrangeAsync(string id, bool signed)
    {
        var seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];
        var agreement = Agreement.Create(
                new AgreementId(id),
                new LocalDate(2023, 8, 1),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Create("시험 협약", "Test agreement"),
                [Office, Kaccoc],
                [],
                AgreementBinding.NonBinding,
                new AgreementTerms(new LocalDate(2023, 8, 20), Period.FromYears(1), Period.FromMonths(1)))
            .StartNegotiation(new LocalDate(2023, 8, 10));
        if (signed)
        {
            agreement = agreement
                .Sign(new Signature(Office, PersonName.Of("en", "Head of the district"), new LocalDateTime(2023, 8, 20, 10, 0).InZoneStrictly(seoul)))
                .Sign(new Signature(Kaccoc, PersonName.Of("en", "President of KACCOC"), new LocalDateTime(2023, 8, 20, 10, 5).InZoneStrictly(seoul)));
        }

        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DistrictStore>().SaveAsync(agreement, 0, TestContext.Current.CancellationToken);
    }

    private async Task<int> VersionOfAsync(string id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var agreement = await scope.ServiceProvider.GetRequiredService<DistrictStore>().FindAgreementAsync(new AgreementId(id), TestContext.Current.CancellationToken);
        return agreement!.Version;
    }
}

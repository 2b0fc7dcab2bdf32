using System;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace DistrictPortal.Tests;

/// <summary>The agreements list is read a page at a time, by the address's <c>p</c>.</summary>
public sealed partial class AgreementListTests(PortalFactory portal) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private const int Added = 60;

    // Each test of the class shares the portal: the first one adds the agreements.
    public async ValueTask InitializeAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DistrictStore>();
        if (await store.FindAgreementAsync(new AgreementId("list-test-00"), TestContext.Current.CancellationToken) is not null)
        {
            return;
        }

        for (int i = 0; i < Added; i++)
        {
            var agreement = Agreement.Create(
                new AgreementId($"list-test-{i:D2}"),
                new LocalDate(2023, 8, 1),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Create("목록 시험 협약", "List test agreement"),
                [new OrganizationId("gwanak-gu-office"), new OrganizationId("kaccoc")],
                [],
                AgreementBinding.NonBinding,
                new AgreementTerms(new LocalDate(2023, 8, 20), Period.FromYears(1), Period.FromMonths(1)));
            await store.SaveAsync(agreement, 0, TestContext.Current.CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_second_page_lists_other_agreements_than_the_first()
    {
        var client = portal.CreateClient();
        string first = await client.GetStringAsync("/agreements?culture=en&date=2023-08-23", TestContext.Current.CancellationToken);
        string second = await client.GetStringAsync("/agreements?culture=en&date=2023-08-23&p=2", TestContext.Current.CancellationToken);

        var onFirst = Links(first);
        var onSecond = Links(second);
        Assert.Equal((50, true, true, false), (onFirst.Length, onSecond.Length > 0, second.Contains("Page 2 of 2", StringComparison.Ordinal), onFirst.Intersect(onSecond).Any()));
    }

    [Fact]
    public async Task A_page_after_the_last_shows_the_last()
    {
        string html = await portal.CreateClient().GetStringAsync("/agreements?culture=en&date=2023-08-23&p=99", TestContext.Current.CancellationToken);
        Assert.Contains("Page 2 of 2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_number_that_is_not_a_number_is_a_bad_request()
    {
        var response = await portal.CreateClient().GetAsync("/agreements?culture=en&p=two", TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal((HttpStatusCode.BadRequest, true), (response.StatusCode, html.Contains("is not a page number", StringComparison.Ordinal) && html.Contains("two", StringComparison.Ordinal)));
    }

    private static string[] Links(string html) => AgreementLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToArray();

    [GeneratedRegex("href=\"/agreements/([a-z0-9-]+)")]
    private static partial Regex AgreementLink();
}

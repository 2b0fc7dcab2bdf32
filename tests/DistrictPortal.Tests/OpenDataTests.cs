using System;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace DistrictPortal.Tests;

/// <summary>The open data files: a CSV per register with a byte-order mark, the agreements in OCDS and the governance in Popolo.</summary>
public sealed class OpenDataTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("organizations", "id,name_ko,name_en,kind,sector,country,location", "gwanak-gu-office,관악구청,Gwanak-gu Office,")]
    [InlineData("agreements", "id,kind,purpose_ko,purpose_en,parties,drafted_on,effective_date,in_force_from,ended_from,end_status", "mou-2023-gwanak-kaccoc,memorandum-of-understanding,")]
    [InlineData("facilities", "id,name_ko,name_en,kind,operator,location,inside_zone,capacity,opened_on", null)]
    [InlineData("funds", "id,name_ko,name_en,manager,target_amount,currency,established_on,term_last_day,investment_period_last_day", null)]
    public async Task A_register_is_a_csv_file_in_utf8_with_a_byte_order_mark(string register, string header, string? line)
    {
        using var response = await portal.CreateClient().GetAsync($"/open-data/{register}.csv", TestContext.Current.CancellationToken);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal((HttpStatusCode.OK, "text/csv"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(header, lines[0]);
        Assert.True(lines.Length > 1, "a register with no rows");
        if (line is not null)
        {
            Assert.Contains(lines, l => l.StartsWith(line, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_register_the_portal_does_not_publish_is_not_found()
    {
        using var response = await portal.CreateClient().GetAsync("/open-data/officers.csv", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_agreements_are_an_ocds_release_package_with_each_contracts_status_today()
    {
        using var package = await JsonAsync("/open-data/agreements.ocds.json");
        var release = package.RootElement.GetProperty("releases").EnumerateArray().Single(r => r.GetProperty("ocid").GetString() == "ocds-11620-mou-2023-gwanak-kaccoc");
        var contract = release.GetProperty("contracts")[0];
        Assert.Equal(
            ("1.1", "contract", "active", "2023-07-11", "2025-07-10", "2023-07-11"),
            (package.RootElement.GetProperty("version").GetString(), release.GetProperty("tag")[0].GetString(), contract.GetProperty("status").GetString(),
             contract.GetProperty("period").GetProperty("startDate").GetString(), contract.GetProperty("period").GetProperty("endDate").GetString(), contract.GetProperty("dateSigned").GetString()));
        Assert.Equal(["gwanak-gu-office", "kaccoc"], release.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_governance_body_is_popolo_with_its_member_organisations_and_no_persons()
    {
        using var popolo = await JsonAsync("/open-data/governance.popolo.json");
        var memberships = popolo.RootElement.GetProperty("memberships").EnumerateArray().ToArray();
        Assert.Equal(
            (4, "gwanak-innovation-council", "2023-01-01", 0),
            (memberships.Length, memberships[0].GetProperty("organization_id").GetString(), memberships[0].GetProperty("start_date").GetString(), popolo.RootElement.GetProperty("persons").GetArrayLength()));
        var organizations = popolo.RootElement.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToArray();
        Assert.All(memberships, m => Assert.Contains(m.GetProperty("member").GetProperty("id").GetString(), organizations));
    }

    [Theory]
    [InlineData("/open-data", "열린 데이터")]
    [InlineData("/open-data?culture=en", "Registers (CSV)")]
    [InlineData("/?culture=en", "href=\"/open-data\">Open data</a></p>")]
    public async Task The_open_data_page_links_every_file_in_both_languages(string path, string text)
    {
        string html = await portal.CreateClient().GetStringAsync(path, TestContext.Current.CancellationToken);
        Assert.Contains(text, html, StringComparison.Ordinal);
        if (path.StartsWith("/open-data", StringComparison.Ordinal))
        {
            Assert.All(
                ["/open-data/organizations.csv", "/open-data/agreements.csv", "/open-data/facilities.csv", "/open-data/funds.csv", "/open-data/agreements.ocds.json", "/open-data/governance.popolo.json", "/calendar.ics", "/openapi/v1.json"],
                link => Assert.Contains($"href=\"{link}", html, StringComparison.Ordinal));
        }
    }

    private async Task<JsonDocument> JsonAsync(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal((HttpStatusCode.OK, "application/json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

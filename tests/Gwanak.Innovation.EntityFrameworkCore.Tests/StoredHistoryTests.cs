using System.Linq;
using System.Threading.Tasks;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore.Storage;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Agreements;
using Gwanak.Innovation.Tests.Organizations;
using Gwanak.Innovation.Tests.Zones;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>
/// Stored rows broken behind the store's back (with SQL): an event whose payload does not parse, a gap in a stream's
/// versions, an event type no aggregate knows, a history that breaks a rule, a stream holding another aggregate. Finding
/// the aggregate and loading the district both fail naming the stream and the version (and the rule), and return nothing;
/// the other streams still load.
/// </summary>
public abstract class StoredHistoryTests<TDatabase>(TDatabase database) : StoreTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private const string Stream = "fund/gwanak-startup-fund";
    private static readonly FundId FundId = new("gwanak-startup-fund");
    private static readonly OrganizationId Office = Gwanak2023Organizations.GwanakGuOffice.Id;

    /// <summary>Payloads that are not the JSON of an event: broken, empty, of another shape, missing every member.</summary>
    public static TheoryData<string> Unreadable => ["", "{", "null", "{}", "[]", "42", "\"fund.commitment-made\"", "{\"fund\":\"gwanak-startup-fund\"}", "{\"fund\":\"gwanak-startup-fund\",\"date\":\"2021-13-45\",\"contributor\":\"gwanak-gu-office\",\"amount\":\"50억 원\"}"];

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task An_event_whose_payload_does_not_parse_fails_naming_its_stream_and_version(string payload)
    {
        await ImportAsync();
        Assert.Equal(1, await ExecuteAsync($"UPDATE \"events\" SET \"Payload\" = {payload} WHERE \"Stream\" = {Stream} AND \"Version\" = 3"));
        await AssertRefusedAsync(3, null, "does not read");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_gap_in_the_versions_fails_naming_the_missing_version(int missing)
    {
        await ImportAsync();
        Assert.Equal(1, await ExecuteAsync($"DELETE FROM \"events\" WHERE \"Stream\" = {Stream} AND \"Version\" = {missing}"));
        await AssertRefusedAsync(missing, null, "missing");
    }

    [Theory]
    [InlineData("fund.unknown-step")]
    [InlineData("agreement.signed")]
    [InlineData("")]
    public async Task An_event_type_the_aggregate_does_not_know_fails_naming_its_version(string type)
    {
        await ImportAsync();
        Assert.Equal(1, await ExecuteAsync($"UPDATE \"events\" SET \"Type\" = {type} WHERE \"Stream\" = {Stream} AND \"Version\" = 2"));
        await AssertRefusedAsync(2, null, $"'{type}'");
    }

    [Fact]
    public async Task A_commitment_beyond_the_target_size_fails_with_the_rule_it_breaks()
    {
        await ImportAsync();
        await ReplaceAsync(3, new FundCommitmentMade(FundId, new LocalDate(2021, 3, 2), Office, Money.Parse("190억 원")));
        await AssertRefusedAsync(3, FundRules.CommitmentsExceedTarget, "target");
    }

    [Fact]
    public async Task A_second_founding_fails_with_the_rule_it_breaks()
    {
        await ImportAsync();
        await ReplaceAsync(2, Fund().History[0]);
        await AssertRefusedAsync(2, HistoryRules.MustStartWithFounding, string.Empty);
    }

    [Fact]
    public async Task An_event_of_another_fund_fails_with_the_rule_it_breaks()
    {
        await ImportAsync();
        await ReplaceAsync(2, new FundCommitmentMade(new FundId("another-fund"), new LocalDate(2021, 1, 4), Office, Money.Parse("50억 원")));
        await AssertRefusedAsync(2, HistoryRules.EventOfAnotherAggregate, string.Empty);
    }

    [Fact]
    public async Task A_stream_holding_the_history_of_another_fund_fails_and_is_not_taken_for_it()
    {
        await ImportAsync();
        string other = "fund/another-fund";
        Assert.Equal(Fund().Version, await ExecuteAsync($"UPDATE \"events\" SET \"Stream\" = {other} WHERE \"Stream\" = {Stream}"));

        var found = await Assert.ThrowsAsync<StoredHistoryException>(() => OpenStore().FindFundAsync(new FundId("another-fund"), Cancellation));
        var loaded = await Assert.ThrowsAsync<StoredHistoryException>(() => OpenStore().LoadAsync(Cancellation));
        Assert.All([found, loaded], e => Assert.Equal((other, 1, HistoryRules.EventOfAnotherAggregate), (e.Stream, e.Version, e.RuleId)));
        Assert.Contains(Stream, found.Reason, System.StringComparison.Ordinal);
        Assert.Null(await OpenStore().FindFundAsync(FundId, Cancellation));
    }

    [Fact]
    public async Task A_record_whose_payload_does_not_parse_fails_the_district_naming_it()
    {
        await ImportAsync();
        Assert.Equal(1, await ExecuteAsync($"UPDATE \"records\" SET \"Payload\" = {"{\"id\":"} WHERE \"Kind\" = {"organization"} AND \"Id\" = {Office.Value}"));
        var found = await Assert.ThrowsAsync<StoredHistoryException>(() => OpenStore().FindOrganizationAsync(Office, Cancellation));
        var loaded = await Assert.ThrowsAsync<StoredHistoryException>(() => OpenStore().LoadAsync(Cancellation));
        Assert.All([found, loaded], e => Assert.Equal(("organization/gwanak-gu-office", 1), (e.Stream, e.Version)));
    }

    [Fact]
    public async Task A_rebuild_of_the_read_models_over_a_broken_stream_fails_and_changes_no_row()
    {
        await ImportAsync();
        Assert.Equal(1, await ExecuteAsync($"DELETE FROM \"events\" WHERE \"Stream\" = {Stream} AND \"Version\" = 2"));
        var before = await OpenStore().Funds.Include(f => f.Movements).SingleAsync(Cancellation);

        var refused = await Assert.ThrowsAsync<StoredHistoryException>(() => OpenStore().RebuildReadModelsAsync(Cancellation));

        Assert.Equal((Stream, 2), (refused.Stream, refused.Version));
        var after = await OpenStore().Funds.Include(f => f.Movements).SingleAsync(Cancellation);
        Assert.Equal(ReadModels.ReadModelText.Of(before), ReadModels.ReadModelText.Of(after));
        Assert.Equal(3, await OpenStore().Agreements.Include(a => a.Parties).SelectMany(a => a.Parties).CountAsync(Cancellation));
    }

    private static Fund Fund()
        => Ecosystem.Fund.Create(FundId, new LocalDate(2021, 1, 4), LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), Office, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4))
            .Commit(new LocalDate(2021, 1, 4), Office, Money.Parse("50억 원"))
            .Commit(new LocalDate(2021, 3, 2), Office, Money.Parse("30억 원"))
            .Invest(new LocalDate(2022, 3, 2), Gwanak2023Zone.Brn(1), Money.Parse("5억 원"));

    private async Task ImportAsync()
        => await OpenStore().ImportAsync(
            InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu"))
                .With(Gwanak2023Organizations.GwanakGuOffice).With(Gwanak2023Mous.Trilateral()).With(Fund()),
            Cancellation);

    /// <summary>Puts an event in place of the stream's event at a version, as a row the store would have written.</summary>
    private async Task ReplaceAsync(int version, IDomainEvent e)
    {
        var row = StreamKind.Row(AdministrativeDistrictCode.Seoul.Gwanak.ToString(), Stream, version, e, Clock.GetCurrentInstant());
        Assert.Equal(1, await ExecuteAsync($"UPDATE \"events\" SET \"Type\" = {row.Type}, \"Payload\" = {row.Payload} WHERE \"Stream\" = {Stream} AND \"Version\" = {version}"));
    }

    /// <summary>Finding the fund and loading the district both fail naming the fund's stream, the version and the rule; the agreement still loads.</summary>
    private async Task AssertRefusedAsync(int version, string? ruleId, string reason)
    {
        var found = await Assert.ThrowsAsync<StoredHistoryException>(() => OpenStore().FindFundAsync(FundId, Cancellation));
        var loaded = await Assert.ThrowsAsync<StoredHistoryException>(() => OpenStore().LoadAsync(Cancellation));
        Assert.All(
            [found, loaded],
            e =>
            {
                Assert.Equal((Stream, version, ruleId), (e.Stream, e.Version, e.RuleId));
                Assert.StartsWith($"{Stream} at version {version}: {(ruleId is null ? string.Empty : ruleId + ": ")}", e.Message, System.StringComparison.Ordinal);
                Assert.Contains(reason, e.Reason, System.StringComparison.Ordinal);
            });
        Assert.Equal(Gwanak2023Mous.Trilateral(), await OpenStore().FindAgreementAsync(Gwanak2023Mous.TrilateralId, Cancellation));
    }
}

public sealed class StoredHistoryTestsOnSqlite(SqliteTestDatabase database) : StoredHistoryTests<SqliteTestDatabase>(database);

public sealed class StoredHistoryTestsOnPostgres(PostgresTestDatabase database) : StoredHistoryTests<PostgresTestDatabase>(database);

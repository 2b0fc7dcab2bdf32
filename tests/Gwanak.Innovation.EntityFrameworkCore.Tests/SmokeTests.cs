using System.Linq;
using System.Threading.Tasks;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Agreements;
using Gwanak.Innovation.Tests.Organizations;
using Gwanak.Innovation.Tests.Zones;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

public abstract class SmokeTests<TDatabase>(TDatabase database) : StoreTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task A_district_imported_loads_back_equal_and_an_agreement_saves()
    {
        var district = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu"));
        foreach (var o in Gwanak2023Organizations.All)
        {
            district = district.With(o);
        }

        district = district.With(Gwanak2023Mous.Trilateral()).With(Gwanak2023Zone.DesignatedZone())
            .With(Fund.Create(new FundId("gwanak-startup-fund"), new LocalDate(2021, 1, 4), LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), Gwanak2023Organizations.GwanakGuOffice.Id, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4)));
        var store = OpenStore();
        await store.ImportAsync(district, Cancellation);
        Assert.Equal(district, await store.LoadAsync(Cancellation));

        var mou = (await store.FindAgreementAsync(Gwanak2023Mous.Trilateral().Id, Cancellation))!;
        int loaded = mou.Version;
        var noticed = mou.GiveTerminationNotice(new LocalDate(2024, 3, 1), Gwanak2023Mous.Kaccoc);
        await store.SaveAsync(noticed, loaded, Cancellation);
        Assert.Equal(noticed, await store.FindAgreementAsync(mou.Id, Cancellation));
        var row = await store.Agreements.Include(a => a.Parties).SingleAsync(Cancellation);
        Assert.Equal((AgreementStatus.Terminated, 3), (row.StatusOn(new LocalDate(2024, 6, 1)), row.Parties.Count));
        await Assert.ThrowsAsync<StreamConcurrencyException>(() => store.SaveAsync(noticed, loaded, Cancellation));
    }

    [Fact]
    public async Task A_connection_opened_by_the_store_stays_open_through_loads_and_saves_and_one_it_did_not_open_is_closed_after_each()
    {
        var mou = Gwanak2023Mous.Trilateral();
        var db = OpenContext();
        var store = new DistrictStore(db, AdministrativeDistrictCode.Seoul.Gwanak, Clock);
        await store.ImportAsync(InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu")).With(mou), Cancellation);
        var closedAfterLoad = db.Database.GetDbConnection().State;

        await store.OpenConnectionAsync(Cancellation);
        await store.OpenConnectionAsync(Cancellation);
        var loaded = (await store.FindAgreementAsync(mou.Id, Cancellation))!;
        await store.SaveAsync(loaded.GiveTerminationNotice(new LocalDate(2024, 3, 1), Gwanak2023Mous.Kaccoc), loaded.Version, Cancellation);
        var again = await store.FindAgreementAsync(mou.Id, Cancellation);

        Assert.Equal(
            (System.Data.ConnectionState.Closed, System.Data.ConnectionState.Open, loaded.Version + 1),
            (closedAfterLoad, db.Database.GetDbConnection().State, again!.Version));
    }

    [Fact]
    public async Task A_funds_summary_lists_its_movements_of_money_with_an_exits_proceeds_and_its_term_with_extensions()
    {
        var office = Gwanak2023Organizations.GwanakGuOffice.Id;
        var fund = Fund.Create(new FundId("gwanak-startup-fund"), new LocalDate(2021, 1, 4), LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), office, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4))
            .Commit(new LocalDate(2021, 1, 4), office, Money.Parse("50억 원"))
            .Invest(new LocalDate(2022, 3, 2), Gwanak2023Zone.Brn(1), Money.Parse("5억 원"))
            .ExtendTerm(new LocalDate(2028, 11, 1), Period.FromYears(1))
            .Exit(new LocalDate(2024, 5, 2), Gwanak2023Zone.Brn(1), Money.Parse("5억 원"), Money.Parse("12억 원"))
            .Distribute(new LocalDate(2024, 6, 3), office, Money.Parse("12억 원"));
        var district = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu")).With(Gwanak2023Organizations.GwanakGuOffice).With(fund);
        var store = OpenStore();
        await store.ImportAsync(district, Cancellation);
        var row = await store.Funds.Include(f => f.Movements).SingleAsync(Cancellation);
        var movements = row.Movements.OrderBy(m => m.Position).Select(m => $"{m.Kind} {m.Amount:0} {m.Proceeds:0}").ToArray();
        Assert.Equal(["fund.commitment-made 5000000000 ", "fund.investment-made 500000000 ", "fund.exit-made 500000000 1200000000", "fund.distribution-made 1200000000 "], movements);
        Assert.Equal((new LocalDate(2030, 1, 3), new LocalDate(2025, 1, 3)), (row.TermLastDay, row.InvestmentPeriodLastDay));
    }

    [Fact]
    public async Task The_agreements_read_model_keeps_the_end_of_a_term_not_renewed_and_the_schedule_of_a_term_from_signing()
    {
        var notRenewed = Gwanak2023Mous.Trilateral().GiveNonRenewalNotice(new LocalDate(2024, 7, 15), Gwanak2023Mous.Chamber);
        var fromSigning = Agreement.Create(new AgreementId("agreement-from-signing"), new LocalDate(2024, 3, 1), AgreementKind.BusinessAgreement, LocalizedText.Create("정보 교류", "Information exchange"), [Gwanak2023Mous.GwanakOffice, Gwanak2023Mous.Chamber], [], AgreementBinding.NonBinding, AgreementTerms.FromSigning(Period.FromYears(1), Period.FromMonths(2), Period.FromYears(1), PeriodCounting.FirstDayIncluded))
            .StartNegotiation(new LocalDate(2024, 3, 4))
            .Sign(new Signature(Gwanak2023Mous.GwanakOffice, Gwanak2023Mous.Mayor, new LocalDateTime(2024, 3, 15, 10, 0).InZoneStrictly(Gwanak2023Mous.Seoul)))
            .Sign(new Signature(Gwanak2023Mous.Chamber, Gwanak2023Mous.ChamberHead, new LocalDateTime(2024, 3, 15, 10, 5).InZoneStrictly(Gwanak2023Mous.Seoul)));
        var district = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu")).With(notRenewed).With(fromSigning);
        var store = OpenStore();
        await store.ImportAsync(district, Cancellation);

        var rows = await store.Agreements.ToDictionaryAsync(a => a.Id, Cancellation);
        var ended = rows[notRenewed.Id];
        var signed = rows[fromSigning.Id];
        LocalDate day = new(2024, 4, 1);
        Assert.Equal(
            ((LocalDate?)new LocalDate(2024, 8, 16), (AgreementStatus?)AgreementStatus.Expired, (LocalDate?)null, (LocalDate?)new LocalDate(2024, 3, 15), fromSigning.RenewalSchedule(), fromSigning.NextRenewalNoticeDeadlineOn(day)),
            (ended.EndedFrom, ended.EndStatus, ended.RenewalOrigin, signed.EffectiveDate, signed.RenewalSchedule(), signed.NextNoticeDeadlineOn(day)));
    }
}

public sealed class SmokeTestsOnSqlite(SqliteTestDatabase database) : SmokeTests<SqliteTestDatabase>(database);

public sealed class SmokeTestsOnPostgres(PostgresTestDatabase database) : SmokeTests<PostgresTestDatabase>(database);

using DistrictPortal.Portal;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace DistrictPortal.Pages.Funds;

/// <summary>
/// The district's funds on a day, from the read model's dated movements: target, committed, invested, capital returned and
/// remaining (committed = invested + returned + remaining), held at cost, exited at cost, proceeds, realised gain,
/// distributed and undistributed, as <see cref="Fund"/> reports them (docs/domain.md, "Facilities, funds and programmes");
/// and the term and investment period, counted as the Civil Code counts periods.
/// </summary>
public sealed class IndexModel(PortalDistrict district, DistrictStore store) : DistrictPage(district)
{
    private static readonly string Commitment = EventTypes.NameOf(typeof(FundCommitmentMade));
    private static readonly string Investment = EventTypes.NameOf(typeof(FundInvestmentMade));
    private static readonly string Exit = EventTypes.NameOf(typeof(FundExitMade));
    private static readonly string Distribution = EventTypes.NameOf(typeof(FundDistributionMade));
    private static readonly string Return = EventTypes.NameOf(typeof(FundCapitalReturned));

    /// <summary>The funds established by the day, with their figures that day.</summary>
    public IReadOnlyList<FundOnDay> Funds { get; private set; } = [];

    /// <summary>The funds established after the day.</summary>
    public int Later { get; private set; }

    public IReadOnlyDictionary<OrganizationId, string> Names { get; private set; } = new Dictionary<OrganizationId, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Three queries and possibly a replay per fund: the request's context keeps its connection open for them (closed
        // when the context is disposed with the request), instead of opening and closing it around each.
        await store.OpenConnectionAsync(cancellationToken);
        var rows = await store.Funds.Where(f => f.EstablishedOn <= AsOf).Include(f => f.Movements).OrderBy(f => f.EstablishedOn).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        Later = await store.Funds.CountAsync(f => f.EstablishedOn > AsOf, cancellationToken);
        Names = await store.Organizations.ToDictionaryAsync(o => o.Id, o => Texts.IsKorean ? o.NameKorean : o.NameEnglish, cancellationToken);
        var funds = new List<FundOnDay>();
        foreach (var row in rows)
        {
            funds.Add(await OnDayAsync(row, cancellationToken));
        }

        Funds = funds;
    }

    public string NameOf(OrganizationId id) => Names.GetValueOrDefault(id, id.Value);

    /// <summary>A movement's counterpart: an organisation's name, or a company's business registration number.</summary>
    public string CounterpartOf(FundMovement movement)
        => movement.Kind == Investment || movement.Kind == Exit ? movement.Counterpart : NameOf(new OrganizationId(movement.Counterpart));

    private async Task<FundOnDay> OnDayAsync(FundSummary row, CancellationToken cancellationToken)
    {
        var currency = Currency.FromCode(row.Currency);
        var through = row.Movements.Where(m => m.Date <= AsOf).OrderBy(m => m.Date).ThenBy(m => m.Position).ToArray();
        Money Sum(string kind, Func<FundMovement, decimal> amount) => new(through.Where(m => m.Kind == kind).Sum(amount), currency);
        var committed = Sum(Commitment, m => m.Amount);
        var invested = Sum(Investment, m => m.Amount);
        var returned = Sum(Return, m => m.Amount);
        var exited = Sum(Exit, m => m.Amount);
        var proceeds = Sum(Exit, m => m.Proceeds ?? 0m);
        var distributed = Sum(Distribution, m => m.Amount);

        // The summary's term has every extension recorded; the movements leave extensions out, so a fund whose stream holds
        // more events than its founding and movements has been extended, and its term on the day is its own, replayed.
        var termLastDay = row.TermLastDay;
        if (row.Version > row.Movements.Count + 1 && await store.FindFundAsync(row.Id, cancellationToken) is { } fund)
        {
            termLastDay = Fund.Replay(fund.History.Where(e => e.Date <= AsOf)).TermDays.End ?? termLastDay;
        }

        return new FundOnDay(
            row,
            new Money(row.TargetAmount, currency),
            committed,
            invested,
            returned,
            committed - invested - returned,
            invested - exited,
            exited,
            proceeds,
            proceeds - exited,
            distributed,
            proceeds - distributed,
            termLastDay,
            through);
    }

    /// <summary>A fund's figures on the day.</summary>
    public sealed record FundOnDay(
        FundSummary Fund,
        Money Target,
        Money Committed,
        Money Invested,
        Money Returned,
        Money Remaining,
        Money HeldAtCost,
        Money ExitedAtCost,
        Money Proceeds,
        Money RealizedGain,
        Money Distributed,
        Money Undistributed,
        LocalDate TermLastDay,
        IReadOnlyList<FundMovement> Movements)
    {
        /// <summary>The share of the target committed.</summary>
        public decimal CommittedShare => Target.Amount == 0m ? 0m : Committed.Amount / Target.Amount;
    }
}

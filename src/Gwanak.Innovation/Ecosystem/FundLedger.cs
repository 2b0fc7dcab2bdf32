using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A fund's money, indexed for its decisions and questions: running totals by day (committed, invested, remaining,
/// held at cost, exit proceeds, undistributed), the same per contributor and per company, and the steps of each kind in
/// the order recorded. Steps may arrive in any date order; every change and question costs O(log n).
/// </summary>
/// <remarks>On every day: committed = invested + returned + remaining; held = invested − exited at cost; undistributed = proceeds − distributed.</remarks>
internal sealed record FundLedger(
    DatedTotals<decimal> Committed,
    DatedTotals<decimal> Invested,
    DatedTotals<decimal> Remaining,
    DatedTotals<decimal> Held,
    DatedTotals<decimal> Proceeds,
    DatedTotals<decimal> Undistributed,
    PersistentMap<OrganizationId, DatedTotals<decimal>> CommittedBy,
    PersistentMap<OrganizationId, DatedTotals<decimal>> UnreturnedBy,
    PersistentMap<OrganizationId, DatedTotals<decimal>> DistributedTo,
    PersistentMap<BusinessRegistrationNumber, DatedTotals<decimal>> HeldIn,
    AppendList<FundCommitmentMade> Commitments,
    AppendList<FundInvestmentMade> Investments,
    AppendList<FundExitMade> Exits,
    AppendList<FundDistributionMade> Distributions,
    AppendList<FundCapitalReturned> CapitalReturns)
{
    /// <summary>Nothing recorded.</summary>
    public static FundLedger Empty { get; } = new(
        DatedTotals<decimal>.Empty,
        DatedTotals<decimal>.Empty,
        DatedTotals<decimal>.Empty,
        DatedTotals<decimal>.Empty,
        DatedTotals<decimal>.Empty,
        DatedTotals<decimal>.Empty,
        PersistentMap<OrganizationId, DatedTotals<decimal>>.Empty,
        PersistentMap<OrganizationId, DatedTotals<decimal>>.Empty,
        PersistentMap<OrganizationId, DatedTotals<decimal>>.Empty,
        PersistentMap<BusinessRegistrationNumber, DatedTotals<decimal>>.Empty,
        AppendList<FundCommitmentMade>.Empty,
        AppendList<FundInvestmentMade>.Empty,
        AppendList<FundExitMade>.Empty,
        AppendList<FundDistributionMade>.Empty,
        AppendList<FundCapitalReturned>.Empty);

    /// <summary>A key's running totals, empty when the key has none.</summary>
    public static DatedTotals<decimal> Of<TKey>(PersistentMap<TKey, DatedTotals<decimal>> byKey, TKey key)
        where TKey : notnull
        => byKey.TryGetValue(key, out var totals) ? totals : DatedTotals<decimal>.Empty;

    public FundLedger With(FundCommitmentMade c) => this with
    {
        Committed = Committed.Add(c.Date, c.Amount.Amount),
        Remaining = Remaining.Add(c.Date, c.Amount.Amount),
        CommittedBy = Add(CommittedBy, c.Contributor, c.Date, c.Amount.Amount),
        UnreturnedBy = Add(UnreturnedBy, c.Contributor, c.Date, c.Amount.Amount),
        Commitments = Commitments.Add(c),
    };

    public FundLedger With(FundInvestmentMade i) => this with
    {
        Invested = Invested.Add(i.Date, i.Amount.Amount),
        Remaining = Remaining.Add(i.Date, -i.Amount.Amount),
        Held = Held.Add(i.Date, i.Amount.Amount),
        HeldIn = Add(HeldIn, i.Company, i.Date, i.Amount.Amount),
        Investments = Investments.Add(i),
    };

    public FundLedger With(FundExitMade x) => this with
    {
        Held = Held.Add(x.Date, -x.Cost.Amount),
        HeldIn = Add(HeldIn, x.Company, x.Date, -x.Cost.Amount),
        Proceeds = Proceeds.Add(x.Date, x.Proceeds.Amount),
        Undistributed = Undistributed.Add(x.Date, x.Proceeds.Amount),
        Exits = Exits.Add(x),
    };

    public FundLedger With(FundDistributionMade d) => this with
    {
        Undistributed = Undistributed.Add(d.Date, -d.Amount.Amount),
        DistributedTo = Add(DistributedTo, d.Contributor, d.Date, d.Amount.Amount),
        Distributions = Distributions.Add(d),
    };

    public FundLedger With(FundCapitalReturned r) => this with
    {
        Remaining = Remaining.Add(r.Date, -r.Amount.Amount),
        UnreturnedBy = Add(UnreturnedBy, r.Contributor, r.Date, -r.Amount.Amount),
        CapitalReturns = CapitalReturns.Add(r),
    };

    private static PersistentMap<TKey, DatedTotals<decimal>> Add<TKey>(PersistentMap<TKey, DatedTotals<decimal>> byKey, TKey key, LocalDate date, decimal change)
        where TKey : notnull
        => byKey.SetItem(key, Of(byKey, key).Add(date, change));
}

using System.Collections.Generic;
using System.Diagnostics;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A startup fund: a target size and a term, contributors' commitments, investments into companies and exits from them,
/// distributions of the proceeds and capital returned to the contributors, each dated, so that what a fund report shows
/// can be asked for any day.
/// </summary>
/// <remarks>
/// <para>
/// Gwanak raised a KRW 20 bn startup support fund (창업지원펀드 200억 원) and set up a KRW 6 bn S-Valley company fund
/// for early-stage firms (관악S밸리기업지원펀드 60억 원) (press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로
/// 도약한다", 2023-08-23). A venture investment association (벤처투자조합) under the Venture Investment Promotion Act
/// (벤처투자 촉진에 관한 법률) runs for the term its agreement sets and invests within it (Art. 51(1) further obliges it to
/// invest a share of its contributions within three years of registration, which the model does not check).
/// </para>
/// <para>
/// The model's own accounting, on every day: committed = invested + returned + remaining, and remaining is never negative
/// (<see cref="FundRules.InvestmentExceedsRemaining"/>, <see cref="FundRules.ReturnExceedsRemaining"/>); committed never
/// exceeds the target size (<see cref="FundRules.CommitmentsExceedTarget"/>); what is held in a company at cost is what
/// was invested in it less what was exited, never negative (<see cref="FundRules.ExitExceedsHolding"/>); what is
/// distributed never exceeds the proceeds of exits (<see cref="FundRules.DistributionExceedsProceeds"/>), and goes to
/// contributors only (<see cref="FundRules.NotAContributor"/>). Money an exit brings in is distributed, not invested
/// again. Commitments are made within the term and investments within the investment period and the term
/// (<see cref="FundRules.TermOver"/>, <see cref="FundRules.InvestmentPeriodOver"/>); exits, distributions and returns may
/// follow the term, while the fund is wound up. Steps may be recorded after the fact, in any date order: the running
/// totals are indexed by day, so every decision and every question costs O(log n).
/// </para>
/// </remarks>
public sealed partial class Fund : EventSourcedAggregate<Fund, FundId, FundEvent>
{
    private readonly FundEstablished establishment;
    private readonly AppendList<FundTermExtended> extensions;
    private readonly FundLedger ledger;

    private Fund(AppendList<FundEvent> history, FundEstablished establishment, AppendList<FundTermExtended> extensions, Period term, FundLedger ledger)
        : base(history)
    {
        this.establishment = establishment;
        this.extensions = extensions;
        this.ledger = ledger;
        Term = term;
        // Within the calendar: the establishment refuses a term ending past it, and the decisions an extension doing so.
        TermDays = new DateRange(establishment.Date, CivilCodePeriod.LastDay(establishment.Date, term)!.Value);
        InvestmentPeriodDays = establishment.InvestmentPeriod is { } period ? new DateRange(establishment.Date, CivilCodePeriod.LastDay(establishment.Date, period)!.Value) : null;
    }

    /// <summary>The name.</summary>
    public LocalizedText Name => establishment.Name;

    /// <summary>The managing organisation.</summary>
    public OrganizationId Manager => establishment.Manager;

    /// <summary>The target size.</summary>
    public Money TargetSize => establishment.TargetSize;

    /// <summary>The day of establishment.</summary>
    public LocalDate EstablishedOn => establishment.Date;

    /// <summary>The term (존속기간) from the day of establishment, with every extension recorded.</summary>
    public Period Term { get; }

    /// <summary>
    /// The days of the term, from the day of establishment through its last day with every extension recorded: the term and
    /// the extensions counted as one period, as the Civil Code counts periods (see <see cref="FundEstablished"/>).
    /// </summary>
    public DateRange TermDays { get; }

    /// <summary>The days of the investment period, counted as the term is, or <see langword="null"/> when the fund states none (it invests throughout its term).</summary>
    public DateRange? InvestmentPeriodDays { get; }

    /// <summary>The commitments, in the order recorded.</summary>
    public IReadOnlyList<FundCommitmentMade> Commitments => ledger.Commitments;

    /// <summary>The investments, in the order recorded.</summary>
    public IReadOnlyList<FundInvestmentMade> Investments => ledger.Investments;

    /// <summary>The exits, in the order recorded.</summary>
    public IReadOnlyList<FundExitMade> Exits => ledger.Exits;

    /// <summary>The distributions, in the order recorded.</summary>
    public IReadOnlyList<FundDistributionMade> Distributions => ledger.Distributions;

    /// <summary>The capital returned, in the order recorded.</summary>
    public IReadOnlyList<FundCapitalReturned> CapitalReturns => ledger.CapitalReturns;

    /// <summary>The extensions of the term, in the order recorded.</summary>
    public IReadOnlyList<FundTermExtended> TermExtensions => extensions;

    /// <summary>The last day of the term, with every extension recorded.</summary>
    internal LocalDate LastDayOfTerm => TermDays.End!.Value;

    /// <summary>The last day of the investment period, when the fund states one.</summary>
    internal LocalDate? InvestmentPeriodLastDay => InvestmentPeriodDays?.End;

    /// <summary>Establishes a fund.</summary>
    /// <param name="id">The fund's id.</param>
    /// <param name="date">The day of establishment, the first day of the term.</param>
    /// <param name="name">The name.</param>
    /// <param name="manager">The managing organisation.</param>
    /// <param name="targetSize">The target size, more than zero.</param>
    /// <param name="term">The term (존속기간), more than zero; for example 8 years.</param>
    /// <param name="investmentPeriod">The investment period, no longer than the term; <see langword="null"/> (the default) when the fund states none.</param>
    /// <returns>The fund, with nothing committed yet.</returns>
    /// <exception cref="System.ArgumentException">An id is default, the name is missing, the target size is not positive, or a period is not positive, the term ends after 9999-12-31 (the end of the calendar) or the investment period outlasts the term.</exception>
    public static Fund Create(FundId id, LocalDate date, LocalizedText name, OrganizationId manager, Money targetSize, Period term, Period? investmentPeriod = null)
        => Found(new FundEstablished(Guard.Against.Default(id), date, name, manager, targetSize, term, investmentPeriod)).Value;

    /// <summary>Rebuilds a fund from its history, deciding every step again.</summary>
    /// <param name="history">The steps, starting with a <see cref="FundEstablished"/>.</param>
    /// <returns>The fund, equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule: its rule id says which, <see cref="DomainRuleException.EventIndex"/> where.</exception>
    /// <exception cref="System.ArgumentException">The history or one of its events is null.</exception>
    public static Fund Replay(IEnumerable<FundEvent> history) => Replay<FundEstablished>(history, Found);

    /// <summary>The name and target size.</summary>
    /// <returns>For example <c>관악구 창업지원펀드 (200억 원)</c>.</returns>
    public override string ToString() => $"{Name.Korean} ({TargetSize.ToKoreanString()})";

    /// <summary>An amount in the fund's currency.</summary>
    internal Money InCurrency(decimal amount) => new(amount, TargetSize.Currency);

    private protected override Refusal? Decide(FundEvent e) => e switch
    {
        FundCommitmentMade c => FundDecisions.Commitment(this, ledger, c),
        FundInvestmentMade i => FundDecisions.Investment(this, ledger, i),
        FundExitMade x => FundDecisions.Exit(this, ledger, x),
        FundDistributionMade d => FundDecisions.Distribution(this, ledger, d),
        FundCapitalReturned r => FundDecisions.Return(this, ledger, r),
        FundTermExtended t => FundDecisions.Extension(this, t),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the fund is founded."),
    };

    private protected override Fund Evolve(FundEvent e, AppendList<FundEvent> history) => e switch
    {
        FundTermExtended t => new(history, establishment, extensions.Add(t), Term + t.Extension, ledger),
        _ => new(history, establishment, extensions, Term, e switch
        {
            FundCommitmentMade c => ledger.With(c),
            FundInvestmentMade i => ledger.With(i),
            FundExitMade x => ledger.With(x),
            FundDistributionMade d => ledger.With(d),
            FundCapitalReturned r => ledger.With(r),
            _ => throw new UnreachableException($"{e.GetType().Name} is decided when the fund is founded."),
        }),
    };

    private static Decision<Fund> Found(FundEstablished established)
        => new(new Fund(Founded(established), established, AppendList<FundTermExtended>.Empty, established.Term, FundLedger.Empty));
}

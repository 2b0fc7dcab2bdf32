using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The transitions of a fund: each in its three forms from one decision.</summary>
public sealed partial class Fund
{
    /// <summary>A contributor commits money.</summary>
    /// <param name="date">The day of the commitment.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the commitment.</returns>
    /// <exception cref="System.ArgumentException">The contributor is default or the amount is not positive.</exception>
    /// <exception cref="DomainRuleException"><see cref="FundRules.CurrencyDiffersFromFund"/>, <see cref="FundRules.BeforeEstablishment"/>, <see cref="FundRules.TermOver"/>, <see cref="FundRules.CommitmentsExceedTarget"/>.</exception>
    [Transition]
    public Fund Commit(LocalDate date, OrganizationId contributor, Money amount) => Record(new FundCommitmentMade(Id, date, contributor, amount));

    /// <summary>A contributor commits money, or the rule that stops it.</summary>
    /// <param name="date">The day of the commitment.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the commitment, or the refusal (as <see cref="Commit"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The contributor is default or the amount is not positive.</exception>
    [Transition]
    public Decision<Fund> TryCommit(LocalDate date, OrganizationId contributor, Money amount) => TryRecord(new FundCommitmentMade(Id, date, contributor, amount));

    /// <summary>True when <see cref="Commit"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day of the commitment.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns><see langword="true"/> when no rule stops the commitment.</returns>
    /// <exception cref="System.ArgumentException">The contributor is default or the amount is not positive.</exception>
    public bool CanCommit(LocalDate date, OrganizationId contributor, Money amount) => CanRecord(new FundCommitmentMade(Id, date, contributor, amount));

    /// <summary>The fund invests in a company.</summary>
    /// <param name="date">The day of the investment.</param>
    /// <param name="company">The company.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the investment.</returns>
    /// <exception cref="System.ArgumentException">The company is default or the amount is not positive.</exception>
    /// <exception cref="DomainRuleException"><see cref="FundRules.CurrencyDiffersFromFund"/>, <see cref="FundRules.BeforeEstablishment"/>, <see cref="FundRules.InvestmentPeriodOver"/>, <see cref="FundRules.InvestmentExceedsRemaining"/>.</exception>
    [Transition]
    public Fund Invest(LocalDate date, BusinessRegistrationNumber company, Money amount) => Record(new FundInvestmentMade(Id, date, company, amount));

    /// <summary>The fund invests in a company, or the rule that stops it.</summary>
    /// <param name="date">The day of the investment.</param>
    /// <param name="company">The company.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the investment, or the refusal (as <see cref="Invest"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The company is default or the amount is not positive.</exception>
    [Transition]
    public Decision<Fund> TryInvest(LocalDate date, BusinessRegistrationNumber company, Money amount) => TryRecord(new FundInvestmentMade(Id, date, company, amount));

    /// <summary>True when <see cref="Invest"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day of the investment.</param>
    /// <param name="company">The company.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns><see langword="true"/> when no rule stops the investment.</returns>
    /// <exception cref="System.ArgumentException">The company is default or the amount is not positive.</exception>
    public bool CanInvest(LocalDate date, BusinessRegistrationNumber company, Money amount) => CanRecord(new FundInvestmentMade(Id, date, company, amount));

    /// <summary>The fund exits (part of) its holding in a company: sold, with the proceeds received, or written off, with none.</summary>
    /// <param name="date">The day of the step.</param>
    /// <param name="company">The company.</param>
    /// <param name="cost">The part of the holding exited, at cost, more than zero.</param>
    /// <param name="proceeds">The money received, zero or more (zero for a write-off).</param>
    /// <returns>The fund with the step.</returns>
    /// <exception cref="System.ArgumentException">The company is default, the cost is not positive or the proceeds are negative.</exception>
    /// <exception cref="DomainRuleException"><see cref="FundRules.CurrencyDiffersFromFund"/>, <see cref="FundRules.BeforeEstablishment"/>, <see cref="FundRules.ExitExceedsHolding"/>, <see cref="MoneyRules.AmountOutOfRange"/> (the exit proceeds would total beyond the largest amount).</exception>
    [Transition]
    public Fund Exit(LocalDate date, BusinessRegistrationNumber company, Money cost, Money proceeds) => Record(new FundExitMade(Id, date, company, cost, proceeds));

    /// <summary>The fund exits (part of) a holding, or the rule that stops it.</summary>
    /// <param name="date">The day of the step.</param>
    /// <param name="company">The company.</param>
    /// <param name="cost">The part of the holding exited, at cost, more than zero.</param>
    /// <param name="proceeds">The money received, zero or more (zero for a write-off).</param>
    /// <returns>The fund with the step, or the refusal (as <see cref="Exit"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The company is default, the cost is not positive or the proceeds are negative.</exception>
    [Transition]
    public Decision<Fund> TryExit(LocalDate date, BusinessRegistrationNumber company, Money cost, Money proceeds) => TryRecord(new FundExitMade(Id, date, company, cost, proceeds));

    /// <summary>True when <see cref="Exit"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day of the step.</param>
    /// <param name="company">The company.</param>
    /// <param name="cost">The part of the holding exited, at cost, more than zero.</param>
    /// <param name="proceeds">The money received, zero or more (zero for a write-off).</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The company is default, the cost is not positive or the proceeds are negative.</exception>
    public bool CanExit(LocalDate date, BusinessRegistrationNumber company, Money cost, Money proceeds) => CanRecord(new FundExitMade(Id, date, company, cost, proceeds));

    /// <summary>The fund pays a contributor out of the proceeds of its exits (분배).</summary>
    /// <param name="date">The day of the step.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the step.</returns>
    /// <exception cref="System.ArgumentException">The contributor is default or the amount is not positive.</exception>
    /// <exception cref="DomainRuleException"><see cref="FundRules.CurrencyDiffersFromFund"/>, <see cref="FundRules.BeforeEstablishment"/>, <see cref="FundRules.NotAContributor"/>, <see cref="FundRules.DistributionExceedsProceeds"/>.</exception>
    [Transition]
    public Fund Distribute(LocalDate date, OrganizationId contributor, Money amount) => Record(new FundDistributionMade(Id, date, contributor, amount));

    /// <summary>The fund pays a contributor, or the rule that stops it.</summary>
    /// <param name="date">The day of the step.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the step, or the refusal (as <see cref="Distribute"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The contributor is default or the amount is not positive.</exception>
    [Transition]
    public Decision<Fund> TryDistribute(LocalDate date, OrganizationId contributor, Money amount) => TryRecord(new FundDistributionMade(Id, date, contributor, amount));

    /// <summary>True when <see cref="Distribute"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day of the step.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The contributor is default or the amount is not positive.</exception>
    public bool CanDistribute(LocalDate date, OrganizationId contributor, Money amount) => CanRecord(new FundDistributionMade(Id, date, contributor, amount));

    /// <summary>The fund gives a contributor back committed capital it will not invest, lowering what remains to invest.</summary>
    /// <param name="date">The day of the step.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the step.</returns>
    /// <exception cref="System.ArgumentException">The contributor is default or the amount is not positive.</exception>
    /// <exception cref="DomainRuleException"><see cref="FundRules.CurrencyDiffersFromFund"/>, <see cref="FundRules.BeforeEstablishment"/>, <see cref="FundRules.NotAContributor"/>, <see cref="FundRules.ReturnExceedsRemaining"/>.</exception>
    [Transition]
    public Fund ReturnCapital(LocalDate date, OrganizationId contributor, Money amount) => Record(new FundCapitalReturned(Id, date, contributor, amount));

    /// <summary>The fund returns capital, or the rule that stops it.</summary>
    /// <param name="date">The day of the step.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the step, or the refusal (as <see cref="ReturnCapital"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The contributor is default or the amount is not positive.</exception>
    [Transition]
    public Decision<Fund> TryReturnCapital(LocalDate date, OrganizationId contributor, Money amount) => TryRecord(new FundCapitalReturned(Id, date, contributor, amount));

    /// <summary>True when <see cref="ReturnCapital"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day of the step.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The contributor is default or the amount is not positive.</exception>
    public bool CanReturnCapital(LocalDate date, OrganizationId contributor, Money amount) => CanRecord(new FundCapitalReturned(Id, date, contributor, amount));

    /// <summary>The fund's term is extended (존속기간 연장), decided on a day within the term.</summary>
    /// <param name="date">The day the extension was decided.</param>
    /// <param name="extension">The extension, more than zero, added to the term.</param>
    /// <returns>The fund with the step.</returns>
    /// <exception cref="System.ArgumentException">The extension is not a positive date period.</exception>
    /// <exception cref="DomainRuleException"><see cref="FundRules.BeforeEstablishment"/>, <see cref="FundRules.TermOver"/>, <see cref="CalendarRules.DateBeyondCalendar"/> (the extended term would end after 9999-12-31).</exception>
    [Transition]
    public Fund ExtendTerm(LocalDate date, Period extension) => Record(new FundTermExtended(Id, date, extension));

    /// <summary>The fund's term is extended, or the rule that stops it.</summary>
    /// <param name="date">The day the extension was decided.</param>
    /// <param name="extension">The extension, more than zero, added to the term.</param>
    /// <returns>The fund with the step, or the refusal (as <see cref="ExtendTerm"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The extension is not a positive date period.</exception>
    [Transition]
    public Decision<Fund> TryExtendTerm(LocalDate date, Period extension) => TryRecord(new FundTermExtended(Id, date, extension));

    /// <summary>True when <see cref="ExtendTerm"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day the extension was decided.</param>
    /// <param name="extension">The extension, more than zero, added to the term.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The extension is not a positive date period.</exception>
    public bool CanExtendTerm(LocalDate date, Period extension) => CanRecord(new FundTermExtended(Id, date, extension));
}

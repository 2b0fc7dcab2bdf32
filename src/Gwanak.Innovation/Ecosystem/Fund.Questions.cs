using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The questions a fund report asks of a fund for a day, each counting the steps dated on or before it.</summary>
public sealed partial class Fund
{
    /// <summary>The total committed on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money CommittedOn(LocalDate date) => InCurrency(ledger.Committed.On(date));

    /// <summary>The total invested on a day, at cost, exited investments included.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money InvestedOn(LocalDate date) => InCurrency(ledger.Invested.On(date));

    /// <summary>The total capital returned to the contributors on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money ReturnedOn(LocalDate date) => InCurrency(ledger.Committed.On(date) - ledger.Invested.On(date) - ledger.Remaining.On(date));

    /// <summary>The capacity remaining on a day: committed minus invested minus returned, never negative.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money RemainingOn(LocalDate date) => InCurrency(ledger.Remaining.On(date));

    /// <summary>What the fund holds on a day, at cost: invested minus exited at cost.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money HeldAtCostOn(LocalDate date) => InCurrency(ledger.Held.On(date));

    /// <summary>What the fund holds in a company on a day, at cost.</summary>
    /// <param name="company">The company.</param>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency; zero for a company it never invested in.</returns>
    public Money HeldAtCostIn(BusinessRegistrationNumber company, LocalDate date) => InCurrency(FundLedger.Of(ledger.HeldIn, company).On(date));

    /// <summary>The cost of the holdings exited by a day (sold or written off).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money ExitedAtCostOn(LocalDate date) => InCurrency(ledger.Invested.On(date) - ledger.Held.On(date));

    /// <summary>The proceeds of the exits by a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money ProceedsOn(LocalDate date) => InCurrency(ledger.Proceeds.On(date));

    /// <summary>The gain realised by a day: the proceeds of the exits less their cost; negative for a loss.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money RealizedGainOn(LocalDate date) => InCurrency(ledger.Proceeds.On(date) - ledger.Invested.On(date) + ledger.Held.On(date));

    /// <summary>The total distributed to the contributors by a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money DistributedOn(LocalDate date) => InCurrency(ledger.Proceeds.On(date) - ledger.Undistributed.On(date));

    /// <summary>The proceeds not yet distributed on a day, never negative.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money UndistributedOn(LocalDate date) => InCurrency(ledger.Undistributed.On(date));

    /// <summary>What a contributor has committed by a day.</summary>
    /// <param name="contributor">The contributor.</param>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money CommittedBy(OrganizationId contributor, LocalDate date) => InCurrency(FundLedger.Of(ledger.CommittedBy, contributor).On(date));

    /// <summary>The capital returned to a contributor by a day.</summary>
    /// <param name="contributor">The contributor.</param>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money ReturnedTo(OrganizationId contributor, LocalDate date)
        => InCurrency(FundLedger.Of(ledger.CommittedBy, contributor).On(date) - FundLedger.Of(ledger.UnreturnedBy, contributor).On(date));

    /// <summary>What was distributed to a contributor by a day.</summary>
    /// <param name="contributor">The contributor.</param>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money DistributedTo(OrganizationId contributor, LocalDate date) => InCurrency(FundLedger.Of(ledger.DistributedTo, contributor).On(date));
}

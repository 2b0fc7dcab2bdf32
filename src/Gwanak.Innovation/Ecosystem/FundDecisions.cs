using System.Diagnostics;
using System.Globalization;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The rules a fund's steps are decided by, each with the refusal it gives (<see cref="FundRules"/>).</summary>
/// <remarks>
/// A step may be dated before steps already recorded, so a rule that keeps a total from going below zero looks at the
/// lowest total from the step's day on, not only at that day.
/// </remarks>
internal static class FundDecisions
{
    public static Refusal? Commitment(Fund fund, FundLedger ledger, FundCommitmentMade c)
    {
        if ((Common(fund, c, c.Amount) ?? AfterTerm(fund, c)) is { } refusal)
        {
            return refusal;
        }

        // A total beyond the largest amount is beyond every target size too.
        bool fits = Money.TryAdd(fund.InCurrency(ledger.Committed.On(LocalDate.MaxIsoValue)), c.Amount, out var total);
        return !fits || total > fund.TargetSize
            ? new(FundRules.CommitmentsExceedTarget, $"Tried to record {What(c)} of {c.Amount.ToKoreanString()} in {fund.Name.Korean}; commitments would total {(fits ? total.ToKoreanString() : "more than the largest amount")}, beyond the target size of {fund.TargetSize.ToKoreanString()}.")
            : null;
    }

    public static Refusal? Investment(Fund fund, FundLedger ledger, FundInvestmentMade i)
    {
        if (Common(fund, i, i.Amount) is { } refusal)
        {
            return refusal;
        }

        var lastDay = fund.InvestmentPeriodLastDay is { } periodEnd && periodEnd < fund.LastDayOfTerm ? periodEnd : fund.LastDayOfTerm;
        if (i.Date > lastDay)
        {
            string which = lastDay == fund.LastDayOfTerm ? "term" : "investment period";
            return new(FundRules.InvestmentPeriodOver, $"Tried to record {What(i)} on {i.Date:uuuu-MM-dd} in {fund.Name.Korean}, whose {which} ended on {lastDay:uuuu-MM-dd}; a fund invests within its investment period and its term.");
        }

        var lowest = ledger.Remaining.LowestFrom(i.Date);
        return lowest.Total < i.Amount.Amount
            ? new(FundRules.InvestmentExceedsRemaining, $"Tried to record {What(i)} of {i.Amount.ToKoreanString()} on {i.Date:uuuu-MM-dd} in {fund.Name.Korean}, but on {lowest.Day:uuuu-MM-dd} only {fund.InCurrency(lowest.Total).ToKoreanString()} remains (committed minus invested minus returned); an investment fits within the remaining capacity.")
            : null;
    }

    public static Refusal? Exit(Fund fund, FundLedger ledger, FundExitMade x)
    {
        if ((Common(fund, x, x.Cost) ?? Common(fund, x, x.Proceeds)) is { } refusal)
        {
            return refusal;
        }

        // Exits bring in any proceeds, so theirs is the one running total no other rule bounds.
        if (!Money.TryAdd(fund.InCurrency(ledger.Proceeds.On(LocalDate.MaxIsoValue)), x.Proceeds, out _))
        {
            return new(MoneyRules.AmountOutOfRange, $"Tried to record {What(x)} with proceeds of {x.Proceeds.ToKoreanString()} in {fund.Name.Korean}; its exit proceeds would total more than the largest amount an amount holds (±{decimal.MaxValue.ToString("N0", CultureInfo.InvariantCulture)}).");
        }

        var lowest = FundLedger.Of(ledger.HeldIn, x.Company).LowestFrom(x.Date);
        return lowest.Total < x.Cost.Amount
            ? new(FundRules.ExitExceedsHolding, $"Tried to record {What(x)} of {x.Cost.ToKoreanString()} at cost on {x.Date:uuuu-MM-dd} in {fund.Name.Korean}, but on {lowest.Day:uuuu-MM-dd} it holds {fund.InCurrency(lowest.Total).ToKoreanString()} at cost there; an exit takes out at most what is held.")
            : null;
    }

    public static Refusal? Distribution(Fund fund, FundLedger ledger, FundDistributionMade d)
    {
        if ((Common(fund, d, d.Amount) ?? Contributor(fund, ledger, d, d.Contributor)) is { } refusal)
        {
            return refusal;
        }

        var lowest = ledger.Undistributed.LowestFrom(d.Date);
        return lowest.Total < d.Amount.Amount
            ? new(FundRules.DistributionExceedsProceeds, $"Tried to record {What(d)} of {d.Amount.ToKoreanString()} on {d.Date:uuuu-MM-dd} in {fund.Name.Korean}, but on {lowest.Day:uuuu-MM-dd} only {fund.InCurrency(lowest.Total).ToKoreanString()} of exit proceeds is undistributed; a fund distributes what its exits brought in.")
            : null;
    }

    public static Refusal? Return(Fund fund, FundLedger ledger, FundCapitalReturned r)
    {
        if ((Common(fund, r, r.Amount) ?? Contributor(fund, ledger, r, r.Contributor)) is { } refusal)
        {
            return refusal;
        }

        var remaining = ledger.Remaining.LowestFrom(r.Date);
        var own = FundLedger.Of(ledger.UnreturnedBy, r.Contributor).LowestFrom(r.Date);
        var (tightest, whose) = remaining.Total <= own.Total ? (remaining, "remains uninvested in the fund") : (own, $"of {r.Contributor}'s commitment has not been returned");
        return tightest.Total < r.Amount.Amount
            ? new(FundRules.ReturnExceedsRemaining, $"Tried to record {What(r)} of {r.Amount.ToKoreanString()} on {r.Date:uuuu-MM-dd} in {fund.Name.Korean}, but on {tightest.Day:uuuu-MM-dd} only {fund.InCurrency(tightest.Total).ToKoreanString()} {whose}; returned capital comes out of the uninvested remainder of the contributor's own commitment.")
            : null;
    }

    public static Refusal? Extension(Fund fund, FundTermExtended e)
    {
        if ((e.Date < fund.EstablishedOn ? BeforeEstablishment(fund, e) : AfterTerm(fund, e)) is { } refusal)
        {
            return refusal;
        }

        return CivilCodePeriod.LastDay(fund.EstablishedOn, fund.Term, e.Extension) is null
            ? new(CalendarRules.DateBeyondCalendar, $"Tried to record {What(e)} on {e.Date:uuuu-MM-dd} in {fund.Name.Korean}, whose term ends on {fund.LastDayOfTerm:uuuu-MM-dd}; the extended term would end after {LocalDate.MaxIsoValue:uuuu-MM-dd}, the end of the calendar the library counts in.")
            : null;
    }

    private static Refusal? Common(Fund fund, FundEvent step, Money amount)
    {
        if (amount.Currency != fund.TargetSize.Currency)
        {
            return new(FundRules.CurrencyDiffersFromFund, $"Tried to record {What(step)} of {amount} in {fund.Name.Korean}, whose target size is {fund.TargetSize}; amounts are in the fund's currency.");
        }

        return step.Date < fund.EstablishedOn ? BeforeEstablishment(fund, step) : null;
    }

    private static Refusal BeforeEstablishment(Fund fund, FundEvent step)
        => new(FundRules.BeforeEstablishment, $"Tried to record {What(step)} on {step.Date:uuuu-MM-dd} in {fund.Name.Korean}, established on {fund.EstablishedOn:uuuu-MM-dd}; steps are dated from the establishment on.");

    private static Refusal? AfterTerm(Fund fund, FundEvent step)
        => step.Date > fund.LastDayOfTerm
            ? new(FundRules.TermOver, $"Tried to record {What(step)} on {step.Date:uuuu-MM-dd} in {fund.Name.Korean}, whose term ended on {fund.LastDayOfTerm:uuuu-MM-dd}; commitments and extensions are made within the term.")
            : null;

    private static Refusal? Contributor(Fund fund, FundLedger ledger, FundEvent step, OrganizationId contributor)
        => FundLedger.Of(ledger.CommittedBy, contributor).On(step.Date) > 0m
            ? null
            : new(FundRules.NotAContributor, $"Tried to record {What(step)} on {step.Date:uuuu-MM-dd} in {fund.Name.Korean}, to which {contributor} has committed nothing by that day; the fund pays its contributors.");

    // What a step is, in words, for its refusals only: nothing is written when a step is allowed.
    private static string What(FundEvent step) => step switch
    {
        FundCommitmentMade c => $"a commitment by {c.Contributor}",
        FundInvestmentMade i => $"an investment in {i.Company}",
        FundExitMade x => $"an exit from {x.Company}",
        FundDistributionMade d => $"a distribution to {d.Contributor}",
        FundCapitalReturned r => $"capital returned to {r.Contributor}",
        FundTermExtended e => $"an extension of the term by {e.Extension}",
        _ => throw new UnreachableException($"{step.GetType().Name} is no step a rule refuses."),
    };
}

using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The fund's term was extended (존속기간 연장), as its agreement allows, for example by a resolution of its contributors; the step is dated on the day it was decided.</summary>
[EventType("fund.term-extended")]
public sealed record FundTermExtended : FundEvent
{
    /// <summary>Records an extension.</summary>
    /// <param name="fund">The fund's id.</param>
    /// <param name="date">The day the extension was decided, within the term.</param>
    /// <param name="extension">
    /// The extension, in years, months, weeks and days, more than zero. It is added to the term: the term and its extensions
    /// are counted as one period from the day of establishment, their months first, then their days, so a term of a month
    /// from 2023-01-31 ends on 2023-02-28 and extended by a day on 2023-03-01.
    /// </param>
    /// <exception cref="System.ArgumentException">The id is default, or the extension is not a positive date period.</exception>
    public FundTermExtended(FundId fund, LocalDate date, Period extension)
        : base(fund, date)
        => Extension = CivilCodePeriod.RequireDatePeriod(extension, nameof(extension), positive: true);

    /// <summary>The extension.</summary>
    public Period Extension { get; }
}

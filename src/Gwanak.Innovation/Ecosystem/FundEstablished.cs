using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A fund was established with a target size and a term: the first event of every fund.</summary>
/// <remarks>
/// The term (존속기간) and the investment period (투자기간) are what the fund's agreement states; a venture investment
/// association (벤처투자조합, Venture Investment Promotion Act, 벤처투자 촉진에 관한 법률) sets them in its partnership
/// agreement (조합규약), commonly some eight years with an investment period of about four. Both are counted as every
/// period the library counts (docs/domain.md, "Periods"): from the day of establishment, that day counted, through the day
/// before the corresponding day (Civil Code Art. 160(2)), or the month's last day when there is none (Art. 160(3)); a
/// period of months and days counts its months first, then its days, so P1M1D from 2023-01-31 runs through 2023-03-01.
/// A term may end on 9999-12-31, the calendar's last day, not after it.
/// </remarks>
[EventType("fund.established")]
public sealed record FundEstablished : FundEvent
{
    /// <summary>Records an establishment.</summary>
    /// <param name="fund">The fund's id.</param>
    /// <param name="date">The day of establishment, the first day of the term.</param>
    /// <param name="name">The fund's name.</param>
    /// <param name="manager">The managing organisation.</param>
    /// <param name="targetSize">The target size, more than zero, for example KRW 20 bn.</param>
    /// <param name="term">The term (존속기간), in years, months, weeks and days, more than zero; for example 8 years.</param>
    /// <param name="investmentPeriod">The investment period (투자기간) from the same day, no longer than the term; <see langword="null"/> when the fund states none and invests throughout its term.</param>
    /// <exception cref="ArgumentException">An id is default, the name is null, the target size is not positive, or a period is not a positive date period, the term ends beyond the calendar (9999-12-31) or the investment period outlasts the term.</exception>
    public FundEstablished(FundId fund, LocalDate date, LocalizedText name, OrganizationId manager, Money targetSize, Period term, Period? investmentPeriod)
        : base(fund, date)
    {
        Name = Guard.Against.Null(name);
        Manager = Guard.Against.Default(manager);
        Guard.Against.NegativeOrZero(targetSize.Amount, nameof(targetSize));
        TargetSize = targetSize;
        Term = CivilCodePeriod.RequireDatePeriod(term, nameof(term), positive: true);
        InvestmentPeriod = investmentPeriod is null ? null : CivilCodePeriod.RequireDatePeriod(investmentPeriod, nameof(investmentPeriod), positive: true);
        if (CivilCodePeriod.LastDay(date, term) is not { } lastDay)
        {
            throw new ArgumentOutOfRangeException(nameof(term), term, $"The term {term} from {date:uuuu-MM-dd} ends after {LocalDate.MaxIsoValue:uuuu-MM-dd}, the end of the calendar the library counts in.");
        }

        if (investmentPeriod is not null && (CivilCodePeriod.LastDay(date, investmentPeriod) is not { } investmentLastDay || investmentLastDay > lastDay))
        {
            throw new ArgumentException($"The investment period {investmentPeriod} outlasts the term {term}; a fund invests within its term.", nameof(investmentPeriod));
        }
    }

    /// <summary>The fund's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The managing organisation.</summary>
    public OrganizationId Manager { get; }

    /// <summary>The target size.</summary>
    public Money TargetSize { get; }

    /// <summary>The term (존속기간) from the day of establishment, before any extension.</summary>
    public Period Term { get; }

    /// <summary>The investment period (투자기간) from the day of establishment, or <see langword="null"/> when the fund states none.</summary>
    public Period? InvestmentPeriod { get; }
}

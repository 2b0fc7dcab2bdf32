using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The periods of a fund: its term, investment period and extensions.</summary>
internal static class FundTerm
{
    /// <summary>The period, when it is in years, months, weeks and days, none negative, and longer than zero.</summary>
    public static Period Positive(Period period, string parameterName)
    {
        Guard.Against.Null(period, parameterName);
        if (period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Equals(Period.Zero))
        {
            throw new ArgumentException($"The period {period} must be longer than zero, in years, months, weeks and days, none negative.", parameterName);
        }

        return period;
    }
}

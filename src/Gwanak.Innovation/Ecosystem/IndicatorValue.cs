using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A measured value of an indicator on a day, with its source.</summary>
public sealed record IndicatorValue
{
    /// <summary>Records a value.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="date">The day the value describes.</param>
    /// <param name="value">The value, in the indicator's unit.</param>
    /// <param name="source">Where the value comes from, for example a publication.</param>
    /// <exception cref="System.ArgumentException">The source is empty.</exception>
    public IndicatorValue(Indicator indicator, LocalDate date, decimal value, string source)
    {
        Indicator = Guard.Against.Null(indicator);
        Date = date;
        Value = value;
        Source = Guard.Against.NullOrWhiteSpace(source).Trim();
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The day the value describes.</summary>
    public LocalDate Date { get; }

    /// <summary>The value, in <see cref="Ecosystem.Indicator.Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>Where the value comes from.</summary>
    public string Source { get; }
}

using System;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Primitives;

/// <summary>An ISO 4217 currency with its number of minor-unit decimal places.</summary>
/// <remarks>
/// Source: ISO 4217 list of currency codes; the won (KRW), the yen (JPY) and the dong (VND) have no minor unit.
/// <c>default(Currency)</c> is the won, so that <c>default(Money)</c> is zero won.
/// </remarks>
public readonly struct Currency : IEquatable<Currency>
{
    private readonly string? code;

    private Currency(string code, int minorUnits)
    {
        this.code = code;
        MinorUnits = minorUnits;
    }

    /// <summary>South Korean won (대한민국 원); no minor unit.</summary>
    public static Currency Krw { get; } = new("KRW", 0);

    /// <summary>United States dollar; two decimal places.</summary>
    public static Currency Usd { get; } = new("USD", 2);

    /// <summary>The three-letter ISO 4217 code, for example <c>KRW</c>.</summary>
    public string Code => code ?? "KRW";

    /// <summary>How many decimal places an amount in this currency may have (0 for KRW, 2 for USD).</summary>
    public int MinorUnits { get; }

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when both have the same code.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Finds a currency by its ISO 4217 code (KRW, USD, EUR, JPY, CNY, GBP, CAD, AUD, NZD, SGD, HKD, TWD, VND, CHF).</summary>
    /// <param name="code">The three-letter code, upper case.</param>
    /// <param name="currency">The currency, when known.</param>
    /// <returns><see langword="true"/> when the code is known; never throws.</returns>
    public static bool TryFromCode(string? code, out Currency currency)
    {
        int units = code is null ? -1 : MoneySyntax.MinorUnitsOf(code);
        currency = units < 0 ? default : new Currency(code!, units);
        return units >= 0;
    }

    /// <summary>Finds a currency by its ISO 4217 code.</summary>
    /// <param name="code">The three-letter code, upper case.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException">The code is not one this package knows.</exception>
    public static Currency FromCode(string code)
    {
        if (!TryFromCode(code, out Currency currency))
        {
            throw new ArgumentException($"'{code}' is not an ISO 4217 currency code this package knows.", nameof(code));
        }

        return currency;
    }

    /// <inheritdoc/>
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The ISO 4217 code.</summary>
    /// <returns>The code, for example <c>KRW</c>.</returns>
    public override string ToString() => Code;
}

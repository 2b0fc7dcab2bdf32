using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>Money's checked arithmetic: sums, products and the refusals they raise (<c>MON-001</c>, <c>MON-002</c>).</summary>
public readonly partial struct Money
{
    /// <summary>Adds up amounts of one currency.</summary>
    /// <param name="amounts">The amounts; all in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of the sum (the sum of nothing is zero of it).</param>
    /// <returns>The total.</returns>
    /// <exception cref="DomainRuleException">An amount is in another currency (<c>MON-001</c>), or the total is beyond the largest amount (<c>MON-002</c>).</exception>
    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        Guard.Against.Null(amounts);
        Money total = Zero(currency);
        foreach (Money m in amounts)
        {
            total += m;
        }

        return total;
    }

    /// <summary>Multiplies by a factor (a share, a rate) and rounds to the currency's minor units.</summary>
    /// <param name="factor">The factor, for example <c>0.375m</c> for a 37.5% reduction.</param>
    /// <param name="rounding">How to round a result between two representable amounts.</param>
    /// <returns>The product, rounded.</returns>
    /// <exception cref="ArgumentException"><paramref name="rounding"/> is not a defined rounding.</exception>
    /// <exception cref="DomainRuleException">The product is beyond the largest amount (<c>MON-002</c>).</exception>
    [Transition]
    public Money MultiplyBy(decimal factor, MidpointRounding rounding)
    {
        Guard.Against.EnumOutOfRange(rounding);
        decimal product;
        try
        {
            product = Amount * factor;
        }
        catch (OverflowException e)
        {
            throw OutOfRange($"Cannot multiply {this} by {factor.ToString(CultureInfo.InvariantCulture)}", e);
        }

        return new(decimal.Round(product, Currency.MinorUnits, rounding), Currency);
    }

    /// <summary>Adds two amounts of one currency, or answers <see langword="false"/> when the sum is beyond the largest amount.</summary>
    internal static bool TryAdd(Money left, Money right, out Money sum)
    {
        decimal a = left.Amount, b = right.Amount;
        bool fits = (a >= 0m) != (b >= 0m) || (a >= 0m ? a <= decimal.MaxValue - b : a >= decimal.MinValue - b);
        sum = fits ? new Money(a + b, left.Currency) : default;
        return fits;
    }

    private static DomainRuleException OutOfRange(string tried, Exception? inner = null)
    {
        string message = $"{tried}: the result is beyond the largest amount an amount holds (±{decimal.MaxValue.ToString("N0", CultureInfo.InvariantCulture)}).";
        return inner is null ? new DomainRuleException(MoneyRules.AmountOutOfRange, message) : new DomainRuleException(MoneyRules.AmountOutOfRange, message, inner);
    }

    private static void EnsureSameCurrency(Money left, Money right, string operation)
    {
        if (left.Currency != right.Currency)
        {
            throw new DomainRuleException(
                MoneyRules.CurrencyMismatch,
                $"Cannot {Tried(operation, left, right)}: the amounts are in different currencies ({left.Currency.Code} and {right.Currency.Code}). Convert one of them first; only amounts of one currency combine.");
        }
    }

    /// <summary>What was tried, in words: "add A and B", "subtract B from A", "compare A with B".</summary>
    private static string Tried(string operation, Money left, Money right) => operation switch
    {
        "subtract" => $"subtract {right} from {left}",
        "compare" => $"compare {left} with {right}",
        _ => $"{operation} {left} and {right}",
    };

    private static string FractionMessage(decimal amount, Currency currency)
        => currency.MinorUnits == 0
            ? $"{amount.ToString(CultureInfo.InvariantCulture)} is not a whole amount of {currency.Code}: {currency.Code} has no minor unit, so fractions are not allowed."
            : $"{amount.ToString(CultureInfo.InvariantCulture)} has more decimal places than {currency.Code} allows ({currency.MinorUnits}).";
}

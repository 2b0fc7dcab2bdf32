using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// An amount of money in an ISO 4217 <see cref="Currency"/>, such as the KRW 20 bn startup support fund
/// (창업지원펀드 200억 원).
/// </summary>
/// <remarks>
/// <para>
/// An amount never has more decimal places than its currency allows: a fractional won is rejected, because
/// the won has no minor unit (ISO 4217). Arithmetic is checked: a result beyond the largest amount an amount holds
/// (±79,228,162,514,264,337,593,543,950,335, the range of <see cref="decimal"/>) throws a <see cref="DomainRuleException"/>
/// (<c>MON-002</c>), and adding or comparing two currencies throws one (<c>MON-001</c>) that names both.
/// </para>
/// <para>
/// Text: it parses and formats as its text, so it binds as a route, query or configuration value. Formats:
/// <c>G</c> (the default, the invariant ISO form with the exact amount, <c>KRW 20,000,000,000</c>, <c>USD 1,234.50</c>),
/// <c>K</c> (Korean, <c>200억 원</c>, see <see cref="ToKoreanString"/>) and <c>E</c> (English, <c>KRW 20 billion</c>,
/// rounded, for display only, see <see cref="ToEnglishString"/>); the format provider is ignored. Parsing reads the
/// first two back, and the usual Korean spellings (<c>60억원</c>, <c>1조 2,345억 6,789만 원</c>, <c>₩20,000,000,000</c>,
/// <c>3천만 원</c>).
/// </para>
/// <para><see langword="default"/> is zero won.</para>
/// </remarks>
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, ISpanParsable<Money>, ISpanFormattable
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; no more decimal places than the currency's minor units.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has a fraction the currency does not allow.</exception>
    public Money(decimal amount, Currency currency)
    {
        if (!MoneySyntax.FitsMinorUnits(amount, currency.MinorUnits))
        {
            throw new ArgumentException(FractionMessage(amount, currency), nameof(amount));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount, in units of the currency (won, dollars).</summary>
    public decimal Amount { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>An amount in won.</summary>
    /// <param name="amount">Whole won; a fraction is rejected.</param>
    /// <returns>The amount in KRW.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has a fraction.</exception>
    public static Money Won(decimal amount) => new(amount, Currency.Krw);

    /// <summary>An amount in US dollars.</summary>
    /// <param name="amount">Dollars, at most two decimal places.</param>
    /// <returns>The amount in USD.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has more than two decimal places.</exception>
    public static Money Dollars(decimal amount) => new(amount, Currency.Usd);

    /// <summary>Zero in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero of that currency.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Creates an amount without throwing.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="money">The money, when the amount fits the currency's minor units.</param>
    /// <returns><see langword="true"/> when the amount fits the currency.</returns>
    public static bool TryCreate(decimal amount, Currency currency, out Money money)
    {
        bool fits = MoneySyntax.FitsMinorUnits(amount, currency.MinorUnits);
        money = fits ? new Money(amount, currency) : default;
        return fits;
    }

    /// <summary>Reads money from text in Korean or ISO notation.</summary>
    /// <param name="s">For example <c>200억 원</c>, <c>1조 2,345억 6,789만 원</c>, <c>₩20,000,000,000</c>, <c>USD 1,234.50</c>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not money; the message says which part is wrong.</exception>
    public static Money Parse(string s) => Parse(s, null);

    /// <summary>Reads money from text in Korean or ISO notation.</summary>
    /// <param name="s">For example <c>200억 원</c> or <c>USD 1,234.50</c>.</param>
    /// <param name="provider">Ignored: these notations read the same in every culture.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not money; the message says which part is wrong.</exception>
    public static Money Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        string? error = MoneySyntax.TryRead(s, out string code, out decimal amount);
        return error is null ? new Money(amount, Currency.FromCode(code)) : throw new FormatException(error);
    }

    /// <summary>Reads money from text in Korean or ISO notation.</summary>
    /// <param name="s">For example <c>200억 원</c> or <c>USD 1,234.50</c>.</param>
    /// <param name="provider">Ignored: these notations read the same in every culture.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not money; the message says which part is wrong.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <summary>Reads money from text in Korean or ISO notation, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="result">The amount, when the text is money.</param>
    /// <returns><see langword="true"/> when the text is money.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result) => TryParse(s, null, out result);

    /// <summary>Reads money from text in Korean or ISO notation, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored: these notations read the same in every culture.</param>
    /// <param name="result">The amount, when the text is money.</param>
    /// <returns><see langword="true"/> when the text is money.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result)
    {
        bool ok = MoneySyntax.TryRead(s, out string code, out decimal amount) is null;
        result = ok ? new Money(amount, Currency.FromCode(code)) : default;
        return ok;
    }

    /// <summary>Reads money from text in Korean or ISO notation, never throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored: these notations read the same in every culture.</param>
    /// <param name="result">The amount, when the text is money.</param>
    /// <returns><see langword="true"/> when the text is money.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => TryParse(s.ToString(), provider, out result);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="DomainRuleException">The currencies differ (<c>MON-001</c>).</exception>
    /// <exception cref="DomainRuleException">The sum is beyond the largest amount (<c>MON-002</c>).</exception>
    public static Money operator +(Money left, Money right)
    {
        EnsureSameCurrency(left, right, "add");
        return TryAdd(left, right, out var sum) ? sum : throw OutOfRange($"Cannot add {left} and {right}");
    }

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference, possibly negative.</returns>
    /// <exception cref="DomainRuleException">The currencies differ (<c>MON-001</c>).</exception>
    /// <exception cref="DomainRuleException">The difference is beyond the largest amount (<c>MON-002</c>).</exception>
    public static Money operator -(Money left, Money right)
    {
        EnsureSameCurrency(left, right, "subtract");
        return TryAdd(left, -right, out var difference) ? difference : throw OutOfRange($"Cannot subtract {right} from {left}");
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Compares two equal currencies' amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    /// <exception cref="DomainRuleException">The currencies differ (<c>MON-001</c>).</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two equal currencies' amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    /// <exception cref="DomainRuleException">The currencies differ (<c>MON-001</c>).</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two equal currencies' amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller or equal.</returns>
    /// <exception cref="DomainRuleException">The currencies differ (<c>MON-001</c>).</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two equal currencies' amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger or equal.</returns>
    /// <exception cref="DomainRuleException">The currencies differ (<c>MON-001</c>).</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Equality of amount and currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when both are the same amount of the same currency.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality of amount or currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when amount or currency differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <inheritdoc/>
    /// <exception cref="DomainRuleException">The currencies differ (<c>MON-001</c>).</exception>
    public int CompareTo(Money other)
    {
        EnsureSameCurrency(this, other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>The invariant ISO form with the exact amount, which <see cref="Parse(string)"/> reads back.</summary>
    /// <returns>For example <c>KRW 20,000,000,000</c> or <c>USD 1,234.50</c>.</returns>
    public override string ToString() => MoneyText.Invariant(this);

    /// <summary>The money in a format.</summary>
    /// <param name="format"><c>G</c> or empty for <c>KRW 20,000,000,000</c>, <c>K</c> for <c>200억 원</c>, <c>E</c> for <c>KRW 20 billion</c>.</param>
    /// <param name="formatProvider">Ignored: these forms read the same in every culture.</param>
    /// <returns>The text; <see cref="Parse(string)"/> reads back <c>G</c> and <c>K</c>.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c>, <c>K</c> or <c>E</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => MoneyText.Format(this, format);

    /// <summary>Writes the money into a span in a format.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written, or 0 when the span is too short.</param>
    /// <param name="format"><c>G</c> or empty for <c>KRW 20,000,000,000</c>, <c>K</c> for <c>200억 원</c>, <c>E</c> for <c>KRW 20 billion</c>.</param>
    /// <param name="provider">Ignored: these forms read the same in every culture.</param>
    /// <returns><see langword="true"/> when the text fits.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c>, <c>K</c> or <c>E</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextFormat.TryCopy(MoneyText.Format(this, format), destination, out charsWritten);

    /// <summary>
    /// The Korean form (format <c>K</c>): won grouped by 만 (10⁴), 억 (10⁸), 조 (10¹²) and 경 (10¹⁶), each group with
    /// thousands separators, followed by 원 after a space as Korean orthography writes unit nouns.
    /// </summary>
    /// <returns>For example <c>200억 원</c>, <c>1조 2,345억 6,789만 원</c>, <c>0 원</c>; other currencies in their ISO form.</returns>
    public string ToKoreanString() => MoneyText.Korean(this);

    /// <summary>The English form (format <c>E</c>) with a scale word, as English-language press writes large sums; rounded, for display only.</summary>
    /// <returns>For example <c>KRW 20 billion</c>, <c>KRW 6 billion</c>, <c>USD 1.5 million</c>, <c>KRW 5,000</c>.</returns>
    public string ToEnglishString() => MoneyText.English(this);
}

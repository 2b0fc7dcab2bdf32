// This file is compiled into both the library and its analyzer (as a linked file), so that the
// compile-time check and the run-time parser can never disagree. Keep it free of dependencies
// beyond netstandard2.0.
using System;

namespace Gwanak.Innovation.Primitives.Validation;

/// <summary>
/// Reads money amounts written the Korean way (<c>200억 원</c>, <c>1조 2,345억 6,789만 원</c>,
/// <c>20,000,000,000원</c>, <c>₩20,000,000,000</c>, <c>3천만 원</c>, <c>1.5억 원</c>, <c>만 원</c>) and the invariant
/// ISO way (<c>KRW 20,000,000,000</c>, <c>USD 1,234.50</c>): a sign, a currency, an amount
/// (<see cref="KoreanNumeralSyntax"/>) and 원.
/// </summary>
/// <remarks>Currency minor units follow ISO 4217 (KRW and JPY have none).</remarks>
internal static class MoneySyntax
{
    /// <summary>ISO 4217 codes this package knows, with their minor units.</summary>
    public static readonly (string Code, int MinorUnits)[] Currencies =
    {
        ("KRW", 0), ("USD", 2), ("EUR", 2), ("JPY", 0), ("CNY", 2), ("GBP", 2), ("CAD", 2), ("AUD", 2),
        ("NZD", 2), ("SGD", 2), ("HKD", 2), ("TWD", 2), ("VND", 0), ("CHF", 2),
    };

    /// <summary>The minor units of a known ISO 4217 code, or -1 when the code is not known.</summary>
    public static int MinorUnitsOf(string code)
    {
        foreach (var (c, units) in Currencies)
        {
            if (string.Equals(c, code, StringComparison.Ordinal))
            {
                return units;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="amount"/> has no more decimal places than the currency's minor units allow.</summary>
    /// <remarks>Rounding cannot overflow, unlike scaling the amount up by its minor units.</remarks>
    public static bool FitsMinorUnits(decimal amount, int minorUnits)
        => decimal.Round(amount, minorUnits) == amount;

    /// <summary>
    /// Reads <paramref name="text"/>; returns <see langword="null"/> on success, otherwise a sentence that says
    /// which part of the text was wrong.
    /// </summary>
    public static string? TryRead(string? text, out string currency, out decimal amount)
    {
        currency = string.Empty;
        amount = 0m;
        if (text is null || text.Trim().Length == 0)
        {
            return "An amount of money was expected, but the text is empty.";
        }

        string s = text;
        int i = 0;
        int end = s.Length;
        KoreanNumeralSyntax.SkipSpaces(s, ref i);
        while (end > i && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        bool negative = false;
        string? code = null;
        if (i < end && s[i] == '-')
        {
            negative = true;
            i++;
        }

        if (i < end && (s[i] == '₩' || s[i] == '￦'))
        {
            code = "KRW";
            i++;
        }
        else if (i + 3 <= end && IsAsciiUpper(s[i]) && IsAsciiUpper(s[i + 1]) && IsAsciiUpper(s[i + 2]))
        {
            code = s.Substring(i, 3);
            if (MinorUnitsOf(code) < 0)
            {
                return "'" + code + "' at position " + (i + 1) + " in '" + text + "' is not a currency this package knows; use an ISO 4217 code such as KRW or USD.";
            }

            i += 3;
        }

        KoreanNumeralSyntax.SkipSpaces(s, ref i);
        if (!negative && i < end && s[i] == '-')
        {
            negative = true;
            i++;
        }

        string? error = KoreanNumeralSyntax.ReadAmount(s, ref i, end, text, out decimal value);
        if (error is not null)
        {
            return error;
        }

        KoreanNumeralSyntax.SkipSpaces(s, ref i);
        if (i < end && s[i] == '원')
        {
            if (code is not null && code != "KRW")
            {
                return "'원' at position " + (i + 1) + " in '" + text + "' contradicts the currency " + code + " named before it.";
            }

            code = "KRW";
            i++;
        }

        KoreanNumeralSyntax.SkipSpaces(s, ref i);
        if (i < end)
        {
            return "Unexpected '" + s.Substring(i, end - i) + "' at position " + (i + 1) + " in '" + text + "': nothing may follow the amount and its currency.";
        }

        if (code is null)
        {
            return "'" + text + "' names no currency: write 원 or ₩ for won, or start with an ISO 4217 code such as KRW or USD.";
        }

        int minor = MinorUnitsOf(code);
        if (!FitsMinorUnits(value, minor))
        {
            return "'" + text + "' has a fraction smaller than " + code + " allows: " + code + " has " + (minor == 0 ? "no minor unit" : minor + " decimal places") + ".";
        }

        currency = code;
        amount = negative ? -value : value;
        return null;
    }

    private static bool IsAsciiUpper(char c) => c is >= 'A' and <= 'Z';
}

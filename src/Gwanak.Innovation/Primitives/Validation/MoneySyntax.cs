// This file is compiled into both the library and its analyzer (as a linked file), so that the
// compile-time check and the run-time parser can never disagree. Keep it free of dependencies
// beyond netstandard2.0.
using System;
using System.Globalization;

namespace Gwanak.Innovation.Primitives.Validation;

/// <summary>
/// Reads money amounts written the Korean way (<c>200억 원</c>, <c>1조 2,345억 6,789만 원</c>,
/// <c>20,000,000,000원</c>, <c>₩20,000,000,000</c>, <c>3천만 원</c>, <c>1.5억 원</c>, <c>만 원</c>) and the invariant
/// ISO way (<c>KRW 20,000,000,000</c>, <c>USD 1,234.50</c>).
/// </summary>
/// <remarks>
/// Korean numerals group by four digits: 만 = 10⁴, 억 = 10⁸, 조 = 10¹², 경 = 10¹⁶; inside a group 천 = 1000,
/// 백 = 100, 십 = 10. Currency minor units follow ISO 4217 (KRW and JPY have none).
/// </remarks>
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
        SkipSpaces(s, ref i);
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

        SkipSpaces(s, ref i);
        if (!negative && i < end && s[i] == '-')
        {
            negative = true;
            i++;
        }

        string? error = ReadAmount(s, ref i, end, text, out decimal value);
        if (error is not null)
        {
            return error;
        }

        SkipSpaces(s, ref i);
        if (i < end && s[i] == '원')
        {
            if (code is not null && code != "KRW")
            {
                return "'원' at position " + (i + 1) + " in '" + text + "' contradicts the currency " + code + " named before it.";
            }

            code = "KRW";
            i++;
        }

        SkipSpaces(s, ref i);
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

    private static string? ReadAmount(string s, ref int i, int end, string text, out decimal value)
    {
        value = 0m;
        decimal lastBigUnit = decimal.MaxValue;
        bool any = false;
        try
        {
            while (true)
            {
                SkipSpaces(s, ref i);
                string? error = ReadGroup(s, ref i, end, text, out decimal group, out bool read);
                if (error is not null)
                {
                    return error;
                }

                if (!read && !any && i < end && BigUnit(s[i]) != 0m)
                {
                    // A leading unit without a number counts once, as Korean writes 만 원 for 10,000 won.
                    group = 1m;
                    read = true;
                }

                if (!read)
                {
                    break;
                }

                any = true;
                decimal unit = i < end ? BigUnit(s[i]) : 0m;
                if (unit == 0m)
                {
                    value = checked(value + group);
                    break;
                }

                if (unit >= lastBigUnit)
                {
                    return "'" + s[i] + "' at position " + (i + 1) + " in '" + text + "' must be a smaller unit than the one before it (조, 억, 만 in that order).";
                }

                lastBigUnit = unit;
                value = checked(value + (group * unit));
                i++;
                int save = i;
                SkipSpaces(s, ref i);
                if (i >= end || !StartsGroup(s[i]))
                {
                    i = save;
                    break;
                }

            }
        }
        catch (OverflowException)
        {
            return "'" + text + "' is too large an amount of money.";
        }

        if (!any)
        {
            return i < end
                ? "Expected a number at position " + (i + 1) + " in '" + text + "', but found '" + s[i] + "'."
                : "'" + text + "' has no amount: a number was expected.";
        }

        return null;
    }

    // A group: terms such as "3천5백", "2,345", "1.5", "천" up to (not including) a big unit.
    private static string? ReadGroup(string s, ref int i, int end, string text, out decimal group, out bool read)
    {
        group = 0m;
        read = false;
        decimal lastSmallUnit = decimal.MaxValue;
        bool pendingNumber = false;
        decimal number = 0m;
        while (i < end)
        {
            char c = s[i];
            if (IsDigit(c))
            {
                if (pendingNumber)
                {
                    return "Unexpected '" + c + "' at position " + (i + 1) + " in '" + text + "'.";
                }

                string? error = ReadNumber(s, ref i, end, text, out number);
                if (error is not null)
                {
                    return error;
                }

                pendingNumber = true;
                read = true;
                continue;
            }

            decimal small = SmallUnit(c);
            if (small == 0m)
            {
                break;
            }

            if (small >= lastSmallUnit)
            {
                return "'" + c + "' at position " + (i + 1) + " in '" + text + "' must be a smaller unit than the one before it (천, 백, 십 in that order).";
            }

            lastSmallUnit = small;
            group += (pendingNumber ? number : 1m) * small;
            pendingNumber = false;
            read = true;
            i++;
        }

        if (pendingNumber)
        {
            group += number;
        }

        return null;
    }

    private static string? ReadNumber(string s, ref int i, int end, string text, out decimal number)
    {
        number = 0m;
        int digitsSinceComma = -1;
        bool fraction = false;
        decimal scale = 1m;
        while (i < end)
        {
            char c = s[i];
            if (IsDigit(c))
            {
                if (fraction)
                {
                    scale /= 10m;
                    number += (c - '0') * scale;
                }
                else
                {
                    number = checked((number * 10m) + (c - '0'));
                    if (digitsSinceComma >= 0)
                    {
                        digitsSinceComma++;
                    }
                }

                i++;
            }
            else if (c == ',' && !fraction && i + 1 < end && IsDigit(s[i + 1]))
            {
                if (digitsSinceComma >= 0 && digitsSinceComma != 3)
                {
                    return "The digit group before the comma at position " + (i + 1) + " in '" + text + "' must have three digits.";
                }

                digitsSinceComma = 0;
                i++;
            }
            else if (c == '.' && !fraction && i + 1 < end && IsDigit(s[i + 1]))
            {
                if (digitsSinceComma >= 0 && digitsSinceComma != 3)
                {
                    return "The digit group before the decimal point at position " + (i + 1) + " in '" + text + "' must have three digits.";
                }

                digitsSinceComma = -1;
                fraction = true;
                i++;
            }
            else
            {
                break;
            }
        }

        if (digitsSinceComma >= 0 && digitsSinceComma != 3)
        {
            return "The digit group ending at position " + i + " in '" + text + "' must have three digits after its comma.";
        }

        return null;
    }

    private static bool StartsGroup(char c) => IsDigit(c) || SmallUnit(c) != 0m;

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsAsciiUpper(char c) => c is >= 'A' and <= 'Z';

    private static decimal BigUnit(char c) => c switch
    {
        '만' => 10_000m,
        '억' => 100_000_000m,
        '조' => 1_000_000_000_000m,
        '경' => 10_000_000_000_000_000m,
        _ => 0m,
    };

    private static decimal SmallUnit(char c) => c switch
    {
        '천' => 1000m,
        '백' => 100m,
        '십' => 10m,
        _ => 0m,
    };

    private static void SkipSpaces(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }

    /// <summary>Formats digits with thousands separators, invariantly.</summary>
    public static string Group(decimal value, int decimals)
        => value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);
}

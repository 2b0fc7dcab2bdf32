// This file is compiled into both the library and its analyzer (as a linked file), so that the
// compile-time check and the run-time parser can never disagree. Keep it free of dependencies
// beyond netstandard2.0.
using System;

namespace Gwanak.Innovation.Primitives.Validation;

/// <summary>
/// Reads a number written with Korean units, as amounts of money are written in Korean: <c>200억</c>,
/// <c>1조 2,345억 6,789만</c>, <c>3천5백만</c>, <c>1.5억</c>, <c>만</c>, or plain digits with thousands separators.
/// </summary>
/// <remarks>
/// Korean numerals group by four digits: 만 = 10⁴, 억 = 10⁸, 조 = 10¹², 경 = 10¹⁶, each group written once and
/// the larger first; inside a group 천 = 1000, 백 = 100, 십 = 10. A unit without a number before it counts once
/// (만 원 is 10,000 won).
/// </remarks>
internal static class KoreanNumeralSyntax
{
    /// <summary>
    /// Reads an amount such as <c>1조 2,345억 6,789만</c>, <c>3천5백만</c> or <c>20,000,000,000</c> from position
    /// <paramref name="i"/> up to <paramref name="end"/>; returns <see langword="null"/> on success, otherwise a
    /// sentence naming the wrong part of <paramref name="text"/>.
    /// </summary>
    public static string? ReadAmount(string s, ref int i, int end, string text, out decimal value)
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
                // ReadNumber stops only at the end or at a character that is not a digit, so a number is never
                // followed directly by another number here.
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

    /// <summary>Moves <paramref name="i"/> past white space.</summary>
    public static void SkipSpaces(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }
}

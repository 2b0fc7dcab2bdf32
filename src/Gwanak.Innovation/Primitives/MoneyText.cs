using System;
using System.Globalization;
using System.Text;

namespace Gwanak.Innovation.Primitives;

/// <summary>The text forms of <see cref="Money"/>: the invariant ISO form, the Korean form and the English form.</summary>
internal static class MoneyText
{
    private const string Formats = "money: G (KRW 20,000,000,000, the default), K (200억 원) or E (KRW 20 billion)";

    /// <summary>The money in a format: <c>G</c> (ISO), <c>K</c> (Korean) or <c>E</c> (English).</summary>
    /// <exception cref="FormatException">The format is none of these.</exception>
    public static string Format(Money money, ReadOnlySpan<char> format) => TextFormat.Letter(format, "GKE", Formats) switch
    {
        'K' => Korean(money),
        'E' => English(money),
        _ => Invariant(money),
    };

    /// <summary>The ISO code and the exact amount with thousands separators and the currency's decimal places.</summary>
    public static string Invariant(Money money) => money.Currency.Code + " " + Group(money.Amount, money.Currency.MinorUnits);

    /// <summary>Won grouped by 만, 억, 조 and 경, followed by 원 after a space; other currencies in the ISO form.</summary>
    public static string Korean(Money money)
    {
        if (money.Currency != Currency.Krw)
        {
            return Invariant(money);
        }

        decimal rest = Math.Abs(money.Amount);
        ReadOnlySpan<string> units = ["경", "조", "억", "만", string.Empty];
        decimal divisor = 10_000_000_000_000_000m;
        var text = new StringBuilder();
        if (money.IsNegative)
        {
            text.Append('-');
        }

        bool any = false;
        foreach (string unit in units)
        {
            decimal group = decimal.Truncate(rest / divisor);
            rest -= group * divisor;
            divisor /= 10_000m;
            if (group == 0m)
            {
                continue;
            }

            if (any)
            {
                text.Append(' ');
            }

            text.Append(Group(group, 0)).Append(unit);
            any = true;
        }

        if (!any)
        {
            text.Append('0');
        }

        return text.Append(" 원").ToString();
    }

    /// <summary>The scale words of <see cref="English"/>, largest first.</summary>
    private static readonly (decimal Scale, string Word)[] Scales =
        [(1_000_000_000_000m, " trillion"), (1_000_000_000m, " billion"), (1_000_000m, " million")];

    /// <summary>
    /// The ISO code and the amount with a scale word (million, billion, trillion), rounded to three decimals for display;
    /// an amount that rounds to 1,000 of a scale is written as 1 of the next (999,999,999 as 1 billion, not 1,000 million).
    /// </summary>
    public static string English(Money money)
    {
        decimal amount = money.Amount;
        int scale = Array.FindIndex(Scales, s => Math.Abs(amount) >= s.Scale);
        if (scale < 0)
        {
            return money.Currency.Code + " " + Group(amount, money.Currency.MinorUnits);
        }

        decimal scaled = Scaled(amount, scale);
        if (scale > 0 && Math.Abs(scaled) >= 1_000m)
        {
            scaled = Scaled(amount, --scale);
        }

        return money.Currency.Code + " " + scaled.ToString("#,0.###", CultureInfo.InvariantCulture) + Scales[scale].Word;
    }

    /// <summary>The amount in a scale, rounded to three decimals, half away from zero.</summary>
    private static decimal Scaled(decimal amount, int scale) => Math.Round(amount / Scales[scale].Scale, 3, MidpointRounding.AwayFromZero);

    /// <summary>Formats digits with thousands separators, invariantly.</summary>
    private static string Group(decimal value, int decimals)
        => value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);
}

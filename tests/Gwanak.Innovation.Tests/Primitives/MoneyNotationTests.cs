using System;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>The Korean notation of money, read (억, 만, 천, commas, points) and written (the English scale words).</summary>
public sealed class MoneyNotationTests
{
    [Theory]
    [InlineData("천만 원", 10_000_000)]
    [InlineData("3천백 원", 3_100)]
    [InlineData("2천3백4십5 원", 2_345)]
    [InlineData("5억 천만 원", 510_000_000)]
    public void A_small_unit_without_a_number_before_it_counts_once(string text, long won)
        => Assert.Equal(Money.Won(won), Money.Parse(text));

    [Theory]
    [InlineData("KRW", "'KRW' has no amount: a number was expected.")]
    [InlineData("-₩", "'-₩' has no amount: a number was expected.")]
    [InlineData("원", "Expected a number at position 1 in '원', but found '원'.")]
    [InlineData("KRW 원", "Expected a number at position 5 in 'KRW 원', but found '원'.")]
    public void Text_without_an_amount_is_refused_in_a_full_sentence(string text, string message)
        => Assert.Equal(message, Assert.Throws<FormatException>(() => Money.Parse(text)).Message);

    [Theory]
    [InlineData("5만 3억 원", "'억' at position 5 in '5만 3억 원' must be a smaller unit than the one before it (조, 억, 만 in that order).")]
    [InlineData("2억 3억 원", "'억' at position 5 in '2억 3억 원' must be a smaller unit than the one before it (조, 억, 만 in that order).")]
    [InlineData("3백5천만 원", "'천' at position 4 in '3백5천만 원' must be a smaller unit than the one before it (천, 백, 십 in that order).")]
    [InlineData("3천5천만 원", "'천' at position 4 in '3천5천만 원' must be a smaller unit than the one before it (천, 백, 십 in that order).")]
    public void Units_out_of_order_are_refused_naming_the_unit_and_its_position(string text, string message)
        => Assert.Equal(message, Assert.Throws<FormatException>(() => Money.Parse(text)).Message);

    [Theory]
    [InlineData("1,23,456 원", "The digit group before the comma at position 5 in '1,23,456 원' must have three digits.")]
    [InlineData("USD 1,00.50", "The digit group before the decimal point at position 9 in 'USD 1,00.50' must have three digits.")]
    [InlineData("1,23억 원", "The digit group ending at position 4 in '1,23억 원' must have three digits after its comma.")]
    [InlineData("KRW 1,2345", "The digit group ending at position 10 in 'KRW 1,2345' must have three digits after its comma.")]
    public void A_digit_group_of_other_than_three_digits_after_a_comma_is_refused(string text, string message)
        => Assert.Equal(message, Assert.Throws<FormatException>(() => Money.Parse(text)).Message);

    [Theory]
    [InlineData("KRW 1,", "Unexpected ',' at position 6 in 'KRW 1,': nothing may follow the amount and its currency.")]
    [InlineData("KRW 1.", "Unexpected '.' at position 6 in 'KRW 1.': nothing may follow the amount and its currency.")]
    [InlineData("1, 원", "Unexpected ', 원' at position 2 in '1, 원': nothing may follow the amount and its currency.")]
    [InlineData("1. 원", "Unexpected '. 원' at position 2 in '1. 원': nothing may follow the amount and its currency.")]
    [InlineData("1,000,원", "Unexpected ',원' at position 6 in '1,000,원': nothing may follow the amount and its currency.")]
    [InlineData("USD 1.5.0", "Unexpected '.0' at position 8 in 'USD 1.5.0': nothing may follow the amount and its currency.")]
    public void A_comma_or_point_not_followed_by_a_digit_is_not_part_of_the_amount(string text, string message)
        => Assert.Equal(message, Assert.Throws<FormatException>(() => Money.Parse(text)).Message);

    [Theory]
    [InlineData("99999999999999999999999999999경 원")]
    [InlineData("7경 79,228,162,514,264,337,593,543,950,335 원")]
    [InlineData("79,228,162,514,264,337,593,543,950,336 원")]
    public void An_amount_beyond_the_largest_decimal_is_refused_as_too_large(string text)
        => Assert.Equal("'" + text + "' is too large an amount of money.", Assert.Throws<FormatException>(() => Money.Parse(text)).Message);

    [Theory]
    [InlineData(999_999, "KRW 999,999")]
    [InlineData(1_000_000, "KRW 1 million")]
    [InlineData(-1_000_000, "KRW -1 million")]
    [InlineData(999_000_000, "KRW 999 million")]
    [InlineData(1_000_000_000, "KRW 1 billion")]
    [InlineData(999_000_000_000, "KRW 999 billion")]
    [InlineData(1_000_000_000_000, "KRW 1 trillion")]
    [InlineData(-1_000_000_000_000, "KRW -1 trillion")]
    public void English_names_the_scale_from_exactly_one_million_billion_and_trillion(long won, string english)
        => Assert.Equal(english, Money.Won(won).ToEnglishString());

    [Theory]
    [InlineData(999_999_999, "KRW 1 billion")]
    [InlineData(-999_999_999, "KRW -1 billion")]
    [InlineData(999_999_500, "KRW 1 billion")]
    [InlineData(999_999_499, "KRW 999.999 million")]
    [InlineData(999_999_999_999, "KRW 1 trillion")]
    [InlineData(1_999_999_999_999_999, "KRW 2,000 trillion")]
    [InlineData(1_234_567, "KRW 1.235 million")]
    public void English_rounds_within_a_scale_and_writes_a_thousand_of_one_scale_as_one_of_the_next(long won, string english)
        => Assert.Equal(english, Money.Won(won).ToEnglishString());

    [Theory]
    [InlineData("1.5", "USD 1.50")]
    [InlineData("999999.99", "USD 999,999.99")]
    [InlineData("-0.05", "USD -0.05")]
    public void English_below_a_million_keeps_the_cents(string dollars, string english)
        => Assert.Equal(english, Money.Dollars(decimal.Parse(dollars, System.Globalization.CultureInfo.InvariantCulture)).ToEnglishString());
}

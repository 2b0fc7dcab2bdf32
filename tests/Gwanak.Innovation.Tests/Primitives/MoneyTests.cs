using System;
using System.ComponentModel;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;
using Snapshooter.Xunit3;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("200억 원", 20_000_000_000)]
    [InlineData("60억원", 6_000_000_000)]
    [InlineData("1조 2,345억 6,789만 원", 1_234_567_890_000)]
    [InlineData("20,000,000,000원", 20_000_000_000)]
    [InlineData("₩20,000,000,000", 20_000_000_000)]
    [InlineData("KRW 20,000,000,000", 20_000_000_000)]
    [InlineData("3천만 원", 30_000_000)]
    [InlineData("3천5백만 원", 35_000_000)]
    [InlineData("1.5억 원", 150_000_000)]
    [InlineData("만 원", 10_000)]
    [InlineData("억 5천만 원", 150_000_000)]
    [InlineData("0 원", 0)]
    [InlineData("-5,000원", -5_000)]
    [InlineData("  200억원  ", 20_000_000_000)]
    [InlineData("KRW 100원", 100)]
    public void Parse_reads_Korean_notation_for_won(string text, long won)
        => Assert.Equal(Money.Won(won), Money.Parse(text));

    [Fact]
    public void Parse_reads_the_invariant_form_of_dollars()
        => Assert.Equal(Money.Dollars(1234.5m), Money.Parse("USD 1,234.50"));

    [Theory]
    [InlineData("200억 억 원", "Unexpected '억 원' at position 6")]
    [InlineData("2억 3조 원", "must be a smaller unit")]
    [InlineData("200억", "names no currency")]
    [InlineData("원", "Expected a number at position 1")]
    [InlineData("1억 만 원", "Unexpected '만 원' at position 4")]
    [InlineData("1,23억 원", "three digits")]
    [InlineData("0.5원", "KRW has no minor unit")]
    [InlineData("USD 1.234", "USD has 2 decimal places")]
    [InlineData("XYZ 100", "'XYZ' at position 1")]
    [InlineData("USD 100원", "contradicts the currency USD")]
    [InlineData("", "empty")]
    [InlineData("99999999999999999999999999999경 원", "too large")]
    public void Parse_says_which_part_of_the_text_is_wrong(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XYZ 100", "'XYZ' at position 1 in 'XYZ 100' is not a currency this package knows; use an ISO 4217 code such as KRW or USD.")]
    [InlineData("USD 100원", "'원' at position 8 in 'USD 100원' contradicts the currency USD named before it.")]
    [InlineData("200억 억 원", "Unexpected '억 원' at position 6 in '200억 억 원': nothing may follow the amount and its currency.")]
    [InlineData("200억", "'200억' names no currency: write 원 or ₩ for won, or start with an ISO 4217 code such as KRW or USD.")]
    [InlineData("0.5원", "'0.5원' has a fraction smaller than KRW allows: KRW has no minor unit.")]
    [InlineData("USD 1.234", "'USD 1.234' has a fraction smaller than USD allows: USD has 2 decimal places.")]
    public void Parse_explains_in_a_full_sentence_what_is_wrong(string text, string message)
        => Assert.Equal(message, Assert.Throws<FormatException>(() => Money.Parse(text)).Message);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("200억")]
    [InlineData("0.5원")]
    [InlineData("99999999999999999999999999999경 원")]
    public void TryParse_never_throws_on_bad_text(string? text)
        => Assert.False(Money.TryParse(text, out _));

    [Fact]
    public void Parse_of_null_names_the_parameter()
        => Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Money.Parse(null!)).ParamName);

    [Fact]
    public void A_fractional_won_is_rejected_naming_the_amount_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => Money.Won(0.5m));
        Assert.Equal("amount", e.ParamName);
        Assert.Contains("KRW has no minor unit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_of_the_largest_dollar_amount_reads_it_instead_of_overflowing()
    {
        Assert.True(Money.TryParse("USD 79,228,162,514,264,337,593,543,950,335", out Money money));
        Assert.Equal(Money.Dollars(decimal.MaxValue), money);
    }

    [Fact]
    public void TryCreate_refuses_a_fraction_finer_than_the_currency_allows()
        => Assert.False(Money.TryCreate(1.005m, Currency.Usd, out _));

    [Theory]
    [InlineData("add", "add KRW 1,000 and USD 1.00")]
    [InlineData("subtract", "subtract USD 1.00 from KRW 1,000")]
    [InlineData("compare", "compare KRW 1,000 with USD 1.00")]
    public void Combining_two_currencies_is_refused_naming_both(string operation, string tried)
    {
        Money won = Money.Won(1000), dollar = Money.Dollars(1);
        Action combine = operation switch
        {
            "add" => () => _ = won + dollar,
            "subtract" => () => _ = won - dollar,
            _ => () => _ = won < dollar,
        };
        var e = Assert.Throws<DomainRuleException>(combine);
        Assert.Equal(MoneyRules.CurrencyMismatch, e.RuleId);
        Assert.Equal($"Cannot {tried}: the amounts are in different currencies (KRW and USD). Convert one of them first; only amounts of one currency combine.", e.Message);
    }

    [Fact]
    public void Overflow_is_refused_with_MON_002_rather_than_wrapping()
        => Assert.Equal(MoneyRules.AmountOutOfRange, Assert.Throws<DomainRuleException>(() => Money.Won(decimal.MaxValue) + Money.Won(1)).RuleId);

    [Fact]
    public void The_two_2023_funds_add_up_to_26_billion_won()
        => Assert.Equal("260억 원", (Money.Parse("200억 원") + Money.Parse("60억 원")).ToKoreanString());

    [Fact]
    public void Sum_of_nothing_is_zero_of_the_currency()
        => Assert.Equal(Money.Zero(Currency.Usd), Money.Sum([], Currency.Usd));

    private const string LargestAmount = "79,228,162,514,264,337,593,543,950,335";

    [Fact]
    public void Sum_adds_every_amount()
        => Assert.Equal(Money.Dollars(3.5m), Money.Sum([Money.Dollars(1), Money.Dollars(2.5m)], Currency.Usd));

    [Fact]
    public void A_sum_reaching_exactly_the_most_negative_amount_is_allowed()
        => Assert.Equal(Money.Won(decimal.MinValue), Money.Won(decimal.MinValue + 1) + Money.Won(-1));

    [Fact]
    public void Adding_past_the_largest_amount_says_what_was_added_and_the_limit()
    {
        var e = Assert.Throws<DomainRuleException>(() => Money.Won(decimal.MaxValue) + Money.Won(1));
        Assert.Equal(MoneyRules.AmountOutOfRange, e.RuleId);
        Assert.Equal($"Cannot add KRW {LargestAmount} and KRW 1: the result is beyond the largest amount an amount holds (±{LargestAmount}).", e.Message);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void Subtracting_past_the_most_negative_amount_says_what_was_subtracted_and_the_limit()
    {
        var e = Assert.Throws<DomainRuleException>(() => Money.Won(decimal.MinValue) - Money.Won(1));
        Assert.Equal(MoneyRules.AmountOutOfRange, e.RuleId);
        Assert.Equal($"Cannot subtract KRW 1 from KRW -{LargestAmount}: the result is beyond the largest amount an amount holds (±{LargestAmount}).", e.Message);
    }

    [Fact]
    public void Multiplying_past_the_largest_amount_is_refused_keeping_the_overflow()
    {
        var e = Assert.Throws<DomainRuleException>(() => Money.Won(decimal.MaxValue).MultiplyBy(2.5m, MidpointRounding.ToEven));
        Assert.Equal(MoneyRules.AmountOutOfRange, e.RuleId);
        Assert.Equal($"Cannot multiply KRW {LargestAmount} by 2.5: the result is beyond the largest amount an amount holds (±{LargestAmount}).", e.Message);
        Assert.IsType<OverflowException>(e.InnerException);
    }

    [Fact]
    public void MultiplyBy_names_the_rounding_parameter_when_it_is_not_a_defined_rounding()
        => Assert.Equal("rounding", Assert.Throws<InvalidEnumArgumentException>(() => Money.Won(100).MultiplyBy(0.5m, (MidpointRounding)99)).ParamName);

    [Fact]
    public void A_fraction_finer_than_cents_is_rejected_naming_the_allowed_decimal_places()
    {
        var e = Assert.Throws<ArgumentException>(() => Money.Dollars(1.005m));
        Assert.Equal("amount", e.ParamName);
        Assert.Equal("1.005 has more decimal places than USD allows (2). (Parameter 'amount')", e.Message);
    }

    [Fact]
    public void MultiplyBy_rounds_to_whole_won()
        => Assert.Equal(Money.Won(38), Money.Won(101).MultiplyBy(0.375m, MidpointRounding.ToEven));

    [Fact]
    public void Default_money_is_zero_won()
        => Assert.Equal(Money.Won(0), default);

    [Theory]
    [InlineData(6_000_000_000, 20_000_000_000, true, false, true, false)]
    [InlineData(20_000_000_000, 20_000_000_000, false, false, true, true)]
    [InlineData(20_000_000_000, 6_000_000_000, false, true, false, true)]
    public void Comparison_orders_amounts_of_one_currency(long left, long right, bool less, bool greater, bool lessOrEqual, bool greaterOrEqual)
        => Assert.Equal(
            (less, greater, lessOrEqual, greaterOrEqual),
            (Money.Won(left) < Money.Won(right), Money.Won(left) > Money.Won(right), Money.Won(left) <= Money.Won(right), Money.Won(left) >= Money.Won(right)));

    [Theory]
    [InlineData(1000, "KRW", 1000, "KRW", true)]
    [InlineData(1000, "KRW", 999, "KRW", false)]
    [InlineData(1000, "KRW", 1000, "JPY", false)]
    public void Money_is_equal_only_in_the_same_amount_of_the_same_currency(long left, string leftCode, long right, string rightCode, bool equal)
    {
        Money a = new(left, Currency.FromCode(leftCode)), b = new(right, Currency.FromCode(rightCode));
        Assert.Equal((equal, !equal, equal), (a == b, a != b, a.Equals(b)));
    }

    [Theory]
    [InlineData(20_000_000_000, "200억 원", "KRW 20 billion")]
    [InlineData(6_000_000_000, "60억 원", "KRW 6 billion")]
    [InlineData(1_234_567_890_000, "1조 2,345억 6,789만 원", "KRW 1.235 trillion")]
    [InlineData(0, "0 원", "KRW 0")]
    public void Won_render_in_Korean_and_English(long won, string korean, string english)
    {
        Assert.Equal(korean, Money.Won(won).ToKoreanString());
        Assert.Equal(english, Money.Won(won).ToEnglishString());
    }

    [Fact]
    public void Renderings_table_matches_the_snapshot()
    {
        long[] amounts = [0, 5_000, 10_000, 30_000_000, 150_000_000, 6_000_000_000, 20_000_000_000, 1_234_567_890_000, 9_999_000_000_000_000, -2_500_000];
        var table = amounts
            .Select(a => Money.Won(a))
            .Append(Money.Dollars(1_500_000.25m))
            .Select(m => new { Invariant = m.ToString(), Korean = m.ToKoreanString(), English = m.ToEnglishString() })
            .ToArray();
        Snapshot.Match(table);
    }

    // Each four-digit group (조, 억, 만, units) is zero half the time, so amounts with empty groups in the middle
    // (1조 5 원) are drawn as often as full ones; a uniform draw would almost never leave a group empty.
    private static readonly Gen<long> KoreanGroup = Gen.OneOf(Gen.Const(0L), Gen.Long[1, 9_999]);

    private static readonly Gen<Money> AnyWonUpTo9999Jo = Gen.Select(KoreanGroup, KoreanGroup, KoreanGroup, KoreanGroup,
        (jo, eok, man, won) => Money.Won((((((jo * 10_000) + eok) * 10_000) + man) * 10_000) + won));

    [Fact]
    public void Korean_notation_round_trips_for_any_amount_from_0_to_9999_jo()
        => AnyWonUpTo9999Jo.Sample(m => Money.Parse(m.ToKoreanString()) == m);

    [Fact]
    public void Parse_of_ToString_gives_the_same_money()
        => Gen.Select(Gen.Long[-999_999_999_999, 999_999_999_999], Gen.Bool).Sample((minor, dollars) =>
        {
            var m = dollars ? Money.Dollars(minor / 100m) : Money.Won(minor);
            return Money.Parse(m.ToString()) == m;
        });
}

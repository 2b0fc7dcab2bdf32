using System;
using CsCheck;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class CorporateRegistrationNumberTests
{
    [Theory]
    [InlineData("130111-0006246")]
    [InlineData("1301110006246")]
    [InlineData(" 130111-0006246\t")]
    public void Parse_accepts_a_valid_number_with_or_without_its_hyphen(string text)
        => Assert.Equal("130111-0006246", CorporateRegistrationNumber.Parse(text).ToString());

    [Theory]
    [InlineData("130111-000624", "must have 13 digits")]
    [InlineData("130111-000624X", "only digits and hyphens")]
    [InlineData("1301-110006246", "hyphens are allowed only as in NNNNNN-NNNNNNN")]
    [InlineData("130111-0006247", "check digit")]
    [InlineData("", "empty")]
    public void Parse_names_the_rule_that_failed(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => CorporateRegistrationNumber.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_never_throws_on_bad_text()
    {
        Assert.False(CorporateRegistrationNumber.TryParse((string?)null, out _));
        Assert.False(CorporateRegistrationNumber.TryParse("130111-0006247".AsSpan(), out _));
    }

    internal static readonly Gen<string> ValidCorporateDigits =
        Gen.Int[0, 9].Array[12].Select(d =>
        {
            int sum = 0;
            for (int i = 0; i < 12; i++)
            {
                sum += d[i] * ((i % 2) + 1);
            }

            return string.Concat(d) + ((10 - (sum % 10)) % 10);
        });

    [Fact]
    public void Parse_of_ToString_gives_the_same_number()
        => ValidPrimitives.CorporateNumbers.Sample(n => CorporateRegistrationNumber.Parse(n.ToString()) == n);

    [Fact]
    public void Numbers_with_the_same_digits_are_equal_and_not_unequal()
        => ValidPrimitives.CorporateNumbers.Sample(n =>
        {
            var again = CorporateRegistrationNumber.Parse(n.ToString());
            return again == n && !(again != n);
        });

    [Fact]
    public void Thirteen_zeros_pass_the_check_digit_but_are_refused_as_no_number()
    {
        var e = Assert.Throws<FormatException>(() => CorporateRegistrationNumber.Parse("000000-0000000"));
        Assert.Contains("every digit is zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_D_format_writes_the_thirteen_digits_without_a_hyphen()
        => Assert.Equal("1301110006246", CorporateRegistrationNumber.Parse("130111-0006246").ToString("D", null));

    [Fact]
    public void A_single_changed_digit_fails_the_check_digit_unless_it_moves_a_weight_2_digit_by_5()
        => Gen.Select(ValidCorporateDigits, Gen.Int[0, 12], Gen.Int[1, 9]).Sample((s, position, delta) =>
        {
            char[] c = s.ToCharArray();
            c[position] = (char)('0' + ((c[position] - '0' + delta) % 10));
            bool blindSpot = position < 12 && position % 2 == 1 && delta == 5;
            return CorporateRegistrationNumber.TryParse(new string(c), out _) == blindSpot;
        });
}

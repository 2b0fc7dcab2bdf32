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
    [InlineData("130111-000624", "'130111-000624' is not a corporate registration number (법인등록번호): it must have 13 digits (NNNNNN-NNNNNNN), but has 12.")]
    [InlineData("130111-000624X", "'130111-000624X' is not a corporate registration number (법인등록번호): only digits and hyphens are allowed (NNNNNN-NNNNNNN).")]
    [InlineData("1301-110006246", "'1301-110006246' is not a corporate registration number (법인등록번호): hyphens are allowed only as in NNNNNN-NNNNNNN, or not at all.")]
    [InlineData("130111-0006247", "'130111-0006247' is not a corporate registration number (법인등록번호): the last digit does not match the check digit computed from the others.")]
    [InlineData("", "A corporate registration number (법인등록번호) was expected, but the text is empty.")]
    public void Parse_names_the_rule_that_failed_in_a_full_sentence(string text, string message)
        => Assert.Equal(message, Assert.Throws<FormatException>(() => CorporateRegistrationNumber.Parse(text)).Message);

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
        => Assert.Equal(
            "'000000-0000000' is not a corporate registration number (법인등록번호): every digit is zero, and no number is issued so.",
            Assert.Throws<FormatException>(() => CorporateRegistrationNumber.Parse("000000-0000000")).Message);

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

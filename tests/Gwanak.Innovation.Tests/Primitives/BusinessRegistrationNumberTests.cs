using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class BusinessRegistrationNumberTests
{
    [Theory]
    [InlineData("124-81-00998")]
    [InlineData("1248100998")]
    [InlineData("  124-81-00998 ")]
    public void Parse_accepts_a_valid_number_with_or_without_hyphens(string text)
        => Assert.Equal("124-81-00998", BusinessRegistrationNumber.Parse(text).ToString());

    [Theory]
    [InlineData("124-81-0099", "'124-81-0099' is not a business registration number (사업자등록번호): it must have 10 digits (NNN-NN-NNNNN), but has 9.")]
    [InlineData("124-81-0099A", "'124-81-0099A' is not a business registration number (사업자등록번호): only digits and hyphens are allowed (NNN-NN-NNNNN).")]
    [InlineData("12-481-00998", "'12-481-00998' is not a business registration number (사업자등록번호): hyphens are allowed only as in NNN-NN-NNNNN, or not at all.")]
    [InlineData("124-81-00997", "'124-81-00997' is not a business registration number (사업자등록번호): the last digit does not match the check digit computed from the others.")]
    [InlineData("100-81-00992", "'100-81-00992' is not a business registration number (사업자등록번호): its tax-office code (the first three digits) is below 101, and no tax office has such a code.")]
    [InlineData("124-00-00999", "'124-00-00999' is not a business registration number (사업자등록번호): its business-type code (the fourth and fifth digits) is 00, which is never given.")]
    [InlineData("124-81-00004", "'124-81-00004' is not a business registration number (사업자등록번호): its serial (the sixth to ninth digits) is 0000; serials start at 0001.")]
    [InlineData("   ", "A business registration number (사업자등록번호) was expected, but the text is empty.")]
    public void Parse_names_the_rule_that_failed_in_a_full_sentence(string text, string message)
        => Assert.Equal(message, Assert.Throws<FormatException>(() => BusinessRegistrationNumber.Parse(text)).Message);

    [Fact]
    public void Parse_of_null_names_the_parameter()
        => Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => BusinessRegistrationNumber.Parse((string)null!)).ParamName);

    [Fact]
    public void TryParse_never_throws_on_bad_text()
    {
        Assert.False(BusinessRegistrationNumber.TryParse((string?)null, out _));
        Assert.False(BusinessRegistrationNumber.TryParse("124-81-00997", out _));
        Assert.False(BusinessRegistrationNumber.TryParse("x".AsSpan(), out _));
    }

    [Fact]
    public void Numbers_with_the_same_digits_are_equal()
    {
        var a = BusinessRegistrationNumber.Parse("124-81-00998");
        var b = BusinessRegistrationNumber.Parse("1248100998");
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("101-81-00995")]
    [InlineData("124-01-00017")]
    public void The_lowest_tax_office_and_business_type_are_accepted(string text)
        => Assert.True(BusinessRegistrationNumber.TryParse(text, out _));

    [Fact]
    public void A_number_whose_check_digit_holds_is_refused_exactly_when_a_part_is_never_given()
        => Gen.Int[0, 9].Array[9].Select(CompleteWithCheckDigit).Sample(s =>
            BusinessRegistrationNumber.TryParse(s, out _) == (int.Parse(s[..3], CultureInfo.InvariantCulture) >= 101 && s[3..5] != "00" && s[5..9] != "0000"));

    /// <summary>Ten digits whose check digit holds and whose parts the National Tax Service gives: tax office 101–999, business type 01–99, serial 0001–9999.</summary>
    internal static readonly Gen<string> ValidBusinessDigits =
        Gen.Select(Gen.Int[101, 999], Gen.Int[1, 99], Gen.Int[1, 9_999])
            .Select((office, type, serial) => CompleteWithCheckDigit([.. string.Create(CultureInfo.InvariantCulture, $"{office:D3}{type:D2}{serial:D4}").Select(c => c - '0')]));

    private static string CompleteWithCheckDigit(int[] d)
    {
        int sum = 0;
        int[] w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        for (int i = 0; i < 9; i++)
        {
            sum += d[i] * w[i];
        }

        sum += d[8] * 5 / 10;
        return string.Concat(d) + ((10 - (sum % 10)) % 10);
    }

    [Fact]
    public void Parse_of_ToString_gives_the_same_number()
        => ValidPrimitives.BusinessNumbers.Sample(n => BusinessRegistrationNumber.Parse(n.ToString()) == n);

    [Fact]
    public void Ten_zeros_pass_the_check_digit_but_are_refused_as_no_number()
        => Assert.Equal(
            "'000-00-00000' is not a business registration number (사업자등록번호): every digit is zero, and no number is issued so.",
            Assert.Throws<FormatException>(() => BusinessRegistrationNumber.Parse("000-00-00000")).Message);

    [Fact]
    public void The_D_format_writes_the_ten_digits_without_hyphens()
        => Assert.Equal("1248100998", BusinessRegistrationNumber.Parse("124-81-00998").ToString("D", null));

    [Fact]
    public void A_single_changed_digit_always_fails_the_check_digit()
        => Gen.Select(ValidBusinessDigits, Gen.Int[0, 9], Gen.Int[1, 9]).Sample((s, position, delta) =>
        {
            char[] c = s.ToCharArray();
            c[position] = (char)('0' + ((c[position] - '0' + delta) % 10));
            return !BusinessRegistrationNumber.TryParse(new string(c), out _);
        });

    [Fact]
    public void TryParse_on_a_span_allocates_nothing()
    {
        ReadOnlySpan<char> valid = "124-81-00998";
        ReadOnlySpan<char> invalid = "124-81-00997";
        _ = BusinessRegistrationNumber.TryParse(valid, out _);
        _ = CorporateRegistrationNumber.TryParse(invalid, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = BusinessRegistrationNumber.TryParse(valid, out _)
            & !BusinessRegistrationNumber.TryParse(invalid, out _)
            & !CorporateRegistrationNumber.TryParse(invalid, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(ok);
        Assert.Equal(0, allocated);
    }
}

using System;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("KRW", 0)]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    public void TryFromCode_finds_a_known_code_with_its_minor_units(string code, int minorUnits)
        => Assert.Equal((true, code, minorUnits), (Currency.TryFromCode(code, out Currency currency), currency.Code, currency.MinorUnits));

    [Theory]
    [InlineData(null)]
    [InlineData("XYZ")]
    [InlineData("krw")]
    public void TryFromCode_of_an_unknown_code_answers_false_and_the_default_won(string? code)
        => Assert.Equal((false, "KRW", 0), (Currency.TryFromCode(code, out Currency currency), currency.Code, currency.MinorUnits));

    [Fact]
    public void FromCode_refuses_an_unknown_code_naming_it_and_the_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => Currency.FromCode("XYZ"));
        Assert.Equal("code", e.ParamName);
        Assert.Equal("'XYZ' is not an ISO 4217 currency code this package knows. (Parameter 'code')", e.Message);
    }
}

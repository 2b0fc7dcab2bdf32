using System;
using CsCheck;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class AdministrativeDistrictCodeTests
{
    [Fact]
    public void Gwanak_gu_is_11620()
        => Assert.Equal("11620", AdministrativeDistrictCode.Seoul.Gwanak.ToString());

    [Fact]
    public void Parse_of_a_district_code_gives_the_named_member()
        => Assert.Equal(AdministrativeDistrictCode.Seoul.Gwanak, AdministrativeDistrictCode.Parse("11620"));

    [Fact]
    public void Five_and_ten_digit_forms_of_a_district_are_the_same_code()
        => Assert.Equal(AdministrativeDistrictCode.Parse("11620"), AdministrativeDistrictCode.Parse("1162000000"));

    [Fact]
    public void A_legal_dong_has_its_district_as_parent()
        => Assert.Equal(AdministrativeDistrictCode.Seoul.Gwanak, AdministrativeDistrictCode.Parse("1162010100").Parent);

    [Fact]
    public void A_district_has_its_city_as_parent()
        => Assert.Equal(AdministrativeDistrictCode.Seoul.City, AdministrativeDistrictCode.Seoul.Gwanak.Parent);

    [Fact]
    public void A_city_has_no_parent()
        => Assert.Null(AdministrativeDistrictCode.Seoul.City.Parent);

    [Fact]
    public void A_ri_has_its_town_as_parent()
        => Assert.Equal(AdministrativeDistrictCode.Parse("4182025000"), AdministrativeDistrictCode.Parse("4182025021").Parent);

    [Theory]
    [InlineData("11000", AdministrativeLevel.CityOrProvince)]
    [InlineData("11620", AdministrativeLevel.District)]
    [InlineData("1162010200", AdministrativeLevel.Dong)]
    [InlineData("4182025021", AdministrativeLevel.Ri)]
    public void The_level_follows_from_the_digits(string text, AdministrativeLevel level)
        => Assert.Equal(level, AdministrativeDistrictCode.Parse(text).Level);

    [Fact]
    public void Sillim_dong_lies_within_Gwanak_gu_and_Seoul()
    {
        var sillim = AdministrativeDistrictCode.Parse("1162010200");
        Assert.True(sillim.IsWithin(AdministrativeDistrictCode.Seoul.Gwanak) && sillim.IsWithin(AdministrativeDistrictCode.Seoul.City));
    }

    [Fact]
    public void Sillim_dong_does_not_lie_within_Gangnam_gu()
        => Assert.False(AdministrativeDistrictCode.Parse("1162010200").IsWithin(AdministrativeDistrictCode.Seoul.Gangnam));

    [Fact]
    public void District_and_city_of_a_dong_are_found_without_a_table()
    {
        var dong = AdministrativeDistrictCode.Parse("1162010100");
        Assert.Equal((AdministrativeDistrictCode.Seoul.Gwanak, AdministrativeDistrictCode.Seoul.City), (dong.District, dong.CityOrProvince));
    }

    [Theory]
    [InlineData("1162", "must have 5 digits")]
    [InlineData("116201010", "must have 5 digits")]
    [InlineData("1162O", "'O' at position 5 is not a digit")]
    [InlineData("116201010012x", "'x' at position 13 is not a digit")]
    [InlineData("00620", "cannot be 00")]
    [InlineData("1100010100", "cannot follow a district part of 000")]
    [InlineData("1162000001", "cannot follow an eup/myeon/dong part of 000")]
    [InlineData(" ", "empty")]
    public void Parse_says_why_a_code_is_wrong(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => AdministrativeDistrictCode.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_never_throws_on_bad_text()
        => Assert.False(AdministrativeDistrictCode.TryParse((string?)null, out _) || AdministrativeDistrictCode.TryParse("abc", out _));

    [Fact]
    public void Parse_of_ToString_gives_the_same_code()
        => ValidPrimitives.DistrictCodes.Sample(c => AdministrativeDistrictCode.Parse(c.ToString()) == c);

    [Theory]
    [InlineData("11000", "1100000000")]
    [InlineData("11620", "1162000000")]
    [InlineData("1162010100", "1162010100")]
    public void The_L_format_writes_every_code_in_ten_digits(string code, string tenDigits)
        => Assert.Equal(tenDigits, AdministrativeDistrictCode.Parse(code).ToString("L", null));

    [Fact]
    public void Every_code_lies_within_its_parent()
        => ValidPrimitives.DistrictCodes.Sample(c => c.Parent is not { } p || (c.IsWithin(p) && p.Level < c.Level));

    [Fact]
    public void Seoul_districts_run_from_11110_to_11740()
    {
        var districts = AdministrativeDistrictRegistry.Builtin.ChildrenOf(AdministrativeDistrictCode.Seoul.City);
        Assert.Equal(25, districts.Count);
        Assert.Equal(("11110", "11740"), (districts[0].Code.ToString(), districts[^1].Code.ToString()));
    }
}

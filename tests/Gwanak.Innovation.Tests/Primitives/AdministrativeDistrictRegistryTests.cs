using System;
using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class AdministrativeDistrictRegistryTests
{
    private static readonly AdministrativeDistrictRegistry Builtin = AdministrativeDistrictRegistry.Builtin;

    [Theory]
    [InlineData("11620")]
    [InlineData("관악구")]
    [InlineData("Gwanak-gu")]
    [InlineData("gwanak-GU")]
    [InlineData(" 관악구 ")]
    public void Gwanak_gu_is_found_by_code_or_by_either_name(string key)
    {
        Assert.True(Builtin.TryFind(key, out var district));
        Assert.Equal(AdministrativeDistrictCode.Seoul.Gwanak, district.Code);
    }

    [Fact]
    public void The_builtin_name_of_11620_is_bilingual()
    {
        var name = Builtin.Get(AdministrativeDistrictCode.Seoul.Gwanak).Name;
        Assert.Equal(("관악구", "Gwanak-gu"), (name.Korean, name.English));
    }

    [Fact]
    public void Gwanak_legal_dongs_are_built_in()
        => Assert.Equal(["봉천동", "신림동", "남현동"], [.. Builtin.ChildrenOf(AdministrativeDistrictCode.Seoul.Gwanak).Select(d => d.Name.Korean)]);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Atlantis-gu")]
    [InlineData("99999")]
    public void TryFind_answers_false_for_unknown_keys(string? key)
        => Assert.False(Builtin.TryFind(key, out _));

    [Fact]
    public void Get_of_an_unregistered_code_is_an_argument_error_naming_the_code_and_saying_which()
    {
        var e = Assert.Throws<ArgumentException>(() => Builtin.Get(AdministrativeDistrictCode.Parse("26999")));
        Assert.Equal(("code", true), (e.ParamName, e.Message.Contains("26999", StringComparison.Ordinal)));
    }

    [Fact]
    public void GetOn_of_an_unregistered_code_is_an_argument_error_naming_the_code()
        => Assert.Equal("code", Assert.Throws<ArgumentException>(() => Builtin.GetOn(AdministrativeDistrictCode.Parse("26999"), new LocalDate(2024, 1, 1))).ParamName);

    [Fact]
    public void Get_of_the_default_code_is_an_argument_error_naming_the_code()
        => Assert.Equal("code", Assert.Throws<ArgumentException>(() => Builtin.Get(default)).ParamName);

    [Fact]
    public void TryGet_of_the_default_code_answers_false()
        => Assert.False(Builtin.TryGet(default, out _));

    [Fact]
    public void A_district_with_the_default_code_is_refused_naming_the_code()
        => Assert.Equal("code", Assert.Throws<ArgumentException>(() => new AdministrativeDistrict(default, LocalizedText.Create("없는구", "Nowhere-gu"))).ParamName);

    [Fact]
    public void Another_district_registers_its_legal_dongs_without_changing_the_builtin_table()
    {
        var jungang = AdministrativeDistrictCode.Parse("2611010100");
        var extended = Builtin.With(jungang, "중앙동1가", "Jungang-dong 1-ga");
        Assert.True(extended.TryGet(jungang, out _));
        Assert.False(Builtin.TryGet(jungang, out _));
    }

    [Fact]
    public void A_name_shared_by_several_cities_is_ambiguous_for_TryFind_but_listed_by_FindAll()
    {
        Assert.False(Builtin.TryFind("중구", out _));
        Assert.Equal(["11140", "26110", "27110", "30140", "31110"], [.. Builtin.FindAll("중구").Select(d => d.Code.ToString())]);
    }

    [Fact]
    public void Registering_a_known_code_under_another_name_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Builtin.With(AdministrativeDistrictCode.Seoul.Gwanak, "다른구", "Other-gu"));
        Assert.Equal("district", e.ParamName);
    }

    [Fact]
    public void Registering_a_known_entry_again_changes_nothing()
        => Assert.Same(Builtin, Builtin.With(AdministrativeDistrictCode.Seoul.Gwanak, "관악구", "Gwanak-gu"));
}

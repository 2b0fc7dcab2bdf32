using System;
using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Primitives;

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
    public void Get_of_an_unregistered_code_says_which_code()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Builtin.Get(AdministrativeDistrictCode.Parse("26110")));
        Assert.Contains("26110", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_city_registers_its_districts_without_changing_the_builtin_table()
    {
        var busanJung = AdministrativeDistrictCode.Parse("26110");
        var extended = Builtin.With(busanJung, "중구", "Jung-gu");
        Assert.True(extended.TryGet(busanJung, out _));
        Assert.False(Builtin.TryGet(busanJung, out _));
    }

    [Fact]
    public void A_name_shared_by_two_cities_is_ambiguous_for_TryFind_but_listed_by_FindAll()
    {
        var extended = Builtin.With(AdministrativeDistrictCode.Parse("26110"), "중구", "Jung-gu");
        Assert.False(extended.TryFind("중구", out _));
        Assert.Equal(["11140", "26110"], [.. extended.FindAll("중구").Select(d => d.Code.ToString())]);
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

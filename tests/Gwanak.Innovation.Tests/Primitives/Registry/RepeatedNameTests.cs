using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives.Registry;

/// <summary>Names that repeat across cities and provinces: a name finds all of them on a day, and TryFind finds none.</summary>
public sealed class RepeatedNameTests
{
    private static readonly AdministrativeDistrictRegistry Builtin = AdministrativeDistrictRegistry.Builtin;

    [Theory]
    [InlineData("중구", "2025-12-31", "11140 26110 27110 28110 30140 31110")]
    [InlineData("중구", "2026-07-01", "11140 26110 27110 30140 31110")]
    [InlineData("동구", "2025-12-31", "26170 27140 28140 29110 30110 31170")]
    [InlineData("동구", "2026-07-01", "12210 26170 27140 30110 31170")]
    [InlineData("서구", "2025-12-31", "26140 27170 28260 29140 30170")]
    [InlineData("서구", "2026-07-01", "12240 26140 27170 30170")]
    [InlineData("남구", "2018-06-30", "26290 27200 28170 29155 31140 47111")]
    [InlineData("남구", "2018-07-01", "26290 27200 29155 31140 47111")]
    [InlineData("북구", "2025-12-31", "26320 27230 29170 31200 47113")]
    [InlineData("강서구", "2025-12-31", "11500 26440")]
    [InlineData("Gangseo-gu", "2025-12-31", "11500 26440")]
    [InlineData("고성군", "2023-06-10", "42820 48820")]
    [InlineData("고성군", "2023-06-11", "48820 51820")]
    public void A_repeated_name_finds_every_district_of_that_name_on_the_day(string name, string date, string codes)
        => Assert.Equal(codes, string.Join(' ', Builtin.FindByName(name, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value).Select(d => d.Code.ToString())));

    [Theory]
    [InlineData("중구")]
    [InlineData("고성군")]
    [InlineData("강서구")]
    public void TryFind_of_a_repeated_name_answers_false(string name)
        => Assert.False(Builtin.TryFind(name, out _));

    [Fact]
    public void A_name_whose_code_changed_is_found_once_among_the_districts_in_force()
        => Assert.Equal(AdministrativeDistrictCode.Gangwon.Chuncheon, Assert.Single(Builtin.FindAll("춘천시")).Code);

    [Fact]
    public void Gwangju_si_of_Gyeonggi_and_Gwangju_the_metropolitan_city_are_different_names()
        => Assert.Equal(
            [AdministrativeDistrictCode.Gyeonggi.Gwangju],
            Builtin.FindByName("광주시", new LocalDate(2025, 1, 1)).Select(d => d.Code));
}

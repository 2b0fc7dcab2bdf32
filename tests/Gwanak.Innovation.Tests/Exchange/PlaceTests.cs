using System;
using Gwanak.Innovation.Exchange;
using NodaTime;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class PlaceTests
{
    [Fact]
    public void A_known_zone_id_gives_the_tzdb_zone()
        => Assert.Same(DateTimeZoneProviders.Tzdb["Asia/Seoul"], Place.Of("서울", "Seoul", "KR", "Asia/Seoul").Zone);

    [Theory]
    [InlineData("Asia/Seul", "Asia/Seoul")]
    [InlineData("America/Los_Angles", "America/Los_Angeles")]
    [InlineData("europe/berln", "Europe/Berlin")]
    public void A_misspelt_zone_id_is_refused_naming_it_and_suggesting_the_closest_id(string typo, string closest)
    {
        var e = Assert.Throws<ArgumentException>(() => Place.Of("서울", "Seoul", "KR", typo));
        Assert.Equal(("zoneId", true, true), (e.ParamName, e.Message.Contains($"'{typo}'", StringComparison.Ordinal), e.Message.Contains($"Did you mean '{closest}'?", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_zone_id_like_no_known_one_is_refused_without_a_suggestion()
    {
        var e = Assert.Throws<ArgumentException>(() => Place.Of("어딘가", "Somewhere", "KR", "Nowhere at all, really"));
        Assert.Equal(("zoneId", false), (e.ParamName, e.Message.Contains("Did you mean", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void A_missing_zone_id_is_refused_naming_it(string? zoneId)
        => Assert.Equal("zoneId", Assert.ThrowsAny<ArgumentException>(() => Place.Of("서울", "Seoul", "KR", zoneId!)).ParamName);
    [Fact]
    public void A_zone_id_like_no_known_one_is_refused_with_the_full_message()
        => Assert.Equal(
            "'Nowhere at all, really' is not a time zone id of the TZDB (for example 'Asia/Seoul'). (Parameter 'zoneId')",
            Assert.Throws<ArgumentException>(() => Place.Of("어딘가", "Somewhere", "KR", "Nowhere at all, really")).Message);

    [Fact]
    public void Of_equally_close_zone_ids_the_first_in_ordinal_order_is_suggested()
        => Assert.Equal(
            "'Etc/GMT+15' is not a time zone id of the TZDB (for example 'Asia/Seoul'). Did you mean 'Etc/GMT+1'? (Parameter 'zoneId')",
            Assert.Throws<ArgumentException>(() => Place.Of("어딘가", "Somewhere", "KR", "Etc/GMT+15")).Message);

    [Fact]
    public void A_country_code_of_three_letters_is_refused_saying_what_is_expected()
        => Assert.Equal(
            "'KOR' is not an ISO 3166-1 alpha-2 country code such as 'US' or 'KR'. (Parameter 'countryCode')",
            Assert.Throws<ArgumentException>(() => Place.Of("서울", "Seoul", "KOR", "Asia/Seoul")).Message);
}

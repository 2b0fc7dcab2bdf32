using System;
using System.Linq;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class PartnershipPortfolioTests
{
    private static readonly AdministrativeDistrictCode Gangnam = AdministrativeDistrictCode.Parse("11680");

    private static PartnershipPortfolio Portfolio()
    {
        var domestic = CityPartnership.Create(new PartnershipId("gwanak-jeonju"), new LocalDate(2019, 5, 1), GwanakGu, new PartnerCity(LocalizedText.Create("전주시", "Jeonju"), "KR"), "Domestic friendship (illustrative).")
            .AdvanceTo(new LocalDate(2019, 9, 1), PartnershipStage.FriendshipCity, PartnershipPolicy.Default);
        var other = CityPartnership.Create(new PartnershipId("gangnam-fullerton"), new LocalDate(2023, 1, 1), Gangnam, City("풀러턴", "Fullerton", FullertonCityHall), "Another district's tie.");
        return new PartnershipPortfolio([FullertonTie(), CupertinoTie(), SanFranciscoTie(), domestic, other]);
    }

    /// <summary>An illustrative first contact with Anaheim, host of the 21st World Korean Business Convention.</summary>
    private static CityPartnership AnaheimTie()
        => CityPartnership.Create(new PartnershipId("gwanak-anaheim"), new LocalDate(2023, 10, 12), GwanakGu, City("애너하임", "Anaheim", new OrganizationId("anaheim-city-hall")), "Met at the World Korean Business Convention (illustrative).");

    [Fact]
    public void Partnerships_of_a_district_are_grouped_by_stage_and_country()
    {
        var groups = Portfolio().ByStageAndCountry(GwanakGu, new LocalDate(2023, 8, 23))
            .Select(g => $"{g.Stage}/{g.CountryCode}: {string.Join(",", g.Partnerships.Select(p => p.City.Name.English))}");
        Assert.Equal(["Exploring/US: Fullerton", "LetterOfIntent/US: San Francisco", "FriendshipCity/KR: Jeonju", "FriendshipCity/US: Cupertino"], groups);
    }

    [Fact]
    public void Ties_not_yet_opened_on_the_day_are_left_out()
        => Assert.Equal(["KR"], Portfolio().ByStageAndCountry(GwanakGu, new LocalDate(2020, 1, 1)).Select(g => g.CountryCode));

    [Fact]
    public void Quiet_ties_are_listed_longest_quiet_first()
    {
        var quiet = Portfolio().QuietLongerThan(GwanakGu, new LocalDate(2025, 8, 1), Period.FromYears(2));
        Assert.Equal(["Jeonju", "Cupertino", "San Francisco", "Fullerton"], quiet.Select(p => p.City.Name.English));
    }

    [Fact]
    public void Ties_active_within_the_threshold_are_not_listed()
        => Assert.Equal(["Jeonju"], Portfolio().QuietLongerThan(GwanakGu, new LocalDate(2024, 1, 1), Period.FromYears(1)).Select(p => p.City.Name.English));

    [Fact]
    public void Ties_in_one_group_are_listed_by_city_name()
        => Assert.Equal(
            ["Anaheim", "Fullerton"],
            new PartnershipPortfolio([FullertonTie(), AnaheimTie()]).ByStageAndCountry(GwanakGu, new LocalDate(2023, 12, 1)).Single().Partnerships.Select(p => p.City.Name.English));

    [Fact]
    public void A_negative_quiet_time_is_refused_even_for_a_district_without_ties()
        => Assert.Equal(
            "The period P-1D has a negative unit; periods are counted forward. (Parameter 'threshold')",
            Assert.Throws<ArgumentException>(() => new PartnershipPortfolio([]).QuietLongerThan(GwanakGu, new LocalDate(2025, 1, 1), Period.FromDays(-1))).Message);

    [Fact]
    public void With_no_quiet_time_tolerated_every_tie_without_activity_that_day_is_listed()
        => Assert.Equal(["Jeonju", "Cupertino", "San Francisco"], Portfolio().QuietLongerThan(GwanakGu, new LocalDate(2023, 7, 24), Period.Zero).Select(p => p.City.Name.English));
}

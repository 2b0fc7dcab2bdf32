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
}

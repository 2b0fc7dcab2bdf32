using System.Linq;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Zones;

namespace Gwanak.Innovation.Tests.Districts;

/// <summary>The 2023 district of the story and of <c>data/gwanak-2023.district.json</c> holds together and tells the article's figures.</summary>
public sealed class Gwanak2023DistrictTests
{
    private static readonly InnovationDistrict Gwanak = Gwanak2023District.Build();

    [Fact]
    public void Every_record_names_organisations_agreements_and_places_of_the_district()
        => Assert.Empty(Gwanak.Check());

    [Fact]
    public void Sixteen_startup_facilities_are_open_on_the_day_of_the_article_thirteen_of_them_at_designation()
        => Assert.Equal(
            (16, 13),
            (Gwanak.Facilities.Count(f => f.IsOpenOn(Gwanak2023District.ArticleDay)), Gwanak.Facilities.Count(f => f.IsOpenOn(Gwanak2023District.DesignationDay))));

    [Fact]
    public void The_companies_of_the_district_meet_the_zones_designation_criteria()
    {
        var zone = Assert.Single(Gwanak.Zones);
        var evidence = new ZoneDesignationEvidence(zone, Gwanak2023District.DesignationDay, Gwanak.VentureCompanies, zone.AnchorInstitutions, [InfrastructureKind.Transport, InfrastructureKind.Communication, InfrastructureKind.Finance]);
        Assert.True(DesignationCriteria.VentureAct.Evaluate(evidence).AllPassed);
    }
}

using System.IO;
using System.Linq;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Districts;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>
/// <c>data/gangnam-2022.district.json</c>, a second district authored as data only: Gangnam-gu, whose venture promotion zone
/// was designated the same day as Gwanak's (docs/domain.md), every invented detail labelled illustrative.
/// </summary>
public sealed class GangnamDocumentTests
{
    private static readonly string Text = File.ReadAllText(DataDocumentTests.DataFile("gangnam-2022.district.json"));
    private static readonly InnovationDistrict Gangnam = DistrictDocument.Parse(Text);
    private static readonly VenturePromotionZone Zone = Gangnam.FindZone(new ZoneId("gangnam-venture-zone"))!;

    [Fact]
    public void The_document_is_Gangnam_gu()
        => Assert.Equal((AdministrativeDistrictCode.Seoul.Gangnam, "Gangnam-gu"), (Gangnam.Code, Gangnam.Name.English));

    [Fact]
    public void Every_record_names_organisations_agreements_and_places_of_the_district()
        => Assert.Empty(Gangnam.Check());

    [Fact]
    public void The_zone_is_designated_from_2022_01_10_the_day_Gwanaks_was()
        => Assert.Equal(
            (false, true, Gwanak2023District.Zone().Designation!.Date),
            (Zone.IsDesignatedOn(new LocalDate(2022, 1, 9)), Zone.IsDesignatedOn(new LocalDate(2022, 1, 10)), Zone.Designation!.Date));

    [Fact]
    public void The_minister_designated_the_zone_at_the_request_of_the_mayor_of_Seoul()
        => Assert.Equal(
            ("seoul-metropolitan-government", "ministry-of-smes-and-startups"),
            (Zone.History.OfType<ZoneDesignationRequested>().Single().RequestedBy.Value, Zone.History.OfType<ZoneDesignated>().Single().DesignatedBy.Value));

    [Fact]
    public void Every_organisation_but_the_district_office_the_city_and_the_ministry_is_labelled_illustrative_in_Korean_and_English()
        => Assert.All(
            Gangnam.Organizations.Where(o => o.Id.Value is not ("gangnam-gu-office" or "seoul-metropolitan-government" or "ministry-of-smes-and-startups")),
            o => Assert.True(o.Name.Korean.EndsWith("(예시)", System.StringComparison.Ordinal) && o.Name.English.EndsWith("(illustrative)", System.StringComparison.Ordinal), o.Id.Value));

    [Fact]
    public void One_of_its_two_agreements_is_in_force_on_2023_06_01_the_other_has_expired()
        => Assert.Equal(1m, Gangnam.ScorecardOn(new LocalDate(2023, 6, 1)).ValueOf(Ecosystem.Indicator.AgreementsInForce)?.Value);

    [Fact]
    public void The_document_is_in_the_form_the_writer_gives_it()
        => Assert.Equal(Text, DistrictDocument.ToJson(Gangnam));
}

using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Agreements;
using Gwanak.Innovation.Tests.Organizations;
using Gwanak.Innovation.Tests.Zones;
using NodaTime;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>A small Gwanak-gu of 2023 for the document tests: organisations, the trilateral MOU, the zone and a fund.</summary>
internal static class Gwanak2023Document
{
    public static InnovationDistrict District()
    {
        var district = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu"));
        foreach (var organization in Gwanak2023Organizations.All)
        {
            district = district.With(organization);
        }

        return district
            .With(Gwanak2023Mous.Trilateral())
            .With(Gwanak2023Zone.DesignatedZone())
            .With(Fund.Create(new FundId("gwanak-startup-fund"), new LocalDate(2021, 1, 4), LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), Gwanak2023Organizations.GwanakGuOffice.Id, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4))
                .Commit(new LocalDate(2021, 1, 4), Gwanak2023Organizations.GwanakGuOffice.Id, Money.Parse("50억 원")));
    }

    public static string Json() => DistrictDocument.ToJson(District());
}

using System;
using System.IO;
using System.Linq;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace GwanakStory;

/// <summary>
/// The ecosystem chapter: the venture promotion zone designated on 2022-01-10, its criteria and incentives, the
/// startup facilities, the two funds, Campus Town's two selections and the district's scorecard (press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23).
/// </summary>
/// <remarks>Dates and identifiers the article does not give (request day, notice text, company names) are illustrative, and the document says so.</remarks>
internal static class EcosystemChapter
{
    private static readonly LocalDate DesignationDay = new(2022, 1, 10);
    private static readonly LocalDate ArticleDay = new(2023, 8, 23);

    public static void Tell(TextWriter output, InnovationDistrict district)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("== 창업 생태계 / The startup ecosystem ==");

        var zone = Program.Required(district.FindZone(new ZoneId("gwanak-venture-zone")), "venture promotion zone gwanak-venture-zone");
        output.WriteLine($"{zone.Name.Korean} / {zone.Name.English}: {zone.AreaSquareKilometres} km², {string.Join(" · ", zone.SubAreas.Select(s => s.Korean))}");
        output.WriteLine($"  in {string.Join(", ", zone.AdministrativeDongs.Select(d => d.English))} (legal dongs {string.Join(", ", zone.LegalDongs)}), designated {zone.Designation!.Date:uuuu-MM-dd}");
        foreach (var step in zone.History)
        {
            output.WriteLine($"  {step.Date:uuuu-MM-dd} {step.GetType().Name}");
        }

        // The SMEs the district registers in the zone's legal dongs, with the zone's anchor institutions, as the committee's evidence.
        var companies = district.VentureCompanies;
        var evidence = new ZoneDesignationEvidence(zone, DesignationDay, companies, zone.AnchorInstitutions, [InfrastructureKind.Transport, InfrastructureKind.Communication, InfrastructureKind.Finance]);
        output.WriteLine();
        output.WriteLine(DesignationCriteria.VentureAct.Evaluate(evidence).ToText());

        var robotics = companies[0];
        output.WriteLine();
        foreach (var day in new[] { DesignationDay.PlusDays(-1), DesignationDay, new LocalDate(2024, 3, 1) })
        {
            var answer = IncentivePolicy.Default.ApplicableTo(robotics, zone, day);
            string incentives = answer.Incentives.IsEmpty
                ? "none — " + string.Join(" ", answer.Reasons)
                : string.Join(", ", answer.Incentives.Select(i => $"{i.Kind} {i.Rate * 100m:0.#}%"));
            output.WriteLine($"Incentives for {robotics} on {day:uuuu-MM-dd}: {incentives}");
        }

        // The renewal is performed on the company as the document gave it.
        var renewed = robotics.Confirm(new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2024, 3, 1)));
        var afterRenewal = IncentivePolicy.Default.ApplicableTo(renewed, zone, new LocalDate(2024, 3, 1));
        output.WriteLine($"  after a renewed confirmation on 2024-03-01: {string.Join(", ", afterRenewal.Incentives.Select(i => $"{i.Kind} {i.Rate * 100m:0.#}%"))}");

        var facilities = district.Facilities;
        output.WriteLine();
        output.WriteLine($"Startup facilities open / 창업 인프라 시설: {facilities.Count(f => f.IsOpenOn(DesignationDay))} at designation, {facilities.Count(f => f.IsOpenOn(ArticleDay))} on {ArticleDay:uuuu-MM-dd} ({facilities.Count(f => f.InsideZone)} inside the zone)");

        var centre = Program.Required(district.FindFacility(new FacilityId("gwanak-s-valley-startup-centre")), "facility gwanak-s-valley-startup-centre");
        output.WriteLine();
        output.WriteLine($"{centre.Name.Korean}: {centre.OccupancyOn(ArticleDay)} of {centre.Capacity} places taken on {ArticleDay:uuuu-MM-dd}");

        foreach (var fund in district.Funds)
        {
            output.WriteLine($"{fund.Name.Korean} / {fund.Name.English}: target {fund.TargetSize.ToKoreanString()} ({fund.TargetSize.ToEnglishString()}), committed {fund.CommittedOn(ArticleDay).ToKoreanString()}, invested {fund.InvestedOn(ArticleDay).ToKoreanString()}, remaining {fund.RemainingOn(ArticleDay).ToKoreanString()}");
        }

        var campusTown = Program.Required(district.FindSupportProgram(new SupportProgramId("seoul-campus-town")), "support programme seoul-campus-town");
        output.WriteLine($"{campusTown.Name.Korean}: selected {campusTown.ConsecutiveSelectionsOn(ArticleDay)} rounds in a row / {campusTown.ConsecutiveSelectionsOn(ArticleDay)}회 연속 선정");

        output.WriteLine();
        output.WriteLine(DistrictScorecard.On(district.Name, ArticleDay, district.IndicatorValues).ToText());
        output.WriteLine();
    }
}

using System.Globalization;
using System.IO;
using System.Linq;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace GwanakStory;

/// <summary>
/// The delegation's trip to California (2023-07-05 – 2023-07-13, 7박 9일), told day by day, with the ties, programmes
/// and events that came of it. The 2023 press article ("한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다",
/// 2023-08-23) gives the dates, the size of the delegation, the organisations visited and the outcomes; flight numbers
/// and times, hotels, the day and hour of each visit, the Cupertino and San Francisco stages and agreements, the
/// programme's capacity and the due date of the trilateral MOU are ILLUSTRATIVE, chosen to agree with the article's dates.
/// </summary>
internal static class ExchangeChapter
{
    private static readonly OrganizationId FullertonCityHall = new("city-of-fullerton");

    /// <summary>Tells the chapter.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="district">The district the document holds.</param>
    public static void Tell(TextWriter output, InnovationDistrict district)
    {
        output.WriteLine("== 국제교류 / International exchange ==");

        // The exchange model knows organisations by id; the district's register gives the trip report their names.
        var names = district.Organizations.ToDictionary(o => o.Id, o => o.Name);
        string Name(OrganizationId id) => names.TryGetValue(id, out var name) ? name.English : id.Value;

        var trip = Program.Required(district.FindOverseasTrip(new TripId("gwanak-california-2023")), "trip gwanak-california-2023");
        output.WriteLine($"관악구 대표단 {trip.Delegation.Size}명, {trip.Length.ToKoreanString()} 공무국외출장 — a delegation of {trip.Delegation.Size}, {trip.Length.ToEnglishString()}.");
        output.WriteLine($"  Head: {trip.Delegation.Head.Role.English} ({trip.Delegation.Head.Role.Korean}); purpose: {trip.Delegation.Purpose.English}");
        output.WriteLine($"  Why 7박 and not 8: leaving Seoul {trip.Itinerary.FirstDay:uuuu-MM-dd} and back {trip.Itinerary.LastDay:uuuu-MM-dd} is {trip.Length.Days} calendar days on Seoul's clock,");
        output.WriteLine($"  but flying east over the Pacific lands on the date it left, and the night of the return is spent in the air: {trip.Length.Nights} nights at lodgings.");
        output.WriteLine("  (The trip's dates, the organisations visited and the outcomes are the 2023 press article's; flights, hotels and the day and hour of each visit are illustrative.)");
        output.WriteLine();

        var report = trip.Report(names);
        foreach (var day in report.Days)
        {
            string where = string.Join(", ", day.Places.Select(p => p.Name.English));
            output.WriteLine($"Day {day.Number} ({day.HomeDate:uuuu-MM-dd} in Seoul) — {where}{(day.InTransit ? ", travelling" : string.Empty)}");
            foreach (var entry in day.Entries)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {entry.HomeTime:HH:mm} Seoul / {entry.LocalTime:MM-dd HH:mm x} local  {entry.Description.English}"));
            }
        }

        output.WriteLine();
        output.WriteLine($"Agreements signed: {string.Join("; ", report.AgreementsSigned.Select(v => $"{v.Outcome.Agreement} with {Name(v.Organization)} — {v.Outcome.Summary.English}"))}");
        output.WriteLine($"Partnerships advanced: {string.Join("; ", report.PartnershipsAdvanced.Select(v => $"{Name(v.Organization)} — {v.Outcome.Summary.English}"))}");
        foreach (var f in report.FollowUps)
        {
            output.WriteLine($"Follow-up due {f.Due:uuuu-MM-dd}{(f.With is { } with ? $" with {Name(with)}" : string.Empty)}: {f.Action.English}");
        }

        output.WriteLine();
        output.WriteLine("The 2023 press article has Fullerton exploring a tie and official visits to Cupertino and San Francisco city halls;");
        output.WriteLine("the stages and agreements shown for Cupertino and San Francisco are illustrative.");
        var ties = district.CityPartnerships;
        var articleDay = new LocalDate(2023, 8, 23);
        foreach (var group in new PartnershipPortfolio(ties).ByStageAndCountry(AdministrativeDistrictCode.Seoul.Gwanak, articleDay))
        {
            output.WriteLine($"Ties at {group.Stage} in {group.CountryCode} on {articleDay:uuuu-MM-dd}: {string.Join(", ", group.Partnerships.Select(p => p.City.Name.English + (p.City.CityHall == FullertonCityHall ? " (2023 press article)" : " (illustrative stage)")))}");
        }

        var fullerton = Program.Required(district.FindCityPartnership(new PartnershipId("gwanak-fullerton")), "partnership gwanak-fullerton");
        output.WriteLine($"Fullerton's last activity: {fullerton.LastActivityOn:uuuu-MM-dd} ({fullerton.History[^1] switch { PartnershipActivityRecorded a => a.Description, _ => "" }})");
        output.WriteLine($"  {fullerton.TimeSinceLastActivity(articleDay).Days} days before the article; quiet for more than two years by 2025-08-01? {fullerton.IsQuietLongerThan(new LocalDate(2025, 8, 1), Period.FromYears(2))}");

        output.WriteLine();
        var internship = Program.Required(district.FindExchangeProgram(new ExchangeProgramId("oc-internship-2024")), "exchange programme oc-internship-2024");
        output.WriteLine($"Programme: {internship.Title.English} hosted by {Name(internship.Host)} under {internship.FoundingAgreement} (2023 press article: internships promised); capacity {internship.Capacity} and opening day illustrative.");

        var convention = Program.Required(district.FindRecurringEvent(new RecurringEventId("world-korean-business-convention")), "recurring event world-korean-business-convention");
        var next = convention.NextAfter(articleDay);
        output.WriteLine($"{convention.Describe("ko")} / {convention.Describe("en")}, held by the {Name(convention.Organizer)} (2023 press article)");
        output.WriteLine($"  Next after the article: {next.Describe("ko")}");
        output.WriteLine($"                          {next.Describe("en")}");
        output.WriteLine("  (the editions, their days and venues are the organisers' announcements, docs/domain.md; the 2023 article has the convention and the volunteering at it)");
        output.WriteLine();
    }
}

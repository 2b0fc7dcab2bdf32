using System.IO;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace GwanakStory;

/// <summary>
/// The partners: who Gwanak-gu works with, the innovation council around the district and Seoul National
/// University, and the two MOUs with the Korean American Chamber of Commerce of Orange County (KACCOC).
/// </summary>
internal static class PartnersChapter
{
    private static readonly DateTimeZone Seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    // The partners the press article names, in the order the district registers them (the document also registers the
    // Seoul Metropolitan Government, which requested the zone and runs Campus Town, and the startup fund's investors).
    private static readonly string[] Partners =
    [
        "gwanak-gu-office", "ministry-of-smes-and-startups", "seoul-national-university", "stanford-university", "kaccoc",
        "gwanak-chamber-of-commerce", "gwanak-small-business-federation", "city-of-fullerton", "city-of-cupertino",
        "city-of-san-francisco", "apple", "intel", "tesla", "google", "overseas-koreans-foundation",
    ];

    public static void Tell(TextWriter output, InnovationDistrict district)
    {
        output.WriteLine("== 파트너 / Partners ==");
        output.WriteLine();

        foreach (string id in Partners)
        {
            var o = Program.Required(district.FindOrganization(new OrganizationId(id)), "organisation " + id);
            output.WriteLine($"  {o.Name.Korean} / {o.Name.English} — {o.Kind}, {o.Sector}, {o.Country}" + (o.District is { } d ? $", {d}" : string.Empty));
        }

        // The council the delegation wants to activate: 관악구-서울대 중심 민·관·산·학·연 지역 혁신 거버넌스.
        // Its members and their start date (also the day it was set up) are illustrative; the article names no roster.
        output.WriteLine();
        LocalDate today = new(2023, 8, 23);
        var council = Program.Required(district.FindGovernanceBody(new OrganizationId("gwanak-innovation-council")), "governance body gwanak-innovation-council");
        var balance = council.BalanceOn(today);
        output.WriteLine($"{council.Name.Korean}: {balance.TotalSeats} seats on {today:uuuu-MM-dd}, sectors {string.Join(", ", council.SectorsRepresentedOn(today))}");
        output.WriteLine($"  balanced under the default policy (all five sectors, none above 40%)? {(balance.IsBalanced ? "yes" : "no")}; "
            + $"missing {string.Join(", ", balance.MissingSectors)}; over the limit {string.Join(", ", balance.OverRepresentedSectors)}");

        // The bilateral MOU, exchanged by Mayor Park Jun-hee and the KACCOC president in Orange County.
        // The article gives neither dates nor terms; illustrative: signed 2023-07-11 during the delegation's visit, two years, three months' notice.
        output.WriteLine();
        var bilateral = Program.Required(district.FindAgreement(new AgreementId("mou-2023-gwanak-kaccoc")), "agreement mou-2023-gwanak-kaccoc");
        var signedAt = bilateral.Signatures[^1].SignedAt;
        output.WriteLine($"{bilateral.Purpose.Korean}");
        output.WriteLine($"  signed in California at {signedAt.LocalDateTime:uuuu-MM-dd HH:mm} (Seoul: {signedAt.WithZone(Seoul).LocalDateTime:uuuu-MM-dd HH:mm}); {bilateral.Binding}");

        // The trilateral MOU, signed when KACCOC visited Gwanak-gu; illustrative date and terms: 2023-08-16, one year, renewing yearly, one month's notice.
        var trilateral = Program.Required(district.FindAgreement(new AgreementId("mou-2023-kaccoc-gwanak-chambers")), "agreement mou-2023-kaccoc-gwanak-chambers");
        output.WriteLine($"{trilateral.Purpose.Korean}");
        foreach (var c in trilateral.Commitments)
        {
            output.WriteLine($"  {c.Party}: {c.Description.Korean} ({c.Category})");
        }

        output.WriteLine();
        foreach (var a in new[] { bilateral, trilateral })
        {
            LocalDate signed = a.FullySignedOn!.Value;
            foreach (int years in new[] { 1, 3 })
            {
                LocalDate on = signed.PlusYears(years);
                string? final = OcdsContractStatus.FinalStatusCode(a.StatusOn(on));
                output.WriteLine($"  {a.Id} {years} year(s) later ({on:uuuu-MM-dd}): {a.StatusOn(on)} (OCDS {a.OcdsStatusOn(on)}{(final is null ? string.Empty : $", final {final}")}), term ends {a.ExpiryDateOn(on):uuuu-MM-dd}");
            }
        }

        var portfolio = new AgreementPortfolio(district.Agreements);
        LocalDate june = new(2024, 6, 1);
        foreach (var deadline in portfolio.RenewalNoticeDeadlinesWithin(june, june.PlusDays(90)))
        {
            output.WriteLine($"  notice to end {deadline.Agreement} before its renewal on {deadline.RenewalDate:uuuu-MM-dd} must be given by {deadline.Deadline:uuuu-MM-dd}");
        }

        output.WriteLine($"  KACCOC is a party to {portfolio.WithParty(new OrganizationId("kaccoc")).Count} agreements; internships are promised in {portfolio.WithCommitment(CommitmentCategory.Internship).Count}.");
        output.WriteLine();
        output.WriteLine("  Timeline of the trilateral MOU:");
        foreach (string line in trilateral.Timeline())
        {
            output.WriteLine($"    {line}");
        }

        output.WriteLine();
    }
}

using System.Globalization;
using System.IO;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace GwanakStory;

/// <summary>
/// The partners: who Gwanak-gu works with, the innovation council around the district and Seoul National
/// University, and the two MOUs with the Korean American Chamber of Commerce of Orange County (KACCOC).
/// </summary>
internal static class PartnersChapter
{
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly DateTimeZone Seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    public static void Tell(TextWriter output)
    {
        output.WriteLine("== 파트너 / Partners ==");
        output.WriteLine();

        // The organisations the seed article names, as the district registers them.
        var gwanak = Korean("gwanak-gu-office", "관악구청", "Gwanak-gu Office", OrganizationKind.LocalGovernment, HelixSector.Public).InDistrict(AdministrativeDistrictCode.Seoul.Gwanak);
        var snu = Korean("snu", "서울대학교", "Seoul National University", OrganizationKind.University, HelixSector.Academia).InDistrict(AdministrativeDistrictCode.Parse("1162010200"));
        var chamber = Korean("gwanak-chamber-of-commerce", "관악구 상공회", "Gwanak Chamber of Commerce", OrganizationKind.ChamberOfCommerce, HelixSector.Industry).InDistrict(AdministrativeDistrictCode.Seoul.Gwanak);
        var federation = Korean("gwanak-small-business-federation", "관악구 소상공인연합회", "Gwanak Small Business Federation", OrganizationKind.Association, HelixSector.Industry).InDistrict(AdministrativeDistrictCode.Seoul.Gwanak);
        var kaccoc = American("kaccoc", "오렌지카운티 한인상공회의소", "Korean American Chamber of Commerce of Orange County", OrganizationKind.ChamberOfCommerce, HelixSector.Industry);
        Organization[] partners =
        [
            gwanak,
            Korean("mss", "중소벤처기업부", "Ministry of SMEs and Startups", OrganizationKind.CentralAgency, HelixSector.Public),
            snu,
            American("stanford", "스탠퍼드대학교", "Stanford University", OrganizationKind.University, HelixSector.Academia),
            kaccoc,
            chamber,
            federation,
            American("city-of-fullerton", "풀러턴시", "City of Fullerton", OrganizationKind.LocalGovernment, HelixSector.Public),
            American("city-of-cupertino", "쿠퍼티노시", "City of Cupertino", OrganizationKind.LocalGovernment, HelixSector.Public),
            American("city-of-san-francisco", "샌프란시스코시", "City and County of San Francisco", OrganizationKind.LocalGovernment, HelixSector.Public),
            American("apple", "애플", "Apple", OrganizationKind.Company, HelixSector.Industry),
            American("intel", "인텔", "Intel", OrganizationKind.Company, HelixSector.Industry),
            American("tesla", "테슬라", "Tesla", OrganizationKind.Company, HelixSector.Industry),
            American("google", "구글", "Google", OrganizationKind.Company, HelixSector.Industry),
            Korean("overseas-koreans-foundation", "재외동포재단", "Overseas Koreans Foundation", OrganizationKind.Foundation, HelixSector.Public),
        ];
        foreach (var o in partners)
        {
            output.WriteLine($"  {o.Name.Korean} / {o.Name.English} — {o.Kind}, {o.Sector}, {o.Country}" + (o.District is { } d ? $", {d}" : string.Empty));
        }

        // The council the delegation wants to activate: 관악구-서울대 중심 민·관·산·학·연 지역 혁신 거버넌스.
        // Its members and their start date are illustrative; the article names no roster.
        output.WriteLine();
        LocalDate today = new(2023, 8, 23);
        var member = LocalizedText.Create("위원", "Member");
        var council = new GovernanceBody(new OrganizationId("gwanak-innovation-council"), LocalizedText.Create("관악S밸리 지역혁신 거버넌스", "Gwanak S-Valley innovation council"));
        foreach (var o in new[] { gwanak, snu, chamber, federation })
        {
            council = council.WithMembership(new Membership(o.Id, o.Sector, member, new DateRange(new LocalDate(2023, 1, 1))));
        }

        var balance = council.BalanceOn(today);
        output.WriteLine($"{council.Name.Korean}: {balance.TotalSeats} seats on {today:uuuu-MM-dd}, sectors {string.Join(", ", council.SectorsRepresentedOn(today))}");
        output.WriteLine($"  balanced under the default policy (all five sectors, none above 40%)? {(balance.IsBalanced ? "yes" : "no")}; "
            + $"missing {string.Join(", ", balance.MissingSectors)}; over the limit {string.Join(", ", balance.OverRepresentedSectors)}");

        // The bilateral MOU, exchanged by Mayor Park Jun-hee and the KACCOC president in Orange County.
        // The article gives neither dates nor terms; illustrative: signed 2023-07-11 during the delegation's visit, two years, three months' notice.
        output.WriteLine();
        var mayor = PersonName.Create("박준희", "Park Jun-hee");
        var president = PersonName.Create("오렌지카운티 한인상공회의소 회장", "President of KACCOC");
        var bilateral = Agreement.Draft(
                new AgreementId("mou-2023-gwanak-kaccoc"),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Create("관악구 기업의 미국 통상 활동 등 기업 업무를 위한 상호협력", "Mutual cooperation on Gwanak companies' trade activities in the US"),
                [gwanak.Id, kaccoc.Id],
                [new Commitment(kaccoc.Id, CommitmentCategory.TradeCooperation, LocalizedText.Create("관악구 기업의 미국 통상 활동 지원", "Support Gwanak companies' trade in the US"))],
                AgreementBinding.NonBindingExcept("confidentiality"),
                new AgreementTerms(new LocalDate(2023, 7, 11), Period.FromYears(2), Period.FromMonths(3)),
                new LocalDate(2023, 6, 15))
            .StartNegotiation(new LocalDate(2023, 6, 20))
            .Sign(new Signature(gwanak.Id, mayor, new LocalDateTime(2023, 7, 11, 10, 0).InZoneStrictly(LosAngeles)))
            .Sign(new Signature(kaccoc.Id, president, new LocalDateTime(2023, 7, 11, 10, 5).InZoneStrictly(LosAngeles)));
        var signedAt = bilateral.Signatures[^1].SignedAt;
        output.WriteLine($"{bilateral.Purpose.Korean}");
        output.WriteLine($"  signed in California at {signedAt.LocalDateTime:uuuu-MM-dd HH:mm} (Seoul: {signedAt.WithZone(Seoul).LocalDateTime:uuuu-MM-dd HH:mm}); {bilateral.Binding}");

        // The trilateral MOU, signed when KACCOC visited Gwanak-gu; illustrative date and terms: 2023-08-16, one year, renewing yearly, one month's notice.
        var trilateral = Agreement.Draft(
                new AgreementId("mou-2023-kaccoc-gwanak-chambers"),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Create("관내 기업 미국 시장 진출 지원과 청년 교류", "US market entry for local companies and exchange for young people"),
                [kaccoc.Id, chamber.Id, federation.Id],
                [
                    new Commitment(kaccoc.Id, CommitmentCategory.MarketEntrySupport, LocalizedText.Create("관내 기업들의 미국 시장 진출 지원", "Support local companies entering the US market")),
                    new Commitment(kaccoc.Id, CommitmentCategory.Internship, LocalizedText.Create("대학생 등 청년들에게 해외인턴십 기회 제공", "Overseas internships for students")),
                    new Commitment(kaccoc.Id, CommitmentCategory.Volunteering, LocalizedText.Create("세계한상대회 봉사 활동 기회 부여", "Volunteering at the World Korean Business Convention")),
                ],
                AgreementBinding.NonBinding,
                new AgreementTerms(new LocalDate(2023, 8, 16), Period.FromYears(1), Period.FromMonths(1), Period.FromYears(1)),
                new LocalDate(2023, 7, 20))
            .StartNegotiation(new LocalDate(2023, 7, 25))
            .Sign(new Signature(kaccoc.Id, president, new LocalDateTime(2023, 8, 16, 15, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(chamber.Id, PersonName.Create("관악구 상공회장", "Head of the Gwanak Chamber of Commerce"), new LocalDateTime(2023, 8, 16, 15, 2).InZoneStrictly(Seoul)))
            .Sign(new Signature(federation.Id, PersonName.Create("관악구 소상공인연합회장", "Head of the Gwanak Small Business Federation"), new LocalDateTime(2023, 8, 16, 15, 4).InZoneStrictly(Seoul)));
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

        var portfolio = new AgreementPortfolio([bilateral, trilateral]);
        LocalDate june = new(2024, 6, 1);
        foreach (var deadline in portfolio.RenewalNoticeDeadlinesWithin(june, june.PlusDays(90)))
        {
            output.WriteLine($"  notice to end {deadline.Agreement} before its renewal on {deadline.RenewalDate:uuuu-MM-dd} must be given by {deadline.Deadline:uuuu-MM-dd}");
        }

        output.WriteLine($"  KACCOC is a party to {portfolio.WithParty(kaccoc.Id).Count} agreements; internships are promised in {portfolio.WithCommitment(CommitmentCategory.Internship).Count}.");
        output.WriteLine();
        output.WriteLine("  Timeline of the trilateral MOU:");
        foreach (var e in trilateral.History)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {e}"));
        }

        output.WriteLine();
    }

    private static Organization Korean(string id, string korean, string english, OrganizationKind kind, HelixSector sector)
        => new(new OrganizationId(id), LocalizedText.Create(korean, english), kind, sector, "KR");

    private static Organization American(string id, string korean, string english, OrganizationKind kind, HelixSector sector)
        => new(new OrganizationId(id), LocalizedText.Create(korean, english), kind, sector, "US");
}

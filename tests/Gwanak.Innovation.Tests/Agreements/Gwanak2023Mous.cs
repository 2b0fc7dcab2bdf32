using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Organizations;
using NodaTime;

namespace Gwanak.Innovation.Tests.Agreements;

/// <summary>
/// Gwanak-gu's two MOUs of 2023 with KACCOC. The press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다"
/// (2023-08-23) names the parties and the commitments; it gives no
/// dates of signing and no terms, so these are illustrative, stated here for the tests: the bilateral MOU was
/// signed in Orange County on 2023-07-11 during the 7/5–7/13 trip (the story's day in Orange County), effective
/// on signing for two years without automatic renewal, three months' notice; the trilateral MOU was signed in
/// Gwanak-gu on 2023-08-16 when KACCOC visited, effective on signing for one year, renewing itself by one year,
/// one month's notice.
/// </summary>
internal static class Gwanak2023Mous
{
    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    public static readonly DateTimeZone Seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    public static readonly OrganizationId GwanakOffice = Gwanak2023Organizations.GwanakGuOffice.Id;
    public static readonly OrganizationId Kaccoc = Gwanak2023Organizations.Kaccoc.Id;
    public static readonly OrganizationId Chamber = Gwanak2023Organizations.GwanakChamberOfCommerce.Id;
    public static readonly OrganizationId Federation = Gwanak2023Organizations.GwanakSmallBusinessFederation.Id;

    public static readonly PersonName Mayor = PersonName.Create("박준희", "Park Jun-hee");
    public static readonly PersonName KaccocPresident = PersonName.Create("오렌지카운티 한인상공회의소 회장", "President of KACCOC");
    public static readonly PersonName ChamberHead = PersonName.Create("관악구 상공회장", "Head of the Gwanak Chamber of Commerce");
    public static readonly PersonName FederationHead = PersonName.Create("관악구 소상공인연합회장", "Head of the Gwanak Small Business Federation");

    public static readonly AgreementId BilateralId = new("mou-2023-gwanak-kaccoc");
    public static readonly AgreementId TrilateralId = new("mou-2023-kaccoc-gwanak-chambers");

    public static readonly LocalDate BilateralSigningDay = new(2023, 7, 11);
    public static readonly LocalDate TrilateralSigningDay = new(2023, 8, 16);

    public static AgreementTerms BilateralTerms => new(BilateralSigningDay, Period.FromYears(2), Period.FromMonths(3));

    public static AgreementTerms TrilateralTerms => new(TrilateralSigningDay, Period.FromYears(1), Period.FromMonths(1), Period.FromYears(1));

    public static Agreement BilateralUnderNegotiation()
        => Agreement.Create(
                BilateralId,
                new LocalDate(2023, 6, 15),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Create("관악구 기업의 미국 통상 활동 등 기업 업무를 위한 상호협력", "Mutual cooperation on business work such as Gwanak companies' trade activities in the United States"),
                [GwanakOffice, Kaccoc],
                [
                    new Commitment(Kaccoc, CommitmentCategory.TradeCooperation, LocalizedText.Create("관악구 기업의 미국 통상 활동 지원", "Support Gwanak companies' trade activities in the US")),
                    new Commitment(GwanakOffice, CommitmentCategory.TradeCooperation, LocalizedText.Create("관내 기업과 한인상공회의소의 교류 주선", "Connect local companies with the chamber")),
                ],
                AgreementBinding.NonBindingExcept("confidentiality"),
                BilateralTerms)
            .StartNegotiation(new LocalDate(2023, 6, 20));

    public static Agreement Bilateral()
        => BilateralUnderNegotiation()
            .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 7, 11, 11, 0).InZoneStrictly(LosAngeles)))
            .Sign(new Signature(Kaccoc, KaccocPresident, new LocalDateTime(2023, 7, 11, 11, 5).InZoneStrictly(LosAngeles)));

    public static Agreement TrilateralUnderNegotiation()
        => Agreement.Create(
                TrilateralId,
                new LocalDate(2023, 7, 20),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Create("관내 기업의 미국 시장 진출 지원과 청년 교류", "Support for local companies entering the US market and exchange for young people"),
                [Kaccoc, Chamber, Federation],
                [
                    new Commitment(Kaccoc, CommitmentCategory.MarketEntrySupport, LocalizedText.Create("관내 기업들의 미국 시장 진출 지원", "Support local companies entering the US market")),
                    new Commitment(Kaccoc, CommitmentCategory.Internship, LocalizedText.Create("대학생 등 청년들에게 해외인턴십 기회 제공", "Overseas internships for students and young people")),
                    new Commitment(Kaccoc, CommitmentCategory.Volunteering, LocalizedText.Create("세계한상대회 봉사 활동 기회 부여", "Volunteer opportunities at the World Korean Business Convention")),
                    new Commitment(Chamber, CommitmentCategory.InformationExchange, LocalizedText.Create("회원 기업 정보 교류", "Exchange information on member companies")),
                    new Commitment(Federation, CommitmentCategory.InformationExchange, LocalizedText.Create("소상공인 정보 교류", "Exchange information on small businesses")),
                ],
                AgreementBinding.NonBinding,
                TrilateralTerms)
            .StartNegotiation(new LocalDate(2023, 7, 25));

    public static Agreement Trilateral()
        => TrilateralUnderNegotiation()
            .Sign(new Signature(Kaccoc, KaccocPresident, new LocalDateTime(2023, 8, 16, 15, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(Chamber, ChamberHead, new LocalDateTime(2023, 8, 16, 15, 2).InZoneStrictly(Seoul)))
            .Sign(new Signature(Federation, FederationHead, new LocalDateTime(2023, 8, 16, 15, 4).InZoneStrictly(Seoul)));
}

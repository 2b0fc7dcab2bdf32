using System.Collections.Generic;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Agreements;
using Gwanak.Innovation.Tests.Organizations;
using NodaTime;

namespace Gwanak.Innovation.Tests.Districts;

/// <summary>
/// Gwanak-gu as the story (<c>samples/GwanakStory</c>) tells it after the press article "한국형 실리콘밸리 만나고 글로벌
/// 혁신경제도시로 도약한다" (2023-08-23), as one district whose records name each other by the same ids: the organisations,
/// the innovation council, both MOUs, the venture promotion zone with the companies its criteria count, the 16 startup
/// facilities, both funds, Seoul Campus Town, the indicator values, the three city ties, the 2023 trip, the internship
/// programme and the World Korean Business Convention. <c>data/gwanak-2023.district.json</c> is this district written.
/// </summary>
/// <remarks>
/// The facts follow the article (and <c>docs/domain.md</c>); what it does not give is illustrative, as the story says, and
/// says so in the records' names and notes where they have room: the council's members and start, the MOUs' dates, terms
/// and signing hours, the companies, the facilities other than their number, the funds' commitments and investment, the
/// trip's flights, hotels and hours, the Cupertino and San Francisco stages, the programme's opening and capacity, and the
/// convention's first year.
/// </remarks>
internal static partial class Gwanak2023District
{
    public static readonly LocalDate ArticleDay = new(2023, 8, 23);

    public static readonly OrganizationId Office = Gwanak2023Organizations.GwanakGuOffice.Id;
    public static readonly OrganizationId Snu = Gwanak2023Organizations.SeoulNationalUniversity.Id;
    public static readonly OrganizationId Kaccoc = Gwanak2023Organizations.Kaccoc.Id;
    public static readonly OrganizationId Chamber = Gwanak2023Organizations.GwanakChamberOfCommerce.Id;
    public static readonly OrganizationId Federation = Gwanak2023Organizations.GwanakSmallBusinessFederation.Id;

    /// <summary>The investors who commit the rest of the startup fund in the story (illustrative).</summary>
    public static readonly Organization PartnerInvestors = new(
        new OrganizationId("partner-investors"),
        LocalizedText.Create("관악구 창업지원펀드 민간 출자자 (예시)", "Private investors in the Gwanak startup fund (illustrative)"),
        OrganizationKind.Company,
        HelixSector.Industry,
        "KR");

    /// <summary>The district, built record by record.</summary>
    public static InnovationDistrict Build()
    {
        var district = InnovationDistrict.Create(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu"));
        foreach (var organization in (Organization[])[.. Gwanak2023Organizations.All, Gwanak2023Organizations.SeoulMetropolitanGovernment, PartnerInvestors])
        {
            district = district.With(organization);
        }

        district = district.With(Council()).With(Bilateral()).With(Trilateral()).With(Zone());
        foreach (var company in Companies())
        {
            district = district.With(company);
        }

        foreach (var facility in Facilities())
        {
            district = district.With(facility);
        }

        district = district.With(StartupFund()).With(SValleyFund()).With(CampusTown());
        foreach (var value in IndicatorValues())
        {
            district = district.With(value);
        }

        foreach (var tie in Ties())
        {
            district = district.With(tie);
        }

        return district.With(Trip()).With(Internship()).With(Convention());
    }

    /// <summary>The council around the district and Seoul National University; the article names no roster, so its members and start (2023-01-01) are illustrative.</summary>
    public static GovernanceBody Council()
    {
        LocalDate setUp = new(2023, 1, 1);
        var council = GovernanceBody.Create(new OrganizationId("gwanak-innovation-council"), setUp, LocalizedText.Create("관악S밸리 지역혁신 거버넌스", "Gwanak S-Valley innovation council"));
        foreach (var member in new[] { Gwanak2023Organizations.GwanakGuOffice, Gwanak2023Organizations.SeoulNationalUniversity, Gwanak2023Organizations.GwanakChamberOfCommerce, Gwanak2023Organizations.GwanakSmallBusinessFederation })
        {
            council = council.AddMembership(new Membership(member.Id, member.Sector, LocalizedText.Create("위원 (예시)", "Member (illustrative)"), new DateRange(setUp)));
        }

        return council;
    }

    /// <summary>The MOU with KACCOC, signed in Orange County on the delegation's visit (dates, terms and hours illustrative, as <see cref="Gwanak2023Mous"/> says).</summary>
    public static Agreement Bilateral()
        => Agreement.Create(
                Gwanak2023Mous.BilateralId,
                new LocalDate(2023, 6, 15),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Create("관악구 기업의 미국 통상 활동 등 기업 업무를 위한 상호협력", "Mutual cooperation on Gwanak companies' trade activities in the US"),
                [Office, Kaccoc],
                [new Commitment(Kaccoc, CommitmentCategory.TradeCooperation, LocalizedText.Create("관악구 기업의 미국 통상 활동 지원", "Support Gwanak companies' trade in the US"))],
                AgreementBinding.NonBindingExcept("confidentiality"),
                Gwanak2023Mous.BilateralTerms)
            .StartNegotiation(new LocalDate(2023, 6, 20))
            .Sign(new Signature(Office, Gwanak2023Mous.Mayor, new LocalDateTime(2023, 7, 11, 10, 0).InZoneStrictly(Gwanak2023Mous.LosAngeles)))
            .Sign(new Signature(Kaccoc, Gwanak2023Mous.KaccocPresident, new LocalDateTime(2023, 7, 11, 10, 5).InZoneStrictly(Gwanak2023Mous.LosAngeles)));

    /// <summary>The trilateral MOU with the Gwanak Chamber of Commerce and Small Business Federation and the three commitments the article names (dates, terms and hours illustrative).</summary>
    public static Agreement Trilateral()
        => Agreement.Create(
                Gwanak2023Mous.TrilateralId,
                new LocalDate(2023, 7, 20),
                AgreementKind.MemorandumOfUnderstanding,
                LocalizedText.Create("관내 기업 미국 시장 진출 지원과 청년 교류", "US market entry for local companies and exchange for young people"),
                [Kaccoc, Chamber, Federation],
                [
                    new Commitment(Kaccoc, CommitmentCategory.MarketEntrySupport, LocalizedText.Create("관내 기업들의 미국 시장 진출 지원", "Support local companies entering the US market")),
                    new Commitment(Kaccoc, CommitmentCategory.Internship, LocalizedText.Create("대학생 등 청년들에게 해외인턴십 기회 제공", "Overseas internships for students")),
                    new Commitment(Kaccoc, CommitmentCategory.Volunteering, LocalizedText.Create("세계한상대회 봉사 활동 기회 부여", "Volunteering at the World Korean Business Convention")),
                ],
                AgreementBinding.NonBinding,
                Gwanak2023Mous.TrilateralTerms)
            .StartNegotiation(new LocalDate(2023, 7, 25))
            .Sign(new Signature(Kaccoc, Gwanak2023Mous.KaccocPresident, new LocalDateTime(2023, 8, 16, 15, 0).InZoneStrictly(Gwanak2023Mous.Seoul)))
            .Sign(new Signature(Chamber, Gwanak2023Mous.ChamberHead, new LocalDateTime(2023, 8, 16, 15, 2).InZoneStrictly(Gwanak2023Mous.Seoul)))
            .Sign(new Signature(Federation, Gwanak2023Mous.FederationHead, new LocalDateTime(2023, 8, 16, 15, 4).InZoneStrictly(Gwanak2023Mous.Seoul)));
}

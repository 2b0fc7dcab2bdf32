namespace DistrictPortal.Portal;

/// <summary>The texts of the organisations pages.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] Organizations =
    [
        ("organizations.title", "기관", "Organisations"),
        ("organizations.lead", "자치구의 협력 기관: 민·관·산·학·연 파트너, 국외 도시와 단체.", "The district's partners: civil, public, industry, academia and research, and cities and bodies abroad."),
        ("organizations.name", "이름", "Name"),
        ("organizations.kind", "종류", "Kind"),
        ("organizations.sector", "부문", "Sector"),
        ("organizations.country", "국가", "Country"),
        ("organizations.location", "소재지 코드", "Location code"),
        ("HelixSector.Civil", "민 (시민사회)", "Civil society"),
        ("HelixSector.Public", "관 (공공)", "Public"),
        ("HelixSector.Industry", "산 (산업)", "Industry"),
        ("HelixSector.Academia", "학 (대학)", "Academia"),
        ("HelixSector.Research", "연 (연구)", "Research"),
        ("OrganizationKind.LocalGovernment", "지방자치단체", "Local government"),
        ("OrganizationKind.CentralAgency", "중앙행정기관", "Central government agency"),
        ("OrganizationKind.University", "대학", "University"),
        ("OrganizationKind.ResearchInstitute", "연구기관", "Research institute"),
        ("OrganizationKind.Company", "기업", "Company"),
        ("OrganizationKind.ChamberOfCommerce", "상공회의소", "Chamber of commerce"),
        ("OrganizationKind.Association", "협회·단체", "Association"),
        ("OrganizationKind.Foundation", "재단", "Foundation"),
        ("OrganizationKind.NonProfit", "비영리단체", "Non-profit"),
    ];
}

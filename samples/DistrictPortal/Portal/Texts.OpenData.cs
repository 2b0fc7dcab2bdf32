namespace DistrictPortal.Portal;

/// <summary>The texts of the open data page.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] OpenData =
    [
        ("opendata.title", "열린 데이터", "Open data"),
        ("opendata.lead", "자치구 혁신지구의 기록을 누구나 내려받아 쓸 수 있습니다. 날짜는 yyyy-MM-dd 형식입니다.", "Anyone may download and use the district's records. Dates are written yyyy-MM-dd."),
        ("opendata.csv", "대장 (CSV)", "Registers (CSV)"),
        ("opendata.csv.text", "UTF-8(BOM 포함) CSV 파일이라 한글 스프레드시트 프로그램에서 바로 열립니다.", "UTF-8 CSV files with a byte-order mark, so Korean spreadsheet programs open them as they are."),
        ("opendata.register.organizations", "기관", "Organisations"),
        ("opendata.register.agreements", "협약", "Agreements"),
        ("opendata.register.facilities", "창업시설", "Facilities"),
        ("opendata.register.funds", "펀드", "Funds"),
        ("opendata.standards", "표준 형식", "Standard formats"),
        ("opendata.ocds", "협약: OCDS 릴리스 패키지", "Agreements: OCDS release package"),
        ("opendata.popolo", "거버넌스: Popolo", "Governance: Popolo"),
        ("opendata.api", "API", "API"),
        ("opendata.api.text", "공개 JSON API는 읽기 전용이며 OpenAPI 문서로 설명되어 있습니다.", "The public JSON API is read-only and described by its OpenAPI document."),
        ("opendata.personal", "서명자와 대표단 구성원의 이름 같은 개인정보는 어느 파일에도 싣지 않습니다.", "Personal data, such as the names of signatories and delegation members, is in none of these files."),
    ];
}

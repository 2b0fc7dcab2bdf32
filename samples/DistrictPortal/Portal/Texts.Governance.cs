namespace DistrictPortal.Portal;

/// <summary>The texts of the governance pages.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] Governance =
    [
        ("governance.title", "거버넌스", "Governance"),
        ("governance.lead", "민·관·산·학·연이 함께하는 지역 혁신 거버넌스: 기준일의 위원 구성과 부문 균형.", "The district's innovation governance of civil society, the public sector, industry, academia and research: who sits on each body on the day, and the balance of the sectors."),
        ("governance.name", "이름", "Name"),
        ("governance.established", "설치일", "Established"),
        ("governance.seats", "위원 수", "Seats"),
        ("governance.seats.text", "{1} 기준 {0}석", "{0} on {1}"),
        ("governance.sectors", "참여 부문", "Sectors represented"),
        ("governance.balanced", "부문 균형", "Balanced"),
        ("governance.balanced.yes", "균형", "Balanced"),
        ("governance.balanced.no", "불균형", "Not balanced"),
        ("governance.later", "기준일 뒤에 설치된 기구 {0}개는 보이지 않습니다.", "{0} bodies established after the day are not shown."),
        ("governance.notyet", "이 기구는 {0}에 설치되었습니다. 기준일에는 아직 없었습니다.", "The body was established on {0}; it did not exist yet on the day."),
        ("governance.policy", "균형 기준", "Balance policy"),
        ("governance.policy.text", "필수 부문 {0}; 한 부문이 위원의 {1}를 넘지 않을 것 (법령 기준이 없어 자치구가 정하는 기본값)", "Sectors required: {0}; no sector above {1} of the seats (no statute sets one: the district's default)"),
        ("governance.noseats", "기준일에 위원이 없습니다.", "No seats are filled on the day."),
        ("governance.missing", "빠진 부문: {0}.", "Missing: {0}."),
        ("governance.over", "상한 초과: {0}.", "Above the limit: {0}."),
        ("governance.bysector", "부문별 위원", "Seats by sector"),
        ("governance.share", "비율", "Share"),
        ("governance.sector.missing", "없음", "Missing"),
        ("governance.sector.over", "상한 초과", "Above the limit"),
        ("governance.members", "위원 구성", "Members"),
        ("governance.members.lead", "위원은 기관과 역할로 보입니다. 개인의 이름은 개인정보이므로 공개하지 않습니다.", "Members are shown by organisation and role: a person's name is personal data and is not published."),
        ("governance.organization", "기관", "Organisation"),
        ("governance.role", "역할", "Role"),
        ("governance.post", "직위", "Post"),
        ("governance.from", "시작일", "From"),
        ("governance.to", "종료일", "Until"),
        ("governance.changes", "위원 변동 ({0} ~ {1})", "Changes from {0} to {1}"),
        ("governance.since", "시작일", "Since"),
        ("governance.nochanges", "이 기간에 위원 변동이 없습니다.", "No member joined or left in this period."),
        ("governance.change.date", "날짜", "Date"),
        ("governance.change.kind", "변동", "Change"),
        ("governance.notfound", "이 자치구에 그런 거버넌스 기구가 없습니다.", "The district has no such governance body."),
        ("MembershipChangeKind.Joined", "위촉", "Joined"),
        ("MembershipChangeKind.Left", "해촉", "Left"),
    ];
}

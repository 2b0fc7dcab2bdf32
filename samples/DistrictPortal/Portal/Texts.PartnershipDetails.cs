namespace DistrictPortal.Portal;

/// <summary>The texts of a city partnership's page.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] PartnershipDetails =
    [
        ("partnership.title", "도시 교류: {0}", "City partnership: {0}"),
        ("partnership.city", "상대 도시", "Partner city"),
        ("partnership.cityhall", "시청", "City hall"),
        ("partnership.since", "교류 시작", "Since"),
        ("partnership.stage", "단계", "Stage"),
        ("partnership.notyet", "기준일에는 아직 교류가 없습니다 ({0} 시작).", "Not yet begun on the day (it began on {0})."),
        ("partnership.stage.before", " (휴면 전: {0})", " (before going dormant: {0})"),
        ("partnership.lastactivity", "마지막 활동", "Last activity"),
        ("partnership.quiet", "2년 넘게 활동 없음", "Quiet for more than two years"),
        ("partnership.quiet.yes", "예 ({0}일째 활동 없음) — 교류를 점검하세요", "Yes ({0} days without activity): review the tie"),
        ("partnership.quiet.no", "아니요", "No"),
        ("partnership.agreement", "근거 협약", "Founding agreement"),
        ("partnership.resolutions", "의회 의결", "Council resolutions"),
        ("partnership.resolution.row", "{0} {1} ({2} 승인)", "{0} {1} (approves: {2})"),
        ("partnership.advanced.to", "{0} 단계로", "To {0}"),
        ("partnership.timeline", "경과", "Timeline"),
        ("partnership.timeline.date", "일자", "Date"),
        ("partnership.timeline.event", "내용", "Event"),
        ("partnership.timeline.note", "비고", "Note"),
        ("partnership.activity.title", "교류 활동 기록", "Record an activity"),
        ("partnership.activity.description", "활동 내용 (방문, 회의, 서신 등; 개인 이름 대신 직위로)", "What happened (a visit, a meeting, a letter; roles rather than people's names)"),
        ("partnership.activity.submit", "활동 기록", "Record the activity"),
        ("partnership.recorded", "교류 활동을 기록했습니다.", "The activity is recorded."),
        ("partnership.notfound", "이 자치구에 그런 도시 교류가 없습니다.", "The district has no such city partnership."),
    ];
}

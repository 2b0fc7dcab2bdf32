namespace DistrictPortal.Portal;

/// <summary>The texts of an exchange programme's page.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] ExchangePrograms =
    [
        ("program.kind", "종류", "Kind"),
        ("program.host", "주관 기관", "Host"),
        ("program.agreement", "근거 협약", "Founding agreement"),
        ("program.opened", "개설일", "Opened"),
        ("program.capacity", "정원", "Capacity"),
        ("program.people", "{0}명", "{0} people"),
        ("program.onday", "{0} 참가 현황", "Taking part on {0}"),
        ("program.notyet", "기준일에는 아직 개설 전입니다 ({0} 개설).", "Not yet open on the day (it opens on {0})."),
        ("program.takingpart", "참가 중 / 정원", "Taking part / capacity"),
        ("program.later", "이후 시작 예정", "Starting later"),
        ("program.enrolments", "전체 참가 등록", "Enrolments in all"),
        ("program.sentby", "파견 기관", "Sent by"),
        ("program.sentby.none", "파견 기관 없음", "No sending organisation"),
        ("program.count", "인원", "People"),
        ("program.privacy", "참가자 이름은 개인정보라 공개하지 않고 인원만 보여 줍니다.", "Participants' names are personal data: the public page shows counts only."),
        ("program.timeline", "경과", "Timeline"),
        ("program.participants", "참가자 (담당자만 봄)", "Participants (officers only)"),
        ("program.participants.lead", "개인정보입니다: 업무에만 쓰고 옮기지 마세요.", "Personal data: for managing the programme only; do not copy it elsewhere."),
        ("program.participant", "참가자", "Participant"),
        ("program.period", "참가 기간", "Period"),
        ("program.enrol.title", "참가 등록", "Enrol a participant"),
        ("program.start", "첫날", "First day"),
        ("program.end", "마지막 날 (비우면 정하지 않음)", "Last day (empty: open-ended)"),
        ("program.enrol.submit", "참가 등록", "Enrol"),
        ("program.recorded", "참가 등록을 기록했습니다.", "The enrolment is recorded."),
        ("program.notfound", "이 자치구에 그런 교류 프로그램이 없습니다.", "The district has no such exchange programme."),
        ("ExchangeProgramKind.OverseasInternship", "해외 인턴십", "Overseas internship"),
        ("ExchangeProgramKind.Homestay", "홈스테이", "Homestay"),
        ("ExchangeProgramKind.Volunteering", "봉사 활동", "Volunteering"),
        ("event.exchange-program.opened", "개설", "Opened"),
        ("event.exchange-program.participant-enrolled", "참가 등록", "Participant enrolled"),
        ("event.exchange-program.participant-withdrew", "참가 철회", "Participant withdrew"),
    ];
}

namespace DistrictPortal.Portal;

/// <summary>The texts of the overseas trips pages.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] Trips =
    [
        ("trips.title", "국외출장", "Overseas trips"),
        ("trips.lead", "자치구 대표단의 공무국외출장: 출장 기간(박/일), 대표단 규모와 기준일의 진행 상황.", "The official overseas trips of the district's delegations: their length in nights and days, the delegation's size and where each stands on the day."),
        ("trips.name", "출장", "Trip"),
        ("trips.days", "기간 (출발지 날짜)", "Days (at home)"),
        ("trips.days.text", "{0} ~ {1}", "{0} to {1}"),
        ("trips.length", "일정", "Length"),
        ("trips.length.why", "출발지 시각으로 {0}일, 숙박지에서 보낸 밤 {1}박", "{0} calendar days on the home clock, {1} nights at lodgings"),
        ("trips.size", "대표단", "Delegation"),
        ("trips.size.text", "{0}명", "{0} people"),
        ("trips.head", "단장", "Head"),
        ("trips.progress", "기준일 상황", "On the day"),
        ("trips.purpose", "목적", "Purpose"),
        ("trips.delegation", "대표단", "Delegation"),
        ("trips.delegation.lead", "대표단은 역할로만 보입니다. 개인의 이름은 개인정보이므로 공개하지 않습니다.", "The delegation is shown by role only: a person's name is personal data and is not published."),
        ("trips.report", "일자별 보고", "Day by day"),
        ("trips.report.lead", "날짜와 첫 열의 시각은 출발지({0}) 기준이고, 둘째 열은 현지 시각입니다.", "Days and the first column's times are at home ({0}); the second column is local time."),
        ("trips.day", "{0}일차 {1}", "Day {0}, {1}"),
        ("trips.transit", "이동", "in transit"),
        ("trips.day.none", "기록된 일정이 없습니다.", "Nothing recorded."),
        ("trips.home", "출발지 시각", "Home time"),
        ("trips.local", "현지 시각", "Local time"),
        ("trips.entry", "일정", "What"),
        ("trips.agreements", "체결한 협약", "Agreements signed"),
        ("trips.partnerships", "진전된 교류 관계", "Partnerships advanced"),
        ("trips.followups", "후속 조치", "Follow-ups"),
        ("trips.followup.due", "기한", "Due"),
        ("trips.followup.with", "상대", "With"),
        ("trips.followup.action", "조치", "Action"),
        ("trips.followup.past", "기준일 전", "before the day"),
        ("trips.notfound", "이 자치구에 그런 국외출장이 없습니다.", "The district has no such trip."),
        ("TripProgress.Ahead", "예정", "Ahead"),
        ("TripProgress.UnderWay", "출장 중", "Under way"),
        ("TripProgress.Over", "종료", "Over"),
    ];
}

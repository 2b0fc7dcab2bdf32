namespace DistrictPortal.Portal;

/// <summary>The texts of the calendar page.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] Calendar =
    [
        ("calendar.title", "일정", "Calendar"),
        ("calendar.lead", "협약 갱신 거절 통지 기한, 정기 행사, 국외출장과 후속 조치. 기본은 기준일부터 90일입니다.", "Renewal notice deadlines, recurring events, overseas trips and their follow-ups; by default the 90 days from the day."),
        ("calendar.from", "시작일", "From"),
        ("calendar.to", "종료일", "To"),
        ("calendar.default", "오늘부터 90일", "90 days from today"),
        ("calendar.range", "{0} ~ {1}", "{0} to {1}"),
        ("calendar.days", "날짜", "Days"),
        ("calendar.days.text", "{0} ~ {1}", "{0} to {1}"),
        ("calendar.kind", "구분", "Kind"),
        ("calendar.what", "내용", "What"),
        ("calendar.detail", "세부", "Details"),
        ("calendar.deadline", "이날까지 통지해야 {0} 자동 갱신을 막을 수 있습니다", "Notice by this day prevents the renewal on {0}"),
        ("calendar.estimated", "발표 전: 정례 일정({0})에 따른 예상", "Not yet announced: expected by its rule ({0})"),
        ("CalendarEntryKind.NoticeDeadline", "통지 기한", "Notice deadline"),
        ("CalendarEntryKind.Event", "행사", "Event"),
        ("CalendarEntryKind.EstimatedEvent", "행사 (예상)", "Event (expected)"),
        ("CalendarEntryKind.CancelledEvent", "행사 (취소)", "Event (cancelled)"),
        ("CalendarEntryKind.Trip", "국외출장", "Overseas trip"),
        ("CalendarEntryKind.Visit", "방문", "Visit"),
        ("CalendarEntryKind.FollowUp", "후속 조치", "Follow-up"),
        ("calendar.feed", "일정 구독 (iCalendar)", "Subscribe (iCalendar)"),
    ];
}

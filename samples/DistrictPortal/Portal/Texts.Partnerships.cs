namespace DistrictPortal.Portal;

/// <summary>The texts of the city partnerships page.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] Partnerships =
    [
        ("partnerships.title", "도시 교류", "City partnerships"),
        ("partnerships.lead", "국외 도시와의 교류 관계: 기준일의 단계(교류 모색, 교류의향서, 우호도시, 자매도시)와 마지막 활동.", "The district's ties with cities abroad: their stage on the day (exploring, letter of intent, friendship city, sister city) and their last activity."),
        ("partnerships.city", "도시", "City"),
        ("partnerships.where", "지역", "Region"),
        ("partnerships.stage", "단계", "Stage"),
        ("partnerships.since", "첫 교류", "Since"),
        ("partnerships.agreement", "근거 협약", "Agreement"),
        ("partnerships.last", "마지막 활동", "Last activity"),
        ("partnerships.days", "{0}일 전", "{0} days earlier"),
        ("partnerships.quiet", "2년 넘게 활동 없음", "Quiet over two years"),
        ("partnerships.quiet.yes", "활동 없음", "Quiet"),
        ("partnerships.quiet.lead", "마지막 활동 다음 날부터 민법에 따라 2년을 센 기간이 기준일 전에 끝난 관계를 '활동 없음'으로 표시합니다. 휴면·종료된 관계는 표시하지 않습니다.", "A tie is flagged quiet once two years, counted from the day after its last activity as the Civil Code counts periods, have run before the day; dormant and ended ties are not flagged."),
        ("partnerships.later", "기준일 뒤에 시작된 교류 {0}건은 보이지 않습니다.", "{0} ties opened after the day are not shown."),
        ("PartnershipStage.Exploring", "교류 모색", "Exploring"),
        ("PartnershipStage.LetterOfIntent", "교류의향서", "Letter of intent"),
        ("PartnershipStage.FriendshipCity", "우호도시", "Friendship city"),
        ("PartnershipStage.SisterCity", "자매도시", "Sister city"),
        ("PartnershipStage.Dormant", "휴면", "Dormant"),
        ("PartnershipStage.Ended", "종료", "Ended"),
        ("event.city-partnership.opened", "교류 시작", "Opened"),
        ("event.city-partnership.advanced", "단계 진전", "Advanced"),
        ("event.city-partnership.activity-recorded", "교류 활동", "Activity"),
        ("event.city-partnership.council-resolution-recorded", "의회 의결", "Council resolution"),
        ("event.city-partnership.went-dormant", "휴면", "Went dormant"),
        ("event.city-partnership.revived", "재개", "Revived"),
        ("event.city-partnership.ended", "종료", "Ended"),
    ];
}

namespace DistrictPortal.Portal;

/// <summary>The texts of the error page.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] Errors =
    [
        ("error.title", "오류", "Error"),
        ("error.unexpected", "요청을 처리하지 못했습니다. 잠시 뒤에 다시 시도해 주세요. 문제가 계속되면 담당 부서에 알려 주세요.", "The request could not be handled. Please try again shortly; if it keeps happening, tell the office in charge."),
        ("error.notfound.title", "찾을 수 없음", "Not found"),
        ("error.notfound", "요청한 페이지나 기록이 없습니다. 주소를 확인해 주세요.", "There is no such page or record. Please check the address."),
        ("error.badrequest.title", "잘못된 요청", "Bad request"),
        ("error.badrequest", "요청을 이해하지 못했습니다. 날짜는 yyyy-MM-dd 형식으로 적어 주세요.", "The request could not be understood. Dates are written yyyy-MM-dd."),
        ("error.forbidden.title", "권한 없음", "Not allowed"),
        ("error.forbidden", "이 작업을 할 권한이 없습니다.", "You are not allowed to do this."),
        ("error.home", "처음으로", "Back to the dashboard"),
    ];
}

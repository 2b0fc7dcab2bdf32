namespace Gwanak.Innovation.Exchange;

/// <summary>The kinds of people-to-people exchange a partnership runs.</summary>
/// <remarks>The trilateral MOU with KACCOC opened overseas internships for students and volunteering at the World Korean Business Convention; Fullerton and Gwanak-gu discussed homestays (press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23).</remarks>
public enum ExchangeProgramKind
{
    /// <summary>Overseas internships for students (해외인턴십).</summary>
    OverseasInternship = 0,

    /// <summary>Homestays (홈스테이).</summary>
    Homestay = 1,

    /// <summary>Volunteering (봉사활동), for example at the World Korean Business Convention.</summary>
    Volunteering = 2,
}

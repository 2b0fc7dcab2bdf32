namespace Gwanak.Innovation.Organizations;

/// <summary>
/// The five partner sectors of a regional innovation governance (민·관·산·학·연: civil, public, industry,
/// academia, research).
/// </summary>
/// <remarks>
/// Sources: the press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다" (2023-08-23) speaks of
/// "관악구-서울대를 중심으로 하는 민·관·산·학·연의 지역 혁신 거버넌스"; the sectors follow the triple helix
/// (university–industry–government, Etzkowitz and Leydesdorff) extended to the quadruple and quintuple helix with
/// civil society (Carayannis and Campbell, "Mode 3 Knowledge Production in Quadruple Helix Innovation Systems",
/// 2012). Research institutes are the fifth sector in the Korean usage (연).
/// </remarks>
public enum HelixSector
{
    /// <summary>Civil society (민): residents, associations, non-profits.</summary>
    Civil = 0,

    /// <summary>The public sector (관): local and central government and their agencies.</summary>
    Public = 1,

    /// <summary>Industry (산): companies, chambers of commerce, business federations.</summary>
    Industry = 2,

    /// <summary>Academia (학): universities and colleges.</summary>
    Academia = 3,

    /// <summary>Research (연): research institutes.</summary>
    Research = 4,
}

namespace Gwanak.Innovation.Agreements;

/// <summary>What a party undertakes to do, in categories a portal can group and count.</summary>
/// <remarks>
/// Source: the commitments named in Gwanak-gu's two MOUs with KACCOC (press article "한국형 실리콘밸리 만나고 글로벌
/// 혁신경제도시로 도약한다", 2023-08-23).
/// </remarks>
public enum CommitmentCategory
{
    /// <summary>Support for companies entering a foreign market (미국 시장 진출 지원).</summary>
    MarketEntrySupport = 0,

    /// <summary>Cooperation in trade and business activities (통상 활동 등 기업 업무 상호협력).</summary>
    TradeCooperation = 1,

    /// <summary>Internships abroad for students and young people (해외인턴십).</summary>
    Internship = 2,

    /// <summary>Volunteer opportunities, such as at the World Korean Business Convention (세계한상대회 봉사활동).</summary>
    Volunteering = 3,

    /// <summary>Exchange of information between the parties (정보 교류).</summary>
    InformationExchange = 4,

    /// <summary>Exchange of people, such as homestays and visits (인적 교류).</summary>
    PeopleExchange = 5,
}

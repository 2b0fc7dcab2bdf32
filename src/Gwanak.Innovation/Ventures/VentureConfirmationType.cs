namespace Gwanak.Innovation.Ventures;

/// <summary>The type of a venture company confirmation (벤처기업 확인 유형).</summary>
/// <remarks>Source: Act on Special Measures for the Promotion of Venture Businesses, Art. 2-2 (the requirements of a venture business) and Art. 25 (confirmation).</remarks>
public enum VentureConfirmationType
{
    /// <summary>Investment type (벤처투자유형): invested in by a qualified venture investor.</summary>
    Investment,

    /// <summary>R&amp;D type (연구개발유형): research and development spending above the statutory share.</summary>
    ResearchAndDevelopment,

    /// <summary>Innovative growth type (혁신성장유형): assessed for technology and growth by a designated body.</summary>
    InnovativeGrowth,

    /// <summary>Pre-venture type (예비벤처기업): a founder before incorporation, assessed on the business plan.</summary>
    PreVenture,
}

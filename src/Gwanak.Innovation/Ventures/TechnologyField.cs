using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ventures;

/// <summary>A technology field a company works in, and whether it counts as deep tech (딥테크).</summary>
/// <remarks>
/// The press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다" (2023-08-23) describes deep tech (딥테크) as
/// technology in depth based on research and development in engineering, science and other fields;
/// a district can define its own fields with <see cref="TechnologyField(string, LocalizedText, bool)"/>.
/// </remarks>
public sealed record TechnologyField
{
    /// <summary>Creates a field.</summary>
    /// <param name="code">A short stable code, for example <c>ai</c>.</param>
    /// <param name="name">The bilingual name.</param>
    /// <param name="isDeepTech">True when the field is deep tech.</param>
    /// <exception cref="System.ArgumentException">The code is empty.</exception>
    public TechnologyField(string code, LocalizedText name, bool isDeepTech)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Name = Guard.Against.Null(name);
        IsDeepTech = isDeepTech;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The bilingual name.</summary>
    public LocalizedText Name { get; }

    /// <summary>True when the field is deep tech (R&amp;D-based engineering or science).</summary>
    public bool IsDeepTech { get; }

    /// <summary>Artificial intelligence (인공지능), deep tech.</summary>
    public static TechnologyField ArtificialIntelligence { get; } = new("ai", LocalizedText.Create("인공지능", "Artificial intelligence"), true);

    /// <summary>Semiconductors (반도체), deep tech.</summary>
    public static TechnologyField Semiconductors { get; } = new("semiconductors", LocalizedText.Create("반도체", "Semiconductors"), true);

    /// <summary>Biotechnology and health (바이오·헬스), deep tech.</summary>
    public static TechnologyField Biotechnology { get; } = new("bio", LocalizedText.Create("바이오·헬스", "Biotechnology and health"), true);

    /// <summary>Robotics (로봇), deep tech.</summary>
    public static TechnologyField Robotics { get; } = new("robotics", LocalizedText.Create("로봇", "Robotics"), true);

    /// <summary>Software and platforms (소프트웨어·플랫폼), not deep tech.</summary>
    public static TechnologyField Software { get; } = new("software", LocalizedText.Create("소프트웨어·플랫폼", "Software and platforms"), false);

    /// <summary>Content and media (콘텐츠), not deep tech.</summary>
    public static TechnologyField Content { get; } = new("content", LocalizedText.Create("콘텐츠", "Content and media"), false);
}

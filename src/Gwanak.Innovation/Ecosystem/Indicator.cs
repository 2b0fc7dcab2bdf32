using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>What a district measures: a code, a name, a unit and the Brookings asset category it informs.</summary>
public sealed record Indicator
{
    /// <summary>Defines an indicator.</summary>
    /// <param name="code">A stable code, for example <c>youth-population-share</c>.</param>
    /// <param name="name">The bilingual name.</param>
    /// <param name="unit">The unit, for example <c>%</c>, <c>facilities</c>, <c>companies</c>.</param>
    /// <param name="category">The Brookings asset category.</param>
    /// <exception cref="System.ArgumentException">A text is empty.</exception>
    public Indicator(string code, LocalizedText name, string unit, InnovationAssetCategory category)
    {
        Code = Guard.Against.NullOrWhiteSpace(code).Trim();
        Name = Guard.Against.Null(name);
        Unit = Guard.Against.NullOrWhiteSpace(unit).Trim();
        Category = Guard.Against.EnumOutOfRange(category);
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The bilingual name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The unit.</summary>
    public string Unit { get; }

    /// <summary>The Brookings asset category.</summary>
    public InnovationAssetCategory Category { get; }

    /// <summary>Youth population share (청년 인구 비율), in %, counted with the economic assets.</summary>
    /// <remarks>Brookings does not class demographics as an asset; counting the talent pool with the economic assets (the firms and institutions that draw on it) is this library's assumption.</remarks>
    public static Indicator YouthPopulationShare { get; } = new("youth-population-share", LocalizedText.Create("청년 인구 비율", "Youth population share"), "%", InnovationAssetCategory.Economic);

    /// <summary>Venture companies in the zone (촉진지구 내 벤처기업 수), an economic asset.</summary>
    public static Indicator VentureCompaniesInZone { get; } = new("venture-companies-in-zone", LocalizedText.Create("촉진지구 내 벤처기업 수", "Venture companies in the zone"), "companies", InnovationAssetCategory.Economic);

    /// <summary>Startup infrastructure facilities (창업 인프라 시설 수), an economic asset.</summary>
    /// <remarks>Brookings lists incubators, accelerators and shared working spaces among the "innovation cultivators", which are economic assets; the buildings they occupy are physical assets, but this indicator counts the facilities as organisations that support startups.</remarks>
    public static Indicator StartupFacilities { get; } = new("startup-facilities", LocalizedText.Create("창업 인프라 시설 수", "Startup infrastructure facilities"), "facilities", InnovationAssetCategory.Economic);

    /// <summary>Area of the venture promotion zone (촉진지구 면적), in km², a physical asset.</summary>
    public static Indicator ZoneArea { get; } = new("zone-area", LocalizedText.Create("촉진지구 면적", "Venture promotion zone area"), "km²", InnovationAssetCategory.Physical);

    /// <summary>Consecutive Seoul Campus Town selections (캠퍼스타운 연속 선정), a networking asset (university–district ties).</summary>
    public static Indicator CampusTownSelections { get; } = new("campus-town-consecutive-selections", LocalizedText.Create("캠퍼스타운 연속 선정", "Consecutive Campus Town selections"), "rounds", InnovationAssetCategory.Networking);

    /// <summary>Partnership agreements (MOUs) in force (협약 수), a networking asset.</summary>
    public static Indicator AgreementsInForce { get; } = new("agreements-in-force", LocalizedText.Create("유효 협약 수", "Agreements in force"), "agreements", InnovationAssetCategory.Networking);
}

namespace Gwanak.Innovation.Zones;

/// <summary>Where an incentive row applies.</summary>
public enum IncentiveRegion
{
    /// <summary>Every zone.</summary>
    Anywhere,

    /// <summary>Zones in the capital region (수도권: Seoul 11, Incheon 28, Gyeonggi 41).</summary>
    CapitalRegion,

    /// <summary>Zones outside the capital region.</summary>
    OutsideCapitalRegion,
}

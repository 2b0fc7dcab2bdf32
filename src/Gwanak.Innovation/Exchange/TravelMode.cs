namespace Gwanak.Innovation.Exchange;

/// <summary>How a delegation moves on a leg.</summary>
public enum TravelMode
{
    /// <summary>By air.</summary>
    Flight = 0,

    /// <summary>On the ground: car, coach, train.</summary>
    Ground = 1,
}

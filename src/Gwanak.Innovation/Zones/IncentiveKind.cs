namespace Gwanak.Innovation.Zones;

/// <summary>A kind of incentive for venture companies in a designated venture promotion zone.</summary>
/// <remarks>Source: Restriction of Special Local Taxation Act Art. 58 (tax reductions); Venture Act Art. 18-5 (support for the zone: charge exemptions) (docs/domain.md).</remarks>
public enum IncentiveKind
{
    /// <summary>Reduction of acquisition tax (취득세 감면) on real estate acquired for the business.</summary>
    AcquisitionTaxReduction,

    /// <summary>Reduction of property tax (재산세 감면) on that real estate.</summary>
    PropertyTaxReduction,

    /// <summary>Exemption from the development charge (개발부담금 면제).</summary>
    DevelopmentChargeExemption,

    /// <summary>Exemption from the traffic-inducement charge (교통유발부담금 면제).</summary>
    TrafficInducementChargeExemption,
}

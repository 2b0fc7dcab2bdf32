using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// The partnerships of one stage in one country, as a screen lists them and as
/// <see cref="PartnershipPortfolio.ByStageAndCountry"/> groups them; two groups are equal when they hold equal
/// partnerships in the same order.
/// </summary>
public sealed record PartnershipGroup
{
    internal PartnershipGroup(PartnershipStage stage, string countryCode, EquatableArray<CityPartnership> partnerships)
    {
        Stage = stage;
        CountryCode = countryCode;
        Partnerships = partnerships;
    }

    /// <summary>The stage.</summary>
    public PartnershipStage Stage { get; }

    /// <summary>The ISO 3166-1 alpha-2 country code.</summary>
    public string CountryCode { get; }

    /// <summary>The partnerships, by city name.</summary>
    public EquatableArray<CityPartnership> Partnerships { get; }
}

using System.Collections.Generic;

namespace Gwanak.Innovation.Exchange;

/// <summary>The partnerships of one stage in one country, as a screen lists them.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 country code.</param>
/// <param name="Partnerships">The partnerships, by city name.</param>
public sealed record PartnershipGroup(PartnershipStage Stage, string CountryCode, IReadOnlyList<CityPartnership> Partnerships);

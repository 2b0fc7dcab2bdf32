using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>The city on the other side of a partnership: its name, its country and, when known, the organisation of its city hall.</summary>
public sealed record PartnerCity
{
    /// <summary>Creates a partner city.</summary>
    /// <param name="name">The city's name, for example <c>풀러턴</c> / <c>Fullerton</c>.</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 code of its country, for example <c>US</c>; <c>KR</c> for a domestic tie.</param>
    /// <param name="region">The state, province or region, for example <c>캘리포니아주</c> / <c>California</c>, when useful.</param>
    /// <param name="cityHall">The organisation id of its city hall, when it is registered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="countryCode"/> is not two ASCII letters.</exception>
    public PartnerCity(LocalizedText name, string countryCode, LocalizedText? region = null, OrganizationId? cityHall = null)
    {
        Name = Guard.Against.Null(name);
        CountryCode = CountryCodes.Require(countryCode, nameof(countryCode));
        Region = region;
        CityHall = cityHall;
    }

    /// <summary>The city's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The ISO 3166-1 alpha-2 code of its country, upper case (<c>US</c>, <c>KR</c>).</summary>
    public string CountryCode { get; }

    /// <summary>The state, province or region, when given.</summary>
    public LocalizedText? Region { get; }

    /// <summary>The organisation id of its city hall, when registered.</summary>
    public OrganizationId? CityHall { get; }

    /// <summary>The city's primary name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name.ToString();
}

using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A place a delegation can be at: a city or an airport, its country and its time zone.</summary>
/// <remarks>Two places are the same place when name, country and zone are equal; an itinerary's legs join at equal places.</remarks>
public sealed record Place
{
    /// <summary>Creates a place.</summary>
    /// <param name="name">The name, for example <c>샌프란시스코</c> / <c>San Francisco</c>.</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 country code, for example <c>US</c>.</param>
    /// <param name="zone">The place's time zone, for example <c>DateTimeZoneProviders.Tzdb["America/Los_Angeles"]</c>.</param>
    /// <exception cref="ArgumentException">A value is null or the country code is not two ASCII letters.</exception>
    public Place(LocalizedText name, string countryCode, DateTimeZone zone)
    {
        Name = Guard.Against.Null(name);
        CountryCode = CountryCodes.Require(countryCode, nameof(countryCode));
        Zone = Guard.Against.Null(zone);
    }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The ISO 3166-1 alpha-2 country code, upper case.</summary>
    public string CountryCode { get; }

    /// <summary>The time zone local clocks show there.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>A place whose zone is looked up in the TZDB by id.</summary>
    /// <param name="korean">The Korean name.</param>
    /// <param name="english">The English name.</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 country code.</param>
    /// <param name="zoneId">The TZDB zone id, for example <c>Asia/Seoul</c>.</param>
    /// <returns>The place.</returns>
    /// <exception cref="NodaTime.TimeZones.DateTimeZoneNotFoundException">The zone id is not in the TZDB.</exception>
    public static Place Of(string korean, string english, string countryCode, string zoneId)
        => new(LocalizedText.Create(korean, english), countryCode, DateTimeZoneProviders.Tzdb[zoneId]);

    /// <summary>The place's primary name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name.ToString();
}

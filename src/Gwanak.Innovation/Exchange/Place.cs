using System;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Primitives.Validation;
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
    /// <exception cref="ArgumentException">
    /// A name or the zone id is null or empty, the country code is not two ASCII letters, or the TZDB does not know the
    /// zone id (the message suggests the closest id it knows, as the analyzer GWI0003 does at compile time).
    /// </exception>
    public static Place Of(string korean, string english, string countryCode, string zoneId)
        => new(LocalizedText.Create(korean, english), countryCode, TzdbZone(zoneId));

    // The TZDB zone with an id, or an ArgumentException naming zoneId that suggests the closest id (GWI0003's rule).
    private static DateTimeZone TzdbZone(string zoneId)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(Guard.Against.NullOrWhiteSpace(zoneId)) is { } zone)
        {
            return zone;
        }

        string? closest = ClosestName.Find(zoneId, DateTimeZoneProviders.Tzdb.Ids.Order(StringComparer.Ordinal));
        string suggestion = closest is null ? string.Empty : $" Did you mean '{closest}'?";
        throw new ArgumentException($"'{zoneId}' is not a time zone id of the TZDB (for example 'Asia/Seoul').{suggestion}", nameof(zoneId));
    }

    /// <summary>The place's primary name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name.ToString();
}

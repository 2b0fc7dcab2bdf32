using System;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Exchange;

/// <summary>The shared check of ISO 3166-1 alpha-2 country codes for places and partner cities.</summary>
internal static class CountryCodes
{
    public static string Require(string countryCode, string parameterName)
    {
        Guard.Against.NullOrWhiteSpace(countryCode, parameterName);
        if (countryCode.Length != 2 || !char.IsAsciiLetter(countryCode[0]) || !char.IsAsciiLetter(countryCode[1]))
        {
            throw new ArgumentException($"'{countryCode}' is not an ISO 3166-1 alpha-2 country code such as 'US' or 'KR'.", parameterName);
        }

        return countryCode.ToUpperInvariant();
    }
}

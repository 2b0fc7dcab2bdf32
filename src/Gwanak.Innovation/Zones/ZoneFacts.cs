using System;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>The checks the zone's events make on their lists, whatever the zone's state.</summary>
internal static class ZoneFacts
{
    /// <summary>The legal dongs once each, in code order; at least one, each a legal-dong code.</summary>
    public static EquatableArray<AdministrativeDistrictCode> LegalDongs(EquatableArray<AdministrativeDistrictCode> legalDongs, string parameterName)
    {
        if (legalDongs.IsEmpty)
        {
            throw new ArgumentException("A zone covers at least one legal dong.", parameterName);
        }

        foreach (var dong in legalDongs)
        {
            if (dong.Level != AdministrativeLevel.Dong)
            {
                throw new ArgumentException($"{dong} is not a legal-dong code (10 digits ending in 00, such as 1162010100).", parameterName);
            }
        }

        return [.. legalDongs.Distinct().Order()];
    }

    /// <summary>The items, none of them null.</summary>
    public static EquatableArray<T> NoNulls<T>(EquatableArray<T> items, string parameterName)
        where T : class
    {
        foreach (var item in items)
        {
            Guard.Against.Null(item, parameterName);
        }

        return items;
    }
}

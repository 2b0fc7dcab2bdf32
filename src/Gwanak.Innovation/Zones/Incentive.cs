using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>One row of an incentive table: a kind of incentive, its rate, the days and the region it applies to.</summary>
/// <remarks>
/// The rows of <see cref="IncentivePolicy.Default"/> come from the Restriction of Special Local Taxation Act Art. 58 and
/// the Venture Act Art. 18-5 (docs/domain.md); a district that knows better builds its own rows. The constructor's
/// parameters are named after the properties, so a document reader can bind a stored table.
/// </remarks>
public sealed record Incentive
{
    /// <summary>Creates a row.</summary>
    /// <param name="kind">The kind of incentive.</param>
    /// <param name="rate">The reduction as a fraction, above 0 and at most 1 (0.375 for 37.5%; 1 for a full exemption).</param>
    /// <param name="validDays">The days the row applies.</param>
    /// <param name="region">The region of the zone it applies to.</param>
    /// <param name="requiresConfirmedVenture">True when only confirmed venture companies benefit.</param>
    /// <param name="source">Where the row comes from, for example the article of the law.</param>
    /// <exception cref="ArgumentException">
    /// The kind or region is not defined, the rate is not above 0 and at most 1, the days are <see langword="default"/>,
    /// or the source is null, empty or blank.
    /// </exception>
    public Incentive(IncentiveKind kind, decimal rate, DateRange validDays, IncentiveRegion region, bool requiresConfirmedVenture, string source)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        if (rate <= 0m || rate > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate is more than 0 and at most 1: 0.375 for 37.5%, 1 for a full exemption.");
        }

        Rate = rate;
        ValidDays = Guard.Against.Default(validDays);
        Region = Guard.Against.EnumOutOfRange(region);
        RequiresConfirmedVenture = requiresConfirmedVenture;
        Source = Guard.Against.NullOrWhiteSpace(source);
    }

    /// <summary>The kind of incentive.</summary>
    public IncentiveKind Kind { get; }

    /// <summary>The reduction as a fraction, above 0 and at most 1 (0.375 for 37.5%; 1 for a full exemption).</summary>
    public decimal Rate { get; }

    /// <summary>The days the row applies.</summary>
    public DateRange ValidDays { get; }

    /// <summary>The region of the zone it applies to.</summary>
    public IncentiveRegion Region { get; }

    /// <summary>True when only confirmed venture companies benefit.</summary>
    public bool RequiresConfirmedVenture { get; }

    /// <summary>Where the row comes from, for example the article of the law.</summary>
    public string Source { get; }
}

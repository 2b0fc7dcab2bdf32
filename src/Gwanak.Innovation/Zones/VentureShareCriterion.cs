using System;
using System.Globalization;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>Criterion: at least a share (10% by default) of the SMEs in the zone (its legal dongs on the evidence day) are confirmed venture companies that day.</summary>
/// <remarks>
/// Source: Act on Special Measures for the Promotion of Venture Businesses, Art. 18-4, and its Enforcement Decree, as the
/// press summarised them at the 2022-01-10 designations (docs/domain.md). Both counts are of the evidence day: a company
/// counts as an SME when its status at founding or an SME confirmation holds that day
/// (<see cref="Ventures.VentureCompany.IsSmallOrMediumEnterpriseOn"/>, Enforcement Decree of the Framework Act on Small
/// and Medium Enterprises Art. 3-3), and as a venture company when a confirmation holds and is not cancelled that day.
/// </remarks>
public sealed class VentureShareCriterion : IDesignationCriterion
{
    /// <summary>Creates the criterion.</summary>
    /// <param name="minimumShare">The minimum share, between 0 and 1; 0.10 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">The share is outside 0–1.</exception>
    public VentureShareCriterion(decimal minimumShare = 0.10m)
        => MinimumShare = Guard.Against.OutOfRange(minimumShare, nameof(minimumShare), 0m, 1m);

    /// <summary>The minimum share of confirmed venture companies among the SMEs in the zone.</summary>
    public decimal MinimumShare { get; }

    /// <inheritdoc/>
    public string Id => ZoneRules.VentureShareCriterion;

    /// <inheritdoc/>
    public LocalizedText Name { get; } = LocalizedText.Create("중소기업 중 벤처기업 비율", "Share of confirmed venture companies among SMEs");

    /// <inheritdoc/>
    public string Source => "Venture Act Art. 18-4 and Enforcement Decree (press summary: at least 10% of SMEs in the area are venture companies)";

    /// <inheritdoc/>
    public CriterionResult Evaluate(ZoneDesignationEvidence evidence)
    {
        Guard.Against.Null(evidence);
        int smes = 0;
        int ventures = 0;
        var legalDongs = evidence.Zone.LegalDongsOn(evidence.AsOf).AsSpan();
        foreach (var company in evidence.Companies)
        {
            if (!VenturePromotionZone.Covers(legalDongs, company.Location) || !company.IsSmallOrMediumEnterpriseOn(evidence.AsOf, evidence.SmeConfirmationPolicy))
            {
                continue;
            }

            smes++;
            if (company.IsConfirmedVentureOn(evidence.AsOf, evidence.ConfirmationPolicy))
            {
                ventures++;
            }
        }

        decimal share = smes == 0 ? 0m : (decimal)ventures / smes;
        var culture = CultureInfo.InvariantCulture;
        // Rounded down, so that a share just below the threshold never reads as reaching it.
        string figure = string.Format(culture, "{0:N0} of {1:N0} SMEs ({2:0.0#}%)", ventures, smes, Math.Round(share * 100m, 2, MidpointRounding.ToZero));
        string threshold = string.Format(culture, "at least {0:0.##}%", MinimumShare * 100m);
        return new CriterionResult(Id, Name, smes > 0 && share >= MinimumShare, figure, threshold, Source);
    }
}

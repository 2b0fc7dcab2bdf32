using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A district's indicators on a day, grouped as the Brookings innovation-district framework groups assets:
/// economic, physical, networking. Each indicator shows its latest value on or before the day.
/// </summary>
/// <remarks>Source of the grouping: Katz and Wagner, "The Rise of Innovation Districts", Brookings Institution, 2014.</remarks>
public sealed class DistrictScorecard
{
    private DistrictScorecard(LocalizedText district, LocalDate asOf, ImmutableDictionary<InnovationAssetCategory, ImmutableArray<IndicatorValue>> lines)
    {
        District = district;
        AsOf = asOf;
        Lines = lines;
    }

    /// <summary>The district's name.</summary>
    public LocalizedText District { get; }

    /// <summary>The day of the scorecard.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Per category (all three always present), the latest value of each indicator on or before <see cref="AsOf"/>, by indicator code.</summary>
    public ImmutableDictionary<InnovationAssetCategory, ImmutableArray<IndicatorValue>> Lines { get; }

    /// <summary>Builds the scorecard of a day from recorded values.</summary>
    /// <param name="district">The district's name.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="values">The values recorded over time; later values than the day are left out.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="DomainRuleException"><see cref="IndicatorRules.ConflictingValues"/>, <see cref="IndicatorRules.CodeDefinedTwice"/>.</exception>
    public static DistrictScorecard On(LocalizedText district, LocalDate asOf, IEnumerable<IndicatorValue> values)
    {
        Guard.Against.Null(district);
        Guard.Against.Null(values);
        var all = values.ToArray();
        foreach (var byCode in all.GroupBy(v => v.Indicator.Code))
        {
            var definitions = byCode.Select(v => v.Indicator).Distinct().ToArray();
            if (definitions.Length > 1)
            {
                throw new DomainRuleException(IndicatorRules.CodeDefinedTwice, $"The indicator code {byCode.Key} is defined twice ({definitions[0].Unit}, {definitions[0].Category} and {definitions[1].Unit}, {definitions[1].Category}); one code has one definition.");
            }

            var conflict = byCode.GroupBy(v => v.Date).FirstOrDefault(g => g.Select(v => v.Value).Distinct().Count() > 1);
            if (conflict is not null)
            {
                throw new DomainRuleException(IndicatorRules.ConflictingValues, $"The indicator {byCode.Key} has different values on {conflict.Key:uuuu-MM-dd} ({string.Join(", ", conflict.Select(v => $"{v.Value.ToString(CultureInfo.InvariantCulture)} from {v.Source}"))}); a day has one value per indicator.");
            }
        }

        var latest = all
            .Where(v => v.Date <= asOf)
            .GroupBy(v => v.Indicator.Code)
            .Select(g => g.OrderBy(v => v.Date).Last())
            .ToArray();
        var lines = new[] { InnovationAssetCategory.Economic, InnovationAssetCategory.Physical, InnovationAssetCategory.Networking }
            .ToImmutableDictionary(
                c => c,
                c => latest.Where(v => v.Indicator.Category == c).OrderBy(v => v.Indicator.Code, System.StringComparer.Ordinal).ToImmutableArray());
        return new DistrictScorecard(district, asOf, lines);
    }

    /// <summary>The value of an indicator on the scorecard.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value, or <see langword="null"/> when none was recorded by the day.</returns>
    public IndicatorValue? ValueOf(Indicator indicator)
    {
        Guard.Against.Null(indicator);
        return Lines[indicator.Category].FirstOrDefault(v => v.Indicator.Code == indicator.Code);
    }

    /// <summary>The scorecard as text: one block per category, one line per indicator with value, unit, day and source.</summary>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{District.Korean} / {District.English} — innovation district scorecard, {AsOf:uuuu-MM-dd}\n");
        foreach (var category in new[] { InnovationAssetCategory.Economic, InnovationAssetCategory.Physical, InnovationAssetCategory.Networking })
        {
            text.Append(CultureInfo.InvariantCulture, $"{category} assets\n");
            if (Lines[category].IsEmpty)
            {
                text.Append("  (no values)\n");
            }

            foreach (var v in Lines[category])
            {
                text.Append(CultureInfo.InvariantCulture, $"  {v.Indicator.Name.Korean} / {v.Indicator.Name.English}: {v.Value:0.##}{(v.Indicator.Unit == "%" ? string.Empty : " ")}{v.Indicator.Unit} ({v.Date:uuuu-MM-dd}; {v.Source})\n");
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}

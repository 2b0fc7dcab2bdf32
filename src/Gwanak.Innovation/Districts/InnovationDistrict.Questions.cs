using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Ventures;
using NodaTime;

namespace Gwanak.Innovation.Districts;

/// <summary>The questions a district answers across its records (one file of the class, for length).</summary>
public sealed partial class InnovationDistrict
{
    private const string Computed = "computed from the district's registers";

    /// <summary>
    /// The records that do not hold together across contexts: an agreement party, a fund manager, a facility operator, a
    /// visited organisation or another organisation a record names that the district does not have; a zone, a facility
    /// or a company outside the district; a partnership of another district; a programme's unknown founding agreement.
    /// </summary>
    /// <returns>The findings, in the order of the records; empty when everything holds together. Never throws for data.</returns>
    public IReadOnlyList<DistrictFinding> Check() => DistrictChecks.Of(this);

    /// <summary>
    /// The innovation-district scorecard on a day: the indicators the registers answer (startup facilities open, agreements
    /// in force, the designated zones' area, the confirmed venture companies inside them), then every recorded indicator
    /// value; a recorded value of one of the computed indicators, dated on or before the day, takes the place of the
    /// computed one.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <param name="policy">The venture confirmation validity policy; <see cref="VentureConfirmationPolicy.Default"/> when null.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="Primitives.DomainRuleException">IND-001 or IND-002: the recorded values contradict each other.</exception>
    public DistrictScorecard ScorecardOn(LocalDate date, VentureConfirmationPolicy? policy = null)
    {
        var recorded = IndicatorValues.Where(v => v.Date <= date).Select(v => v.Indicator.Code).ToHashSet();
        var designated = Zones.Where(z => z.IsDesignatedOn(date)).ToArray();
        IndicatorValue[] computed =
        [
            new(Indicator.StartupFacilities, date, Facilities.Count(f => f.IsOpenOn(date)), Computed),
            new(Indicator.AgreementsInForce, date, Agreements.Count(a => a.IsInForceOn(date)), Computed),
            new(Indicator.ZoneArea, date, designated.Sum(z => z.AreaOn(date)), Computed),
            new(Indicator.VentureCompaniesInZone, date, VentureCompanies.Count(c => c.IsConfirmedVentureOn(date, policy) && designated.Any(z => z.CoversOn(c.Location, date))), Computed),
        ];
        return DistrictScorecard.On(Name, date, computed.Where(v => !recorded.Contains(v.Indicator.Code)).Concat(IndicatorValues));
    }
}

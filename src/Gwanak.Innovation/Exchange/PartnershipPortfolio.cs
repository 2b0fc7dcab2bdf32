using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>The city partnerships a portal knows, with the questions a district asks of them.</summary>
public sealed class PartnershipPortfolio
{
    private readonly ImmutableArray<CityPartnership> partnerships;

    /// <summary>Creates the portfolio.</summary>
    /// <param name="partnerships">The partnerships, of one or more districts.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="partnerships"/> or one of them is null.</exception>
    public PartnershipPortfolio(IEnumerable<CityPartnership> partnerships)
    {
        Guard.Against.Null(partnerships);
        this.partnerships = [.. partnerships.Select(p => Guard.Against.Null(p, nameof(partnerships)))];
    }

    /// <summary>All partnerships, in the order given.</summary>
    public IReadOnlyList<CityPartnership> Partnerships => partnerships;

    /// <summary>A district's partnerships as they stood on a day, grouped by stage (earliest stage first) and country.</summary>
    /// <param name="district">The district.</param>
    /// <param name="on">The day.</param>
    /// <returns>The groups; ties not yet opened on that day are left out.</returns>
    public IReadOnlyList<PartnershipGroup> ByStageAndCountry(AdministrativeDistrictCode district, LocalDate on)
        => partnerships
            .Where(p => p.District == district && p.StageOn(on) is not null)
            .GroupBy(p => (Stage: p.StageOn(on)!.Value, p.City.CountryCode))
            .OrderBy(g => g.Key.Stage).ThenBy(g => g.Key.CountryCode, System.StringComparer.Ordinal)
            .Select(g => new PartnershipGroup(g.Key.Stage, g.Key.CountryCode, [.. g.OrderBy(p => p.City.Name.ToString(), System.StringComparer.Ordinal)]))
            .ToArray();

    /// <summary>A district's live ties with no activity for longer than a threshold (counted as <see cref="CityPartnership.IsQuietLongerThan"/> counts it): candidates to revive or declare dormant.</summary>
    /// <param name="district">The district.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="threshold">The quiet time the district tolerates, in years, months, weeks and days, for example <c>Period.FromYears(2)</c>.</param>
    /// <returns>The quiet ties, the longest quiet first.</returns>
    /// <exception cref="System.ArgumentException">The threshold is null, negative or has a time-of-day unit.</exception>
    public IReadOnlyList<CityPartnership> QuietLongerThan(AdministrativeDistrictCode district, LocalDate asOf, Period threshold)
    {
        CivilCodePeriod.RequireDatePeriod(threshold, nameof(threshold), positive: false);
        return partnerships
            .Where(p => p.District == district && p.IsQuietLongerThan(asOf, threshold))
            .OrderBy(p => p.LastActivityOn)
            .ToArray();
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>
/// The incentives for companies in venture promotion zones as a dated table, because rates change with the year and
/// the region; the default can be replaced by a table the caller trusts more.
/// </summary>
/// <remarks>
/// <para>
/// Source of the default: Restriction of Special Local Taxation Act Art. 58 and Venture Act Art. 18-5 (support for
/// the zone) as reported at the 2022-01-10 designations and in 2024 (docs/domain.md): acquisition and property tax
/// reduced by 37.5% in 2022; "up to 50%" from 2024, depending on the region; exemption from the development and
/// traffic-inducement charges.
/// </para>
/// <para>
/// The default reflects what was reported up to 2024. Uncertain facts, stated as such: it keeps 37.5% for zones in the
/// capital region from 2024 and gives 50% elsewhere (the press does not say which regions get the higher rate); the
/// rows start with the 2022 designations, although earlier zones had incentives too; the 2024 rows and the charge
/// exemptions have no end day, whereas the Act sets sunset days for its reductions that are extended from time to
/// time. A district that knows better passes its own rows to the constructor.
/// </para>
/// </remarks>
public sealed class IncentivePolicy
{
    private static readonly ImmutableArray<AdministrativeDistrictCode> CapitalRegion =
        [AdministrativeDistrictCode.Seoul.City, AdministrativeDistrictCode.Incheon.City, AdministrativeDistrictCode.Gyeonggi.Province];

    /// <summary>Creates a table.</summary>
    /// <param name="rows">The rows, each checked by its own constructor.</param>
    /// <exception cref="ArgumentException">The rows are null or a row is missing.</exception>
    public IncentivePolicy(IEnumerable<Incentive> rows)
    {
        Rows = [.. Guard.Against.Null(rows)];
        foreach (var row in Rows)
        {
            Guard.Against.Null(row, nameof(rows));
        }
    }

    /// <summary>The default table (see the remarks for its sources and assumptions).</summary>
    public static IncentivePolicy Default { get; } = CreateDefault();

    /// <summary>The rows.</summary>
    public ImmutableArray<Incentive> Rows { get; }

    /// <summary>True when a district lies in the capital region (Seoul, Incheon, Gyeonggi).</summary>
    /// <param name="code">A district or dong code.</param>
    /// <returns><see langword="true"/> in the capital region.</returns>
    public static bool IsInCapitalRegion(AdministrativeDistrictCode code) => CapitalRegion.Contains(code.CityOrProvince);

    /// <summary>Which incentives apply to a company in a zone on a day.</summary>
    /// <param name="company">The company.</param>
    /// <param name="zone">The zone.</param>
    /// <param name="date">The day.</param>
    /// <param name="confirmationPolicy">The confirmation validity policy; the default when null.</param>
    /// <returns>The incentives that apply, and why others do not.</returns>
    public IncentiveEligibility ApplicableTo(VentureCompany company, VenturePromotionZone zone, LocalDate date, VentureConfirmationPolicy? confirmationPolicy = null)
    {
        Guard.Against.Null(company);
        Guard.Against.Null(zone);
        var reasons = ImmutableArray.CreateBuilder<string>();
        if (!zone.IsDesignatedOn(date))
        {
            string state = zone.Designation is not { } d ? $"it is {zone.Status}"
                : date < d.Date ? $"it is designated from {d.Date:uuuu-MM-dd}"
                : $"its designation ended on {zone.Ending!.Date:uuuu-MM-dd}";
            reasons.Add($"The zone {zone.Name.Korean} is not designated on {date:uuuu-MM-dd}: {state}.");
        }

        if (!zone.CoversOn(company.Location, date))
        {
            reasons.Add($"{company} is located in {company.Location}, outside the legal dongs of {zone.Name.Korean} on {date:uuuu-MM-dd}.");
        }

        if (reasons.Count > 0)
        {
            return new IncentiveEligibility([], reasons.ToImmutable());
        }

        bool confirmed = company.IsConfirmedVentureOn(date, confirmationPolicy);
        bool capital = IsInCapitalRegion(zone.District);
        var rows = Rows.Where(r => r.ValidDays.Contains(date) && r.Region switch
        {
            IncentiveRegion.CapitalRegion => capital,
            IncentiveRegion.OutsideCapitalRegion => !capital,
            _ => true,
        }).ToArray();
        var applicable = rows.Where(r => confirmed || !r.RequiresConfirmedVenture).ToImmutableArray();
        if (applicable.Length < rows.Length)
        {
            string cancelled = company.CancelledConfirmationOn(date, confirmationPolicy) is { } c
                ? $" (its {c.Type} confirmation of {c.ConfirmedOn:uuuu-MM-dd} was cancelled from {company.CancelledFrom(c):uuuu-MM-dd})"
                : string.Empty;
            reasons.Add($"{company} holds no valid venture confirmation on {date:uuuu-MM-dd}{cancelled}; {rows.Length - applicable.Length} incentive(s) are for confirmed venture companies only.");
        }

        return new IncentiveEligibility(applicable, reasons.ToImmutable());
    }

    private static IncentivePolicy CreateDefault()
    {
        const string Tax2022 = "Restriction of Special Local Taxation Act Art. 58 (37.5% as reported at the 2022 designations)";
        const string Tax2024 = "Restriction of Special Local Taxation Act Art. 58 as amended for 2024 (\"up to 50%\", region-dependent; split by region assumed)";
        const string Charges = "Venture Act Art. 18-5 (exemption from development and traffic-inducement charges)";
        var from2022 = new DateRange(new LocalDate(2022, 1, 1));
        var in2022And2023 = new DateRange(new LocalDate(2022, 1, 1), new LocalDate(2023, 12, 31));
        var from2024 = new DateRange(new LocalDate(2024, 1, 1));
        return new IncentivePolicy(
        [
            new(IncentiveKind.AcquisitionTaxReduction, 0.375m, in2022And2023, IncentiveRegion.Anywhere, true, Tax2022),
            new(IncentiveKind.PropertyTaxReduction, 0.375m, in2022And2023, IncentiveRegion.Anywhere, true, Tax2022),
            new(IncentiveKind.AcquisitionTaxReduction, 0.375m, from2024, IncentiveRegion.CapitalRegion, true, Tax2024),
            new(IncentiveKind.PropertyTaxReduction, 0.375m, from2024, IncentiveRegion.CapitalRegion, true, Tax2024),
            new(IncentiveKind.AcquisitionTaxReduction, 0.50m, from2024, IncentiveRegion.OutsideCapitalRegion, true, Tax2024),
            new(IncentiveKind.PropertyTaxReduction, 0.50m, from2024, IncentiveRegion.OutsideCapitalRegion, true, Tax2024),
            new(IncentiveKind.DevelopmentChargeExemption, 1m, from2022, IncentiveRegion.Anywhere, true, Charges),
            new(IncentiveKind.TrafficInducementChargeExemption, 1m, from2022, IncentiveRegion.Anywhere, true, Charges),
        ]);
    }
}

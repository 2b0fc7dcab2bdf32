using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>
/// How long a venture confirmation is valid, by the day it was issued: a dated table whose default follows the
/// 2021 reform and which a caller can replace.
/// </summary>
/// <remarks>
/// <para>
/// Source: Act on Special Measures for the Promotion of Venture Businesses (벤처기업육성에 관한 특별조치법), Art. 25
/// (confirmation of a venture business), as amended on 2020-02-11 with effect from 2021-02-12 (the private-led
/// confirmation system), and its Enforcement Decree as amended in May 2020 (approved by the Cabinet on 2020-05-04),
/// which extended the validity of a confirmation from 2 to 3 years for confirmations under the new system (Ministry of
/// SMEs and Startups press release of 2020-05-04, "벤처기업 확인제도, 민간 주도로 개편").
/// </para>
/// <para>
/// The last valid day follows the Civil Code's counting of periods, which the Framework Act on Administrative
/// Regulation (행정기본법) Art. 6(1) applies to administrative periods: a confirmation issued on day D is valid from
/// D (the period starts at 00:00 of D, so D counts, Civil Code Art. 157 proviso) through the day before the day that
/// corresponds to D in the last year (Art. 160(2)), and when that year has no such day (D is 29 February) through
/// the last day of that month, 28 February (Art. 160(3)). So 2021-02-12 is valid through 2024-02-11, 2021-02-11
/// through 2023-02-10, and 2024-02-29 through 2027-02-28. A confirmation certificate prints the same range.
/// </para>
/// <para>
/// Assumption of the default, stated as such: the 2-year row is exact for confirmations issued from 2010-04-28, the
/// day the Enforcement Decree amendment that gave every type 2 years was reported to take effect; before that some
/// types were valid for 1 year, which a table keyed on the issue day alone cannot tell apart. Those confirmations all expired by 2012; a caller who needs them builds
/// its own table.
/// </para>
/// </remarks>
public sealed class VentureConfirmationPolicy
{
    private readonly ImmutableArray<(LocalDate From, Period Validity)> table;

    /// <summary>Creates a policy from a table of validity periods, each applying to confirmations issued from its day on.</summary>
    /// <param name="periods">
    /// The rows: from which issue day a validity period applies, in years, months, weeks and days, at least a day. A row may
    /// start on any day of the calendar, 9999-12-31 included, and its validity may run past the calendar's end. The earliest
    /// row also covers every earlier day.
    /// </param>
    /// <exception cref="ArgumentException">The table is empty, names a day twice, or has a validity with a time unit, a negative unit, or of less than a day.</exception>
    public VentureConfirmationPolicy(IEnumerable<(LocalDate IssuedFrom, Period Validity)> periods)
    {
        Guard.Against.Null(periods);
        var rows = periods.OrderBy(p => p.IssuedFrom).ToImmutableArray();
        if (rows.IsEmpty)
        {
            throw new ArgumentException("A validity table needs at least one row.", nameof(periods));
        }

        for (int i = 0; i < rows.Length; i++)
        {
            // Judged on the period's units, not counted from the row's day: a row may start on the calendar's last day.
            if (!CivilCodePeriod.IsDatePeriod(rows[i].Validity, positive: true))
            {
                throw new ArgumentException($"The validity for confirmations from {rows[i].IssuedFrom:uuuu-MM-dd} must be at least one day, in years, months, weeks and days, none negative.", nameof(periods));
            }

            if (i > 0 && rows[i].IssuedFrom == rows[i - 1].IssuedFrom)
            {
                throw new ArgumentException($"The day {rows[i].IssuedFrom:uuuu-MM-dd} appears twice in the validity table.", nameof(periods));
            }
        }

        table = rows;
    }

    /// <summary>The day the 3-year validity took effect: 2021-02-12.</summary>
    public static LocalDate ThreeYearValidityFrom { get; } = new(2021, 2, 12);

    /// <summary>The statutory default: 2 years for confirmations issued before 2021-02-12 (first row dated 2010-04-28 and, as the earliest row, covering every earlier day; see the remarks), 3 years from that day.</summary>
    public static VentureConfirmationPolicy Default { get; } = new(
    [
        (new LocalDate(2010, 4, 28), Period.FromYears(2)),
        (ThreeYearValidityFrom, Period.FromYears(3)),
    ]);

    /// <summary>The validity period of a confirmation issued on a day.</summary>
    /// <param name="issuedOn">The issue day.</param>
    /// <returns>The period, for example 3 years.</returns>
    public Period ValidityFor(LocalDate issuedOn)
    {
        var period = table[0].Validity;
        foreach (var (from, validity) in table)
        {
            if (from <= issuedOn)
            {
                period = validity;
            }
        }

        return period;
    }

    /// <summary>True when a confirmation is valid on a day: from its issue day through its last valid day.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies in <see cref="ValidDays"/>.</returns>
    public bool IsValidOn(VentureConfirmation confirmation, LocalDate date)
    {
        Guard.Against.Null(confirmation);
        var issued = confirmation.ConfirmedOn;
        return issued <= date && (LastValidDay(issued) is not { } last || date <= last);
    }

    /// <summary>The days on which a confirmation is valid, from its issue day through its last valid day (see the remarks for the counting).</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns>The closed range of valid days (through 9999-12-31, the end of the calendar, when the validity runs beyond it).</returns>
    public DateRange ValidDays(VentureConfirmation confirmation)
    {
        Guard.Against.Null(confirmation);
        return new DateRange(confirmation.ConfirmedOn, LastValidDay(confirmation.ConfirmedOn) ?? LocalDate.MaxIsoValue);
    }

    /// <summary>
    /// Civil Code Art. 160(2)–(3), counted from the issue day itself (Art. 157 proviso): the day before the corresponding day,
    /// or the month's last day when there is none; <see langword="null"/> when it falls after 9999-12-31, so that the
    /// confirmation is valid through the end of the calendar.
    /// </summary>
    private LocalDate? LastValidDay(LocalDate issued) => CivilCodePeriod.LastDay(issued, ValidityFor(issued));
}

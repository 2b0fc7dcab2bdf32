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
/// Source: Act on Special Measures for the Promotion of Venture Businesses and its Enforcement Decree as amended
/// for the private-led confirmation system in force from 2021-02-12 (DESIGN §3): confirmations issued from
/// 2021-02-12 are valid for 3 years, those issued before for 2 years.
/// </para>
/// <para>
/// A confirmation issued on day D with a validity of N years is valid from D through the day before the N-th
/// anniversary of D (NodaTime's <see cref="LocalDate.PlusYears"/>, so 29 February rolls back to 28 February).
/// </para>
/// </remarks>
public sealed class VentureConfirmationPolicy
{
    private readonly ImmutableArray<(LocalDate From, Period Validity)> table;

    /// <summary>Creates a policy from a table of validity periods, each applying to confirmations issued from its day on.</summary>
    /// <param name="periods">The rows: from which issue day a validity period applies. The earliest row also covers every earlier day.</param>
    /// <exception cref="ArgumentException">The table is empty, names a day twice, or has a period that is not positive.</exception>
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
            if (rows[i].Validity is null || rows[i].IssuedFrom.PlusDays(1) > rows[i].IssuedFrom + rows[i].Validity)
            {
                throw new ArgumentException($"The validity for confirmations from {rows[i].IssuedFrom:uuuu-MM-dd} must be at least one day.", nameof(periods));
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

    /// <summary>The statutory default: 2 years for confirmations issued before 2021-02-12 (first row dated 1997-08-28, the enactment of the Act, and covering every earlier day), 3 years from that day.</summary>
    public static VentureConfirmationPolicy Default { get; } = new(
    [
        (new LocalDate(1997, 8, 28), Period.FromYears(2)),
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

    /// <summary>True when a confirmation is valid on a day: on or after its issue day and before the end of its validity period.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies in <see cref="ValidDays"/>.</returns>
    public bool IsValidOn(VentureConfirmation confirmation, LocalDate date)
    {
        Guard.Against.Null(confirmation);
        var issued = confirmation.ConfirmedOn;
        return issued <= date && date < issued + ValidityFor(issued);
    }

    /// <summary>The days on which a confirmation is valid, from its issue day through its last valid day.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns>The closed range of valid days.</returns>
    public DateRange ValidDays(VentureConfirmation confirmation)
    {
        Guard.Against.Null(confirmation);
        var end = (confirmation.ConfirmedOn + ValidityFor(confirmation.ConfirmedOn)).PlusDays(-1);
        return new DateRange(confirmation.ConfirmedOn, end);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>
/// On which days a small or medium enterprise confirmation (중소기업 확인) holds, by the fiscal year it judged: a dated table
/// whose default follows the Enforcement Decree of the Framework Act on Small and Medium Enterprises and which a caller can
/// replace.
/// </summary>
/// <remarks>
/// <para>
/// Source: Enforcement Decree of the Framework Act on Small and Medium Enterprises (중소기업기본법 시행령) Art. 3-3(1),
/// inserted by Presidential Decree No. 23412 of 2011-12-28: whether a company is an SME is decided for one year from the day
/// three months have passed since the end of its previous fiscal year (직전 사업연도 말일에서 3개월이 경과한 날부터
/// 1년간). For a calendar fiscal year the figures of year Y hold from 1 April of Y+1 through 31 March of Y+2; the Ministry
/// of Government Legislation read the first application of the article so (a company outside the criteria from 2012 was
/// outside them from 2012-04-01). A confirmation therefore holds from the later of its issue day and that first day, through
/// the end of that year.
/// </para>
/// <para>
/// Assumptions of the default, stated as such: a company founded in the fiscal year under way is judged on its figures since
/// founding (the Decree annualises them), and its confirmation holds from its issue day through the day before the figures
/// of that first fiscal year take over. A company's registration says whether it was an SME when founded; the default takes
/// that status to hold likewise, its first fiscal year ending on 31 December of the founding year (the usual fiscal year;
/// a company with another one records a confirmation naming its own). The single row covers fiscal years ending from
/// 2011-12-31 and, as the earliest row, every earlier one, which the Decree before 2012 timed otherwise. The three-year
/// grace period of the Framework Act Art. 2(3) for a company that outgrew the criteria is not computed: the certificate
/// issued in that period (유예) is recorded as a confirmation like any other.
/// </para>
/// <para>
/// The delay and the validity are counted as the Civil Code counts periods, as every period the library counts
/// (docs/domain.md, "Periods"; the Framework Act on Administration, 행정기본법, Art. 6(1)): the delay is counted from the end of the fiscal year, so it starts the next day
/// (Art. 157) and ends on the day before the corresponding day, or on the last day of a month that has none (Art. 160);
/// the figures hold from the day after it, for the validity counted from that day. A fiscal year ending on 30 January
/// so has figures holding from 1 May (three months from 31 January end on 30 April); a period of months and days counts
/// its months first, then its days.
/// </para>
/// <para>
/// At the end of the calendar (9999-12-31): figures that would start to hold only after it hold on no day; a validity
/// that would run past it, and a confirmation of a fiscal year under way whose figures would take over only after it, hold
/// through it.
/// </para>
/// </remarks>
public sealed class SmeConfirmationPolicy
{
    private readonly ImmutableArray<(LocalDate From, Period Delay, Period Validity)> table;

    /// <summary>Creates a policy from a table, each row applying to the figures of fiscal years ending from its day on.</summary>
    /// <param name="rows">
    /// The rows: from which fiscal-year end they apply, how long after the day following that end the figures start to hold
    /// (3 months), and for how long they hold (1 year). The earliest row also covers every earlier day.
    /// </param>
    /// <exception cref="ArgumentException">The table is empty, names a day twice, or has a period with a time unit, a negative unit, or a validity of less than a day.</exception>
    public SmeConfirmationPolicy(IEnumerable<(LocalDate FiscalYearsEndingFrom, Period Delay, Period Validity)> rows)
    {
        Guard.Against.Null(rows);
        var sorted = rows.OrderBy(r => r.FiscalYearsEndingFrom).ToImmutableArray();
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("An SME confirmation table needs at least one row.", nameof(rows));
        }

        for (int i = 0; i < sorted.Length; i++)
        {
            var (from, delay, validity) = sorted[i];
            if (!CivilCodePeriod.IsDatePeriod(delay, positive: false) || !CivilCodePeriod.IsDatePeriod(validity, positive: true))
            {
                throw new ArgumentException($"The row for fiscal years ending from {from:uuuu-MM-dd} needs a delay of zero or more and a validity of at least a day, in years, months, weeks and days.", nameof(rows));
            }

            if (i > 0 && from == sorted[i - 1].FiscalYearsEndingFrom)
            {
                throw new ArgumentException($"The day {from:uuuu-MM-dd} appears twice in the SME confirmation table.", nameof(rows));
            }
        }

        table = sorted;
    }

    /// <summary>The Decree's rule: the figures of a fiscal year hold from three months after its end, for one year (see the remarks).</summary>
    public static SmeConfirmationPolicy Default { get; } = new([(new LocalDate(2011, 12, 31), Period.FromMonths(3), Period.FromYears(1))]);

    /// <summary>The days on which a confirmation holds (see the remarks for the counting).</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns>
    /// The closed range of days, through 9999-12-31, the end of the calendar, when it would run past it; or
    /// <see langword="null"/> when it was issued after the days its figures hold, or its figures would start to hold only
    /// after 9999-12-31.
    /// </returns>
    /// <exception cref="ArgumentNullException">The confirmation is null.</exception>
    public DateRange? ValidDays(SmeConfirmation confirmation)
    {
        Guard.Against.Null(confirmation);
        if (confirmation.FiscalYearEnd >= confirmation.ConfirmedOn)
        {
            return UntilFiguresTakeOver(confirmation.ConfirmedOn, confirmation.FiscalYearEnd);
        }

        var (_, delay, validity) = RowFor(confirmation.FiscalYearEnd);
        if (FiguresHoldFrom(confirmation.FiscalYearEnd, delay) is not { } figuresHoldFrom)
        {
            return null;
        }

        var first = LocalDate.Max(confirmation.ConfirmedOn, figuresHoldFrom);
        var last = CivilCodePeriod.LastDay(figuresHoldFrom, validity) ?? LocalDate.MaxIsoValue;
        return first <= last ? new DateRange(first, last) : null;
    }

    /// <summary>True when a confirmation holds on a day.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies in <see cref="ValidDays"/>.</returns>
    /// <exception cref="ArgumentNullException">The confirmation is null.</exception>
    public bool IsValidOn(SmeConfirmation confirmation, LocalDate date) => ValidDays(confirmation) is { } days && days.Contains(date);

    /// <summary>
    /// The days on which the status a company's registration gives it at founding holds: from the founding day through the
    /// day before the figures of its first fiscal year, taken to end on 31 December of the founding year, take over.
    /// </summary>
    /// <param name="foundedOn">The founding day.</param>
    /// <returns>The closed range of days, through 9999-12-31, the end of the calendar, when those figures would take over only after it.</returns>
    public DateRange FoundingStatusDays(LocalDate foundedOn) => UntilFiguresTakeOver(foundedOn, new LocalDate(foundedOn.Year, 12, 31));

    /// <summary>
    /// The day the figures of a fiscal year start to hold: the day after the delay, counted from the end of the fiscal year
    /// (so from the next day, Civil Code Art. 157), has run; <see langword="null"/> after the calendar's last day.
    /// </summary>
    private static LocalDate? FiguresHoldFrom(LocalDate fiscalYearEnd, Period delay)
        => DelayLastDay(fiscalYearEnd, delay) is { } last ? CivilCodePeriod.PlusDays(last, 1) : null;

    /// <summary>The last day of the delay counted from the end of a fiscal year: that day itself when there is no delay; <see langword="null"/> after the calendar's last day.</summary>
    private static LocalDate? DelayLastDay(LocalDate fiscalYearEnd, Period delay)
        => CivilCodePeriod.LastDayFrom(fiscalYearEnd, delay, PeriodCounting.CivilCode);

    /// <summary>
    /// The days from an issue day in a fiscal year under way through the day before that year's figures take over: the last
    /// day of the delay after its end, or the calendar's last day when the delay runs past it.
    /// </summary>
    private DateRange UntilFiguresTakeOver(LocalDate confirmedOn, LocalDate fiscalYearEnd)
        => new(confirmedOn, DelayLastDay(fiscalYearEnd, RowFor(fiscalYearEnd).Delay) ?? LocalDate.MaxIsoValue);

    private (LocalDate From, Period Delay, Period Validity) RowFor(LocalDate fiscalYearEnd)
    {
        var row = table[0];
        foreach (var candidate in table)
        {
            if (candidate.From <= fiscalYearEnd)
            {
                row = candidate;
            }
        }

        return row;
    }
}

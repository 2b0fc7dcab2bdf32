using System;
using System.Globalization;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// When a yearly event recurs: somewhere in a month (dates announced each year), on a fixed day, or on the n-th
/// weekday of a month. Each year's occurrence is a <see cref="DateRange"/>: the whole month when only the month is known.
/// </summary>
public sealed record RecurrenceRule
{
    private static readonly string[] KoreanOrdinals = ["첫째", "둘째", "셋째", "넷째"];
    private static readonly string[] EnglishOrdinals = ["first", "second", "third", "fourth"];

    /// <summary>Creates a rule: a month alone, a month and a fixed day, or a month and the n-th weekday in it.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month for a fixed day, existing in every year (so not 29 February); otherwise <see langword="null"/>.</param>
    /// <param name="nth">With <paramref name="weekday"/>: 1–4, or −1 for the last such weekday of the month; otherwise <see langword="null"/>.</param>
    /// <param name="weekday">With <paramref name="nth"/>: the weekday; otherwise <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The month, day, n-th or weekday is out of range.</exception>
    /// <exception cref="ArgumentException">
    /// A day is given with an n-th weekday, or only one of <paramref name="nth"/> and <paramref name="weekday"/> is given.
    /// </exception>
    public RecurrenceRule(int month, int? day = null, int? nth = null, IsoDayOfWeek? weekday = null)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1–12.");
        }

        if (day is { } d)
        {
            if (nth is not null || weekday is not null)
            {
                throw new ArgumentException("A rule has a fixed day or an n-th weekday, not both.", nameof(day));
            }

            int days = CalendarSystem.Iso.GetDaysInMonth(2001, month);
            if (d < 1 || d > days)
            {
                throw new ArgumentOutOfRangeException(nameof(day), d, $"Month {month} has days 1–{days} in every year.");
            }
        }

        if ((nth is null) != (weekday is null))
        {
            throw new ArgumentException("An n-th weekday needs both the n-th and the weekday.", nth is null ? nameof(nth) : nameof(weekday));
        }

        if (nth is { } n && n is not (-1 or (>= 1 and <= 4)))
        {
            throw new ArgumentOutOfRangeException(nameof(nth), n, "Use 1–4 for the first to fourth weekday, or -1 for the last.");
        }

        if (weekday is { } w && (w == IsoDayOfWeek.None || !Enum.IsDefined(w)))
        {
            throw new ArgumentOutOfRangeException(nameof(weekday), w, "Name a weekday.");
        }

        Month = month;
        Day = day;
        Nth = nth;
        Weekday = weekday;
    }

    /// <summary>The month, 1–12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, for a fixed day.</summary>
    public int? Day { get; }

    /// <summary>Which weekday of the month: 1–4, or −1 for the last.</summary>
    public int? Nth { get; }

    /// <summary>The weekday, with <see cref="Nth"/>.</summary>
    public IsoDayOfWeek? Weekday { get; }

    /// <summary>Every year in a month, the days announced each year (for example the World Korean Business Convention, every October).</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    public static RecurrenceRule EveryYearIn(int month) => new(month);

    /// <summary>Every year on a fixed day.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month, existing in every year (so not 29 February).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is out of range.</exception>
    public static RecurrenceRule EveryYearOn(int month, int day) => new(month, day);

    /// <summary>Every year on the n-th weekday of a month, for example the second Tuesday of October.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="nth">1–4, or −1 for the last such weekday.</param>
    /// <param name="weekday">The weekday.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static RecurrenceRule EveryYearOnNth(int month, int nth, IsoDayOfWeek weekday) => new(month, nth: nth, weekday: weekday);

    /// <summary>The occurrence in a year: one day, or the whole month when only the month is fixed.</summary>
    /// <param name="year">The year, one the ISO calendar holds (−9998 to 9999, <see cref="CalendarSystem.MinYear"/> to <see cref="CalendarSystem.MaxYear"/>).</param>
    /// <returns>The days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the ISO calendar.</exception>
    public DateRange OccurrenceIn(int year)
    {
        var iso = CalendarSystem.Iso;
        if (year < iso.MinYear || year > iso.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The ISO calendar holds the years {iso.MinYear} to {iso.MaxYear}.");
        }

        // Every step stays inside the month, so the first and the last year of the calendar work like any other.
        var first = new LocalDate(year, Month, 1);
        var last = new LocalDate(year, Month, iso.GetDaysInMonth(year, Month));
        if (Day is { } day)
        {
            var date = new LocalDate(year, Month, day);
            return new DateRange(date, date);
        }

        if (Nth is { } nth && Weekday is { } weekday)
        {
            var date = nth > 0
                ? first.With(DateAdjusters.NextOrSame(weekday)).PlusWeeks(nth - 1)
                : last.With(DateAdjusters.PreviousOrSame(weekday));
            return new DateRange(date, date);
        }

        return new DateRange(first, last);
    }

    /// <summary>The rule in words.</summary>
    /// <param name="culture"><c>ko</c> for Korean; anything else gives English.</param>
    /// <returns>For example <c>매년 10월</c> or <c>every year in October</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="culture"/> is null or blank.</exception>
    public string Describe(string culture)
    {
        Guard.Against.NullOrWhiteSpace(culture);
        bool korean = culture.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
        string monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(Month);
        if (Day is { } day)
        {
            return korean
                ? string.Create(CultureInfo.InvariantCulture, $"매년 {Month}월 {day}일")
                : string.Create(CultureInfo.InvariantCulture, $"every year on {monthName} {day}");
        }

        if (Nth is { } nth && Weekday is { } weekday)
        {
            string[] koreanDays = ["월", "화", "수", "목", "금", "토", "일"];
            return korean
                ? string.Create(CultureInfo.InvariantCulture, $"매년 {Month}월 {(nth > 0 ? KoreanOrdinals[nth - 1] : "마지막")} {koreanDays[(int)weekday - 1]}요일")
                : $"every year on the {(nth > 0 ? EnglishOrdinals[nth - 1] : "last")} {weekday} of {monthName}";
        }

        return korean ? string.Create(CultureInfo.InvariantCulture, $"매년 {Month}월") : $"every year in {monthName}";
    }

    /// <summary>The rule in English words.</summary>
    /// <returns>For example <c>every year in October</c>.</returns>
    public override string ToString() => Describe("en");
}

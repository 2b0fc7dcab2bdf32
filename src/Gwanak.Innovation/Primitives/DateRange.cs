using System;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A span of civil dates with an inclusive start and an inclusive, optional end, as memberships, tenancies
/// and terms of office are recorded (Popolo <c>start_date</c>/<c>end_date</c>).
/// </summary>
/// <remarks>
/// An open range (<see cref="End"/> is <see langword="null"/>) has not ended yet. Text form, after ISO 8601:
/// <c>2023-07-05/2023-07-13</c>, or <c>2023-07-05/..</c> for an open range.
/// </remarks>
public readonly record struct DateRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or <see langword="null"/> while the range is open.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateRange(LocalDate start, LocalDate? end = null)
    {
        if (end is { } e && e < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), e, $"The last day {e:uuuu-MM-dd} is before the first day {start:uuuu-MM-dd}.");
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day, or <see langword="null"/> while the range is open.</summary>
    public LocalDate? End { get; }

    /// <summary>True while the range has no last day.</summary>
    public bool IsOpen => End is null;

    /// <summary>Reads <c>2023-07-05/2023-07-13</c> or <c>2023-07-05/..</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a range; the message says which part is wrong.</exception>
    public static DateRange Parse(string text)
    {
        Guard.Against.Null(text);
        string? error = TryRead(text, out DateRange range);
        return error is null ? range : throw new FormatException(error);
    }

    /// <summary>Reads a range, never throwing.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="range">The range, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a range.</returns>
    public static bool TryParse(string? text, out DateRange range) => TryRead(text, out range) is null;

    /// <summary>True when the day lies in the range.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is on or after the start and on or before the end.</returns>
    public bool Contains(LocalDate date) => date >= Start && (End is not { } e || date <= e);

    /// <summary>True when the two ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(DateRange other)
        => (End is not { } e || other.Start <= e) && (other.End is not { } oe || Start <= oe);

    /// <summary>The same range closed on a last day.</summary>
    /// <param name="lastDay">The last day, not before the start.</param>
    /// <returns>The closed range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> is before the start.</exception>
    public DateRange EndingOn(LocalDate lastDay) => new(Start, lastDay);

    /// <summary>The ISO form that <see cref="Parse"/> reads back.</summary>
    /// <returns>For example <c>2023-07-05/2023-07-13</c> or <c>2023-07-05/..</c>.</returns>
    public override string ToString()
        => Iso.Format(Start) + "/" + (End is { } e ? Iso.Format(e) : "..");

    private static LocalDatePattern Iso => LocalDatePattern.Iso;

    private static string? TryRead(string? text, out DateRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "A date range was expected, but the text is empty.";
        }

        string[] parts = text.Trim().Split('/');
        if (parts.Length != 2)
        {
            return $"'{text}' is not a date range: write the first and last day separated by '/', for example 2023-07-05/2023-07-13 or 2023-07-05/..";
        }

        var start = Iso.Parse(parts[0].Trim());
        if (!start.Success)
        {
            return $"'{parts[0]}' in '{text}' is not a first day in the form yyyy-MM-dd.";
        }

        LocalDate? end = null;
        if (parts[1].Trim() != "..")
        {
            var last = Iso.Parse(parts[1].Trim());
            if (!last.Success)
            {
                return $"'{parts[1]}' in '{text}' is not a last day in the form yyyy-MM-dd, nor '..' for an open range.";
            }

            end = last.Value;
            if (end < start.Value)
            {
                return string.Create(CultureInfo.InvariantCulture, $"In '{text}' the last day is before the first day.");
            }
        }

        range = new DateRange(start.Value, end);
        return null;
    }
}

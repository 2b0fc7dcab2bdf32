using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A span of civil dates with an inclusive start and an inclusive, optional end, as memberships, tenancies
/// and terms of office are recorded (Popolo <c>start_date</c>/<c>end_date</c>).
/// </summary>
/// <remarks>
/// An open range (<see cref="End"/> is <see langword="null"/>) has not ended yet. Text, after the ISO 8601 time
/// interval: <c>2023-07-05/2023-07-13</c>, or <c>2023-07-05/..</c> for an open range (ISO 8601-2 writes an open end
/// as <c>..</c>). It parses and formats as this text, so it binds as a route, query or configuration value; it has
/// one format, <c>G</c>, and the format provider is ignored.
/// </remarks>
public readonly record struct DateRange : ISpanParsable<DateRange>, ISpanFormattable
{
    private const string Formats = "a date range: G (2023-07-05/2023-07-13 or 2023-07-05/..)";

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
    /// <param name="s">The text.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a range; the message says which part is wrong.</exception>
    public static DateRange Parse(string s) => Parse(s, null);

    /// <summary>Reads <c>2023-07-05/2023-07-13</c> or <c>2023-07-05/..</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the ISO form reads the same in every culture.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a range; the message says which part is wrong.</exception>
    public static DateRange Parse(string s, IFormatProvider? provider)
        => Parse((ReadOnlySpan<char>)(s ?? throw new ArgumentNullException(nameof(s))), provider);

    /// <summary>Reads <c>2023-07-05/2023-07-13</c> or <c>2023-07-05/..</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the ISO form reads the same in every culture.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not a range; the message says which part is wrong.</exception>
    public static DateRange Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        string? error = TryRead(s, out DateRange range);
        return error is null ? range : throw new FormatException(error);
    }

    /// <summary>Reads a range, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="result">The range, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out DateRange result) => TryRead(s.AsSpan(), out result) is null;

    /// <summary>Reads a range, never throwing.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored: the ISO form reads the same in every culture.</param>
    /// <param name="result">The range, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DateRange result) => TryRead(s.AsSpan(), out result) is null;

    /// <summary>Reads a range, never throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored: the ISO form reads the same in every culture.</param>
    /// <param name="result">The range, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a range.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DateRange result) => TryRead(s, out result) is null;

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
    [Transition]
    public DateRange EndingOn(LocalDate lastDay)
        => lastDay < Start
            ? throw new ArgumentOutOfRangeException(nameof(lastDay), lastDay, $"The last day {lastDay:uuuu-MM-dd} is before the first day {Start:uuuu-MM-dd}.")
            : new(Start, lastDay);

    /// <summary>The ISO form, which <see cref="Parse(string)"/> reads back.</summary>
    /// <returns>For example <c>2023-07-05/2023-07-13</c> or <c>2023-07-05/..</c>.</returns>
    public override string ToString()
        => Iso.Format(Start) + "/" + (End is { } e ? Iso.Format(e) : "..");

    /// <summary>The ISO form; a range has one format.</summary>
    /// <param name="format"><c>G</c> or empty.</param>
    /// <param name="formatProvider">Ignored: the ISO form reads the same in every culture.</param>
    /// <returns>For example <c>2023-07-05/2023-07-13</c> or <c>2023-07-05/..</c>.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        _ = TextFormat.Letter(format, "G", Formats);
        return ToString();
    }

    /// <summary>Writes the ISO form into a span.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written, or 0 when the span is too short.</param>
    /// <param name="format"><c>G</c> or empty.</param>
    /// <param name="provider">Ignored: the ISO form reads the same in every culture.</param>
    /// <returns><see langword="true"/> when the text fits.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        _ = TextFormat.Letter(format, "G", Formats);
        return TextFormat.TryCopy(ToString(), destination, out charsWritten);
    }

    private static LocalDatePattern Iso => LocalDatePattern.Iso;

    private static string? TryRead(ReadOnlySpan<char> text, out DateRange range)
    {
        range = default;
        ReadOnlySpan<char> trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return "A date range was expected, but the text is empty.";
        }

        int slash = trimmed.IndexOf('/');
        if (slash < 0 || trimmed[(slash + 1)..].Contains('/'))
        {
            return $"'{text}' is not a date range: write the first and last day separated by '/', for example 2023-07-05/2023-07-13 or 2023-07-05/..";
        }

        ReadOnlySpan<char> first = trimmed[..slash].Trim();
        ReadOnlySpan<char> last = trimmed[(slash + 1)..].Trim();
        var start = Iso.Parse(first.ToString());
        if (!start.Success)
        {
            return $"'{first}' in '{text}' is not a first day in the form yyyy-MM-dd.";
        }

        LocalDate? end = null;
        if (!last.SequenceEqual(".."))
        {
            var lastDay = Iso.Parse(last.ToString());
            if (!lastDay.Success)
            {
                return $"'{last}' in '{text}' is not a last day in the form yyyy-MM-dd, nor '..' for an open range.";
            }

            end = lastDay.Value;
            if (end < start.Value)
            {
                return $"In '{text}' the last day is before the first day.";
            }
        }

        range = new DateRange(start.Value, end);
        return null;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// An event that recurs by a rule, such as the World Korean Business Convention (세계한상대회) held every October,
/// with the exact days announced year by year.
/// </summary>
/// <remarks>
/// Source: the seed (2023) — "세계한상대회는 재외동포재단 세계한상센터에서 매년 10월 개최하는 재외동포 경제단체들의 민족모임".
/// The organiser is an <see cref="OrganizationId"/> the caller registers (the foundation's work passed to the Overseas
/// Koreans Agency in June 2023, so a portal may name either).
/// </remarks>
public sealed class RecurringEvent
{
    private readonly ImmutableSortedDictionary<int, DateRange> announced;

    private RecurringEvent(LocalizedText name, OrganizationId organizer, RecurrenceRule rule, int firstYear, ImmutableSortedDictionary<int, DateRange> announced)
    {
        Name = name;
        Organizer = organizer;
        Rule = rule;
        FirstYear = firstYear;
        this.announced = announced;
    }

    /// <summary>The event's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The organiser.</summary>
    public OrganizationId Organizer { get; }

    /// <summary>When it recurs.</summary>
    public RecurrenceRule Rule { get; }

    /// <summary>The year of the first edition.</summary>
    public int FirstYear { get; }

    /// <summary>Creates a recurring event.</summary>
    /// <param name="name">The name.</param>
    /// <param name="organizer">The organiser.</param>
    /// <param name="rule">When it recurs.</param>
    /// <param name="firstYear">The year of the first edition.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public static RecurringEvent Create(LocalizedText name, OrganizationId organizer, RecurrenceRule rule, int firstYear)
        => new(Guard.Against.Null(name), organizer, Guard.Against.Null(rule), firstYear, ImmutableSortedDictionary<int, DateRange>.Empty);

    /// <summary>Records the days announced for one year's edition, replacing an earlier announcement for that year.</summary>
    /// <param name="days">The days, closed.</param>
    /// <returns>The event with the announcement.</returns>
    /// <exception cref="ArgumentException"><paramref name="days"/> is open.</exception>
    /// <exception cref="DomainRuleException"><see cref="RecurringEventRules.AnnouncedOutsideRule"/> or <see cref="RecurringEventRules.AnnouncedBeforeFirstEdition"/>.</exception>
    public RecurringEvent WithAnnouncedDays(DateRange days)
    {
        if (days.End is not { } end)
        {
            throw new ArgumentException("Announced days have a last day.", nameof(days));
        }

        int year = days.Start.Year;
        if (year < FirstYear)
        {
            throw new DomainRuleException(RecurringEventRules.AnnouncedBeforeFirstEdition, $"Cannot announce {Name.English} for {days}: the first edition was in {FirstYear}.");
        }

        var occurrence = Rule.OccurrenceIn(year);
        if (days.Start < occurrence.Start || end > occurrence.End)
        {
            throw new DomainRuleException(RecurringEventRules.AnnouncedOutsideRule, $"Cannot announce {Name.English} for {days}: it is held {Rule.Describe("en")}, which in {year} is {occurrence}.");
        }

        return new RecurringEvent(Name, Organizer, Rule, FirstYear, announced.SetItem(year, days));
    }

    /// <summary>The occurrence of a year: the announced days, or else what the rule gives.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The days, or <see langword="null"/> before the first edition.</returns>
    public DateRange? OccurrenceIn(int year)
        => year < FirstYear ? null : announced.TryGetValue(year, out var days) ? days : Rule.OccurrenceIn(year);

    /// <summary>The next occurrence that begins after a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The occurrence's days.</returns>
    public DateRange NextAfter(LocalDate date)
    {
        for (int year = Math.Max(date.Year, FirstYear); ; year++)
        {
            var days = OccurrenceIn(year)!.Value;
            if (days.Start > date)
            {
                return days;
            }
        }
    }

    /// <summary>The occurrences that share at least one day with a range.</summary>
    /// <param name="range">The range, closed.</param>
    /// <returns>The occurrences, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="range"/> is open.</exception>
    public IReadOnlyList<DateRange> OccurrencesIn(DateRange range)
    {
        if (range.End is not { } end)
        {
            throw new ArgumentException("Ask for occurrences in a closed range.", nameof(range));
        }

        return Enumerable.Range(range.Start.Year, end.Year - range.Start.Year + 1)
            .Select(OccurrenceIn)
            .Where(d => d is { } days && days.Overlaps(range))
            .Select(d => d!.Value)
            .ToArray();
    }

    /// <summary>The event and its rule in words.</summary>
    /// <param name="culture"><c>ko</c> for Korean; anything else gives English.</param>
    /// <returns>For example <c>세계한상대회: 매년 10월 (2002년부터)</c>.</returns>
    public string Describe(string culture)
    {
        Guard.Against.NullOrWhiteSpace(culture);
        return culture.StartsWith("ko", StringComparison.OrdinalIgnoreCase)
            ? $"{Name.Korean}: {Rule.Describe(culture)} ({FirstYear}년부터)"
            : $"{Name.English}: {Rule.Describe(culture)} (since {FirstYear})";
    }
}

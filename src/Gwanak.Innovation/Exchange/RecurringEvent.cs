using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// An event that recurs by a rule, such as the World Korean Business Convention (세계한상대회) held every October, with
/// the editions its organiser announced: numbered, held in person, online or both, cancelled or postponed.
/// </summary>
/// <remarks>
/// <para>
/// "세계한상대회는 재외동포재단 세계한상센터에서 매년 10월 개최하는 재외동포 경제단체들의 민족모임" (press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23).
/// The organiser is an <see cref="OrganizationId"/> the caller registers (the foundation's work passed to the Overseas
/// Koreans Agency in June 2023, so a portal may name either).
/// </para>
/// <para>
/// A year's occurrence is its edition's days, or the rule's when no edition is announced for it; a cancelled edition
/// has none, and a postponed one takes place on the days it moved to (<see cref="OccurrenceIn"/>, <see cref="NextAfter"/>).
/// The editions are checked together: none before the first year (EVT-002), one a year (EVT-004), numbers that go up
/// (EVT-003), and days where the rule puts them unless the edition says why (EVT-001).
/// </para>
/// </remarks>
public sealed class RecurringEvent : IEquatable<RecurringEvent>
{
    private readonly ImmutableSortedDictionary<int, EventEdition> byYear;

    /// <summary>Creates a recurring event.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="name">The name.</param>
    /// <param name="organizer">The organiser.</param>
    /// <param name="rule">When it recurs.</param>
    /// <param name="firstYear">The year of the first edition.</param>
    /// <param name="editions">The editions announced so far, at most one a year, in any order; kept in year order.</param>
    /// <exception cref="ArgumentException">The id or the organiser is default, or a value or an edition is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="RecurringEventRules.AnnouncedOutsideRule"/>, <see cref="RecurringEventRules.AnnouncedBeforeFirstEdition"/>,
    /// <see cref="RecurringEventRules.EditionNumberOutOfOrder"/> or <see cref="RecurringEventRules.TwoEditionsInOneYear"/>
    /// for an edition, naming it.
    /// </exception>
    public RecurringEvent(RecurringEventId id, LocalizedText name, OrganizationId organizer, RecurrenceRule rule, int firstYear, EquatableArray<EventEdition> editions = default)
    {
        Id = Guard.Against.Default(id);
        Name = Guard.Against.Null(name);
        Organizer = Guard.Against.Default(organizer);
        Rule = Guard.Against.Null(rule);
        FirstYear = firstYear;
        Guard.Against.Expression(n => n > 0, editions.Count(e => e is null), "An edition is null.", nameof(editions));
        if (RecurringEventEditions.Check(this, editions) is { } refusal)
        {
            throw refusal.ToException();
        }

        byYear = editions.ToImmutableSortedDictionary(e => e.Year, e => e);
        Editions = [.. byYear.Values];
    }

    /// <summary>The event's id.</summary>
    public RecurringEventId Id { get; }

    /// <summary>The event's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The organiser.</summary>
    public OrganizationId Organizer { get; }

    /// <summary>When it recurs.</summary>
    public RecurrenceRule Rule { get; }

    /// <summary>The year of the first edition.</summary>
    public int FirstYear { get; }

    /// <summary>The editions announced so far, one a year, in year order.</summary>
    public EquatableArray<EventEdition> Editions { get; }

    /// <summary>Records an edition, replacing the one recorded for its year (a later announcement: new days, a cancellation).</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The event with the edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="RecurringEventRules.AnnouncedOutsideRule"/>, <see cref="RecurringEventRules.AnnouncedBeforeFirstEdition"/> or
    /// <see cref="RecurringEventRules.EditionNumberOutOfOrder"/>.
    /// </exception>
    [Transition]
    public RecurringEvent WithEdition(EventEdition edition)
        => new(Id, Name, Organizer, Rule, FirstYear, [.. byYear.SetItem(Guard.Against.Null(edition).Year, edition).Values]);

    /// <summary>The edition announced for a year.</summary>
    /// <param name="year">The year (of the days an edition was first announced for).</param>
    /// <returns>The edition, or <see langword="null"/> when none is announced.</returns>
    public EventEdition? EditionIn(int year) => byYear.TryGetValue(year, out var edition) ? edition : null;

    /// <summary>The occurrence of a year: its edition's days (moved, when postponed), or else what the rule gives.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The occurrence, or <see langword="null"/> before the first edition or when that year's edition was cancelled.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rule gives the year's days and <paramref name="year"/> is outside the ISO calendar (see <see cref="RecurrenceRule.OccurrenceIn"/>).</exception>
    public EventOccurrence? OccurrenceIn(int year)
    {
        if (year < FirstYear)
        {
            return null;
        }

        if (byYear.TryGetValue(year, out var edition))
        {
            return edition.IsCancelled ? null : new EventOccurrence(year, edition.Days, edition);
        }

        return new EventOccurrence(year, Rule.OccurrenceIn(year), null);
    }

    /// <summary>The next occurrence that begins after a day: a cancelled edition is skipped, a postponed one counts on the days it moved to.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The occurrence.</returns>
    public EventOccurrence NextAfter(LocalDate date)
    {
        // An edition may have moved past the day from an earlier year, so every edition is a candidate; the rule gives the
        // first later year without an edition.
        var next = byYear.Values.Where(e => !e.IsCancelled && e.Days.Start > date).MinBy(e => e.Days.Start) is { } edition
            ? new EventOccurrence(edition.Year, edition.Days, edition)
            : null;
        for (int year = Math.Max(date.Year, FirstYear); next is null || year <= next.Days.Start.Year; year++)
        {
            var days = Rule.OccurrenceIn(year);
            if (!byYear.ContainsKey(year) && days.Start > date)
            {
                return next is null || days.Start < next.Days.Start ? new EventOccurrence(year, days, null) : next;
            }
        }

        return next;
    }

    /// <summary>The occurrences that share at least one day with a range, cancelled editions left out.</summary>
    /// <param name="range">The range, closed.</param>
    /// <returns>The occurrences, by first day.</returns>
    /// <exception cref="ArgumentException"><paramref name="range"/> is open.</exception>
    public IReadOnlyList<EventOccurrence> OccurrencesIn(DateRange range)
    {
        if (range.End is not { } end)
        {
            throw new ArgumentException("Ask for occurrences in a closed range.", nameof(range));
        }

        var announced = byYear.Values.Where(e => !e.IsCancelled && e.Days.Overlaps(range)).Select(e => new EventOccurrence(e.Year, e.Days, e));
        var estimated = Enumerable.Range(Math.Max(range.Start.Year, FirstYear), Math.Max(0, end.Year - Math.Max(range.Start.Year, FirstYear) + 1))
            .Where(year => !byYear.ContainsKey(year))
            .Select(year => new EventOccurrence(year, Rule.OccurrenceIn(year), null))
            .Where(o => o.Days.Overlaps(range));
        return [.. announced.Concat(estimated).OrderBy(o => o.Days.Start)];
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

    /// <inheritdoc/>
    public bool Equals(RecurringEvent? other) => other is not null && Id == other.Id && Name.Equals(other.Name) && Organizer == other.Organizer && Rule.Equals(other.Rule) && FirstYear == other.FirstYear && Editions == other.Editions;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RecurringEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, FirstYear, Editions.Count);
}

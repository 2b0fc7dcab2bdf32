using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// When a recurring event takes place in one year: the days of the edition announced for that year, or, with none
/// announced, what the event's rule gives (the whole month when only the month is known).
/// </summary>
public sealed record EventOccurrence
{
    internal EventOccurrence(int year, DateRange days, EventEdition? edition)
    {
        Year = year;
        Days = days;
        Edition = edition;
    }

    /// <summary>The year whose occurrence it is (a postponed edition keeps the year it was first announced for).</summary>
    public int Year { get; }

    /// <summary>The days: the edition's, or the rule's when no edition is announced.</summary>
    public DateRange Days { get; }

    /// <summary>The edition announced for the year, or <see langword="null"/> when only the rule says when.</summary>
    public EventEdition? Edition { get; }

    /// <summary>True when the days are an edition's announced days rather than the rule's estimate.</summary>
    public bool IsAnnounced => Edition is not null;

    /// <summary>The occurrence in words.</summary>
    /// <param name="culture"><c>ko</c> for Korean; anything else gives English.</param>
    /// <returns>The edition described (<see cref="EventEdition.Describe"/>), or the rule's days.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="culture"/> is null or blank.</exception>
    public string Describe(string culture)
    {
        Guard.Against.NullOrWhiteSpace(culture);
        return Edition?.Describe(culture) ?? Days.ToString();
    }

    /// <summary>The occurrence in English words.</summary>
    /// <returns>For example <c>21st, 2023-10-11/2023-10-14, Anaheim Convention Center</c>, or <c>2024-10-01/2024-10-31</c>.</returns>
    public override string ToString() => Describe("en");
}

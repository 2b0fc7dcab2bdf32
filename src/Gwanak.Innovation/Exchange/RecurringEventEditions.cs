using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>The rules a recurring event's editions keep together (the <c>EVT</c> rules), each refusal naming the edition.</summary>
internal static class RecurringEventEditions
{
    /// <summary>The first rule the editions break, or <see langword="null"/> when they keep them all.</summary>
    public static Refusal? Check(RecurringEvent recurring, IEnumerable<EventEdition> editions)
    {
        var byYear = new Dictionary<int, EventEdition>();
        foreach (var edition in editions)
        {
            if (Refuse(recurring, edition) is { } refusal)
            {
                return refusal;
            }

            if (!byYear.TryAdd(edition.Year, edition))
            {
                return new Refusal(RecurringEventRules.TwoEditionsInOneYear, $"Cannot record {edition} for {recurring.Name.English}: {byYear[edition.Year]} is recorded for {edition.Year} too. It recurs {recurring.Rule.Describe("en")}, one edition a year; record a change to an edition (new days, a cancellation) in its place.");
            }
        }

        EventEdition? previous = null;
        foreach (var edition in byYear.Values.Where(e => e.Number is not null).OrderBy(e => e.Year))
        {
            int number = edition.Number!.Value;
            int years = edition.Year - recurring.FirstYear + 1;
            if (number > years)
            {
                return new Refusal(RecurringEventRules.EditionNumberOutOfOrder, $"Cannot record {edition} for {recurring.Name.English}: from the first edition in {recurring.FirstYear} to {edition.Year} there are {years} yearly editions at most, so no {EventEdition.Ordinal(number)}.");
            }

            if (previous is { Number: { } before } && (number < before || (number == before && !previous.IsCancelled)))
            {
                return new Refusal(RecurringEventRules.EditionNumberOutOfOrder, $"Cannot record {edition} for {recurring.Name.English}: {previous} comes before it. Numbers go up year by year; only an edition after a cancelled one may take the cancelled one's number again.");
            }

            previous = edition;
        }

        return null;
    }

    private static Refusal? Refuse(RecurringEvent recurring, EventEdition edition)
    {
        if (edition.Year < recurring.FirstYear)
        {
            return new Refusal(RecurringEventRules.AnnouncedBeforeFirstEdition, $"Cannot record {edition} for {recurring.Name.English}: the first edition was in {recurring.FirstYear}. Record editions from that year on.");
        }

        var occurrence = recurring.Rule.OccurrenceIn(edition.Year);
        return edition.Reason is null && (edition.Days.Start < occurrence.Start || edition.Days.End > occurrence.End)
            ? new Refusal(RecurringEventRules.AnnouncedOutsideRule, $"Cannot record {edition} for {recurring.Name.English}: it is held {recurring.Rule.Describe("en")}, which in {edition.Year} is {occurrence}. Correct the days, or give the edition the reason it is held on other days.")
            : null;
    }
}

using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace DistrictPortal.Pages.Calendar;

/// <summary>
/// What falls in a range of days (<c>?from=&amp;to=</c>; from the page's day for 90 days by default): renewal notice
/// deadlines, the recurring events with their announced editions (a cancelled one too, with its reason) or the days their
/// rule gives, the trips and the trips' follow-ups.
/// </summary>
public sealed class IndexModel(PortalDistrict district, DistrictStore store, DistrictSnapshots snapshots) : DistrictPage(district)
{
    /// <summary>The days shown when the address names no end.</summary>
    public const int DefaultDays = 90;

    /// <summary>The longest range a page shows, in days (about three years).</summary>
    public const int MaximumDays = 1100;

    [BindProperty(SupportsGet = true)]
    public LocalDate? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public LocalDate? To { get; set; }

    /// <summary>The first day shown.</summary>
    public LocalDate First => From ?? AsOf;

    /// <summary>The last day shown.</summary>
    public LocalDate Last => To ?? First.PlusDays(DefaultDays);

    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Last < First)
        {
            return BadRequestPage(L["query.order", "from", Show(First), "to", Show(Last)]);
        }

        int days = Period.DaysBetween(First, Last) + 1;
        if (days > MaximumDays)
        {
            return BadRequestPage(L["query.range", MaximumDays, Show(First), Show(Last), days]);
        }

        var range = new DateRange(First, Last);
        var snapshot = await snapshots.GetAsync(store, cancellationToken);
        var entries = new List<CalendarEntry>();

        var purposes = await store.Agreements.ToDictionaryAsync(a => a.Id, a => LocalizedText.Create(a.PurposeKorean, a.PurposeEnglish), cancellationToken);
        foreach (var deadline in await NoticeDeadlines.WithinAsync(store, First, Last, cancellationToken))
        {
            var purpose = purposes.GetValueOrDefault(deadline.Agreement) ?? LocalizedText.Create(deadline.Agreement.Value, deadline.Agreement.Value);
            entries.Add(new(new DateRange(deadline.Deadline, deadline.Deadline), CalendarEntryKind.NoticeDeadline, Show(purpose), L["calendar.deadline", Show(deadline.RenewalDate)], $"/agreements/{deadline.Agreement}?date={Show(deadline.Deadline)}"));
        }

        foreach (var recurring in snapshot.RecurringEvents)
        {
            foreach (var occurrence in recurring.OccurrencesIn(range))
            {
                string detail = occurrence.Edition is { } edition
                    ? edition.Describe(Culture)
                    : L["calendar.estimated", recurring.Rule.Describe(Culture)];
                entries.Add(new(occurrence.Days, occurrence.IsAnnounced ? CalendarEntryKind.Event : CalendarEntryKind.EstimatedEvent, Show(recurring.Name), detail, null));
            }

            foreach (var cancelled in recurring.Editions.Where(e => e.IsCancelled && e.Days.Overlaps(range)))
            {
                entries.Add(new(cancelled.Days, CalendarEntryKind.CancelledEvent, Show(recurring.Name), cancelled.Describe(Culture), null));
            }
        }

        foreach (var trip in snapshot.OverseasTrips)
        {
            var tripDays = new DateRange(trip.Itinerary.FirstDay, trip.Itinerary.LastDay);
            if (tripDays.Overlaps(range))
            {
                entries.Add(new(tripDays, CalendarEntryKind.Trip, Show(trip.Title), Show(trip.Length), $"/trips/{trip.Id}?date={Show(tripDays.Start)}"));
            }

            foreach (var visit in trip.Visits)
            {
                foreach (var followUp in visit.FollowUps.Where(f => range.Contains(f.Due)))
                {
                    entries.Add(new(new DateRange(followUp.Due, followUp.Due), CalendarEntryKind.FollowUp, Show(followUp.Action), Show(trip.Title), $"/trips/{trip.Id}?date={Show(followUp.Due)}"));
                }
            }
        }

        Entries = [.. entries.OrderBy(e => e.Days.Start).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal)];
        return Page();
    }

    /// <summary>A link to the range before or after this one, of the same length.</summary>
    public string Shifted(int ranges)
    {
        int days = Period.DaysBetween(First, Last) + 1;
        return $"?date={Show(AsOf)}&from={Show(First.PlusDays(days * ranges))}&to={Show(Last.PlusDays(days * ranges))}";
    }
}

/// <summary>One line of the calendar.</summary>
/// <param name="Days">Its days.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Title">What it is called, in the request's language.</param>
/// <param name="Detail">Its details, in the request's language.</param>
/// <param name="Link">Where the portal says more, if anywhere.</param>
public sealed record CalendarEntry(DateRange Days, CalendarEntryKind Kind, string Title, string Detail, string? Link);

/// <summary>What a calendar line is.</summary>
public enum CalendarEntryKind
{
    /// <summary>The last day to give notice that stops an agreement's automatic renewal.</summary>
    NoticeDeadline,

    /// <summary>An announced edition of a recurring event.</summary>
    Event,

    /// <summary>The days a recurring event's rule gives a year without an announced edition.</summary>
    EstimatedEvent,

    /// <summary>A cancelled edition.</summary>
    CancelledEvent,

    /// <summary>An overseas trip.</summary>
    Trip,

    /// <summary>A follow-up of a trip's visit, on its due day.</summary>
    FollowUp,
}

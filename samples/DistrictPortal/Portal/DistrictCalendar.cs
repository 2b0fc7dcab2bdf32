using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace DistrictPortal.Portal;

/// <summary>
/// What falls in a range of days, for the calendar page and the calendar feed alike: renewal notice deadlines, the recurring
/// events with their announced editions (a cancelled one too, with its reason) or the days their rule gives, the trips (from
/// the first departure to the last arrival, in the zones where they happen), the trips' visits and their follow-ups. Titles
/// and details are in the request's language.
/// </summary>
public sealed class DistrictCalendar(PortalDistrict district, DistrictStore store, DistrictSnapshots snapshots, Texts texts)
{
    /// <summary>The longest range asked for at once, in days (about three years).</summary>
    public const int MaximumDays = 1100;

    /// <summary>The entries from one day through another, by first day, kind and title.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> BetweenAsync(LocalDate first, LocalDate last, CancellationToken cancellationToken)
    {
        var range = new DateRange(first, last);
        var snapshot = await snapshots.GetAsync(store, cancellationToken);
        var entries = new List<CalendarEntry>();
        string culture = DistrictPage.Culture;
        string Uid(string what) => $"{what}@{district.Code}.district-portal";

        var purposes = await store.Agreements.ToDictionaryAsync(a => a.Id, a => LocalizedText.Create(a.PurposeKorean, a.PurposeEnglish), cancellationToken);
        foreach (var deadline in await NoticeDeadlines.WithinAsync(store, first, last, cancellationToken))
        {
            var purpose = purposes.GetValueOrDefault(deadline.Agreement) ?? LocalizedText.Create(deadline.Agreement.Value, deadline.Agreement.Value);
            entries.Add(new(Uid($"notice-deadline/{deadline.Agreement}/{DistrictPage.Show(deadline.Deadline)}"), OneDay(deadline.Deadline), CalendarEntryKind.NoticeDeadline, DistrictPage.Show(purpose), texts["calendar.deadline", DistrictPage.Show(deadline.RenewalDate)], $"/agreements/{deadline.Agreement}?date={DistrictPage.Show(deadline.Deadline)}"));
        }

        foreach (var recurring in snapshot.RecurringEvents)
        {
            foreach (var occurrence in recurring.OccurrencesIn(range))
            {
                string detail = occurrence.Edition is { } edition
                    ? edition.Describe(culture)
                    : texts["calendar.estimated", recurring.Rule.Describe(culture)];
                entries.Add(new(Uid($"event/{recurring.Id}/{occurrence.Year}"), occurrence.Days, occurrence.IsAnnounced ? CalendarEntryKind.Event : CalendarEntryKind.EstimatedEvent, DistrictPage.Show(recurring.Name), detail, null));
            }

            foreach (var cancelled in recurring.Editions.Where(e => e.IsCancelled && e.Days.Overlaps(range)))
            {
                entries.Add(new(Uid($"event/{recurring.Id}/{cancelled.Year}"), cancelled.Days, CalendarEntryKind.CancelledEvent, DistrictPage.Show(recurring.Name), cancelled.Describe(culture), null));
            }
        }

        foreach (var trip in snapshot.OverseasTrips)
        {
            var tripDays = new DateRange(trip.Itinerary.FirstDay, trip.Itinerary.LastDay);
            if (tripDays.Overlaps(range))
            {
                entries.Add(new(Uid($"trip/{trip.Id}"), tripDays, CalendarEntryKind.Trip, DistrictPage.Show(trip.Title), DistrictPage.Show(trip.Length), $"/trips/{trip.Id}?date={DistrictPage.Show(tripDays.Start)}")
                {
                    Start = trip.Itinerary.Legs[0].Departure,
                    End = trip.Itinerary.Legs[^1].Arrival,
                });
            }

            foreach (var (visit, index) in trip.Visits.Select((v, i) => (v, i)))
            {
                if (range.Contains(visit.Date))
                {
                    entries.Add(new(Uid($"trip/{trip.Id}/visit/{index + 1}"), OneDay(visit.Date), CalendarEntryKind.Visit, DistrictPage.Show(visit.Purpose), $"{DistrictPage.Show(visit.Place.Name)} · {DistrictPage.Show(trip.Title)}", $"/trips/{trip.Id}?date={DistrictPage.Show(visit.Date)}")
                    {
                        Start = visit.Time is { } time ? visit.Date.At(time).InZoneLeniently(visit.Place.Zone) : null,
                    });
                }

                foreach (var (followUp, number) in visit.FollowUps.Select((f, i) => (f, i)).Where(f => range.Contains(f.f.Due)))
                {
                    entries.Add(new(Uid($"trip/{trip.Id}/visit/{index + 1}/follow-up/{number + 1}"), OneDay(followUp.Due), CalendarEntryKind.FollowUp, DistrictPage.Show(followUp.Action), DistrictPage.Show(trip.Title), $"/trips/{trip.Id}?date={DistrictPage.Show(followUp.Due)}"));
                }
            }
        }

        return [.. entries.OrderBy(e => e.Days.Start).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal)];
    }

    private static DateRange OneDay(LocalDate day) => new(day, day);
}

/// <summary>One entry of the calendar.</summary>
/// <param name="Uid">Its stable id, the same in every feed.</param>
/// <param name="Days">Its days.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Title">What it is called, in the request's language.</param>
/// <param name="Detail">Its details, in the request's language.</param>
/// <param name="Link">Where the portal says more (a path), if anywhere.</param>
public sealed record CalendarEntry(string Uid, DateRange Days, CalendarEntryKind Kind, string Title, string Detail, string? Link)
{
    /// <summary>The moment it starts in the zone where it happens, when it has a time; otherwise it takes its whole days.</summary>
    public ZonedDateTime? Start { get; init; }

    /// <summary>The moment it ends in the zone where it happens, when known.</summary>
    public ZonedDateTime? End { get; init; }
}

/// <summary>What a calendar entry is.</summary>
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

    /// <summary>A visit of an overseas trip, at its time in the place's zone when it has one.</summary>
    Visit,

    /// <summary>A follow-up of a trip's visit, on its due day.</summary>
    FollowUp,
}

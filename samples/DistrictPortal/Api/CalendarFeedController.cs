using DistrictPortal.Portal;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace DistrictPortal.Api;

/// <summary>
/// The calendar as an iCalendar feed (RFC 5545) for a calendar program to subscribe to: the entries of the calendar page
/// (<see cref="DistrictCalendar"/>) in the request's language, the days of a whole-day entry as dates, and a trip or a
/// visit with a time at its moments in the zones where they happen, each zone defined in a VTIMEZONE.
/// </summary>
[ApiController]
[Route("calendar.ics")]
public sealed class CalendarFeedController(PortalDistrict district, DistrictCalendar calendar, Texts texts) : ControllerBase
{
    /// <summary>The days before today a feed starts, when the address names no start.</summary>
    public const int DefaultDaysBefore = 365;

    /// <summary>The days after today a feed ends, when the address names no end.</summary>
    public const int DefaultDaysAfter = 730;

    /// <summary>The feed from one day through another (yyyy-MM-dd), by default from a year before today to two years after.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet]
    public async Task<IActionResult> GetAsync([FromQuery] LocalDate? from, [FromQuery] LocalDate? to, CancellationToken cancellationToken)
    {
        var first = from ?? district.Today.PlusDays(-DefaultDaysBefore);
        var last = to ?? (from is { } start ? start.PlusDays(DefaultDaysBefore + DefaultDaysAfter) : district.Today.PlusDays(DefaultDaysAfter));
        if (last < first)
        {
            ModelState.AddModelError(nameof(to), texts["query.order", "from", DistrictPage.Show(first), "to", DistrictPage.Show(last)]);
            return ValidationProblem(ModelState);
        }

        int days = NodaTime.Period.DaysBetween(first, last) + 1;
        if (days > DistrictCalendar.MaximumDays)
        {
            ModelState.AddModelError(nameof(to), texts["query.range", DistrictCalendar.MaximumDays, DistrictPage.Show(first), DistrictPage.Show(last), days]);
            return ValidationProblem(ModelState);
        }

        var entries = await calendar.BetweenAsync(first, last, cancellationToken);
        var feed = new Ical.Net.Calendar
        {
            ProductId = $"-//{district.Name.English} innovation district portal//{DistrictPage.Culture.ToUpperInvariant()}",
            Method = "PUBLISH",
        };
        var zones = entries.SelectMany(e => new[] { e.Start, e.End }).OfType<ZonedDateTime>().GroupBy(z => z.Zone.Id, StringComparer.Ordinal);
        foreach (var zone in zones.OrderBy(z => z.Key, StringComparer.Ordinal))
        {
            feed.AddTimeZone(zone.Key, zone.Min(z => z.ToInstant()).ToDateTimeUtc(), includeHistoricalData: false);
        }

        var stamp = new CalDateTime(district.Clock.GetCurrentInstant().ToDateTimeUtc(), CalDateTime.UtcTzId, true);
        string site = $"{Request.Scheme}://{Request.Host}";
        foreach (var entry in entries)
        {
            var item = new CalendarEvent
            {
                Uid = entry.Uid,
                DtStamp = stamp,
                Summary = entry.Title,
                Description = entry.Detail,
                Status = entry.Kind switch
                {
                    CalendarEntryKind.CancelledEvent => EventStatus.Cancelled,
                    CalendarEntryKind.EstimatedEvent => EventStatus.Tentative,
                    _ => EventStatus.Confirmed,
                },
                Url = entry.Link is { } link ? new Uri(site + link) : null,
            };
            item.Categories.Add(texts.Of(entry.Kind));
            if (entry.Start is { } begins)
            {
                item.DtStart = Moment(begins);
                item.DtEnd = entry.End is { } ends ? Moment(ends) : null;
            }
            else
            {
                // A whole-day entry ends (exclusively) the day after its last day.
                item.DtStart = new CalDateTime(entry.Days.Start.ToDateOnly());
                item.DtEnd = new CalDateTime((entry.Days.End ?? entry.Days.Start).PlusDays(1).ToDateOnly());
            }

            feed.Events.Add(item);
        }

        return Content(new CalendarSerializer().SerializeToString(feed) ?? string.Empty, "text/calendar; charset=utf-8");
    }

    private static CalDateTime Moment(ZonedDateTime moment)
        => new(moment.Date.ToDateOnly(), moment.TimeOfDay.ToTimeOnly(), moment.Zone.Id);
}

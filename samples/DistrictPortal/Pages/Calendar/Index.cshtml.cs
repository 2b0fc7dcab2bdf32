using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace DistrictPortal.Pages.Calendar;

/// <summary>
/// What falls in a range of days (<c>?from=&amp;to=</c>; from the page's day for 90 days by default), from
/// <see cref="DistrictCalendar"/>; <c>/calendar.ics</c> gives the same as a feed.
/// </summary>
public sealed class IndexModel(PortalDistrict district, DistrictCalendar calendar) : DistrictPage(district)
{
    /// <summary>The days shown when the address names no end.</summary>
    public const int DefaultDays = 90;

    /// <summary>The longest range a page shows, in days (about three years).</summary>
    public const int MaximumDays = DistrictCalendar.MaximumDays;

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

        Entries = await calendar.BetweenAsync(First, Last, cancellationToken);
        return Page();
    }

    /// <summary>A link to the range before or after this one, of the same length.</summary>
    public string Shifted(int ranges)
    {
        int days = Period.DaysBetween(First, Last) + 1;
        return $"?date={Show(AsOf)}&from={Show(First.PlusDays(days * ranges))}&to={Show(Last.PlusDays(days * ranges))}";
    }
}

using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DistrictPortal.Pages.Trips;

/// <summary>
/// One overseas trip: its 박/일 length, the delegation by role (a member's name is personal data and never shown), and
/// the day-by-day report (<see cref="OverseasTrip.Report"/>) in the request's language, with the agreements signed, the
/// partnerships advanced and the follow-ups.
/// </summary>
public sealed class DetailsModel(PortalDistrict district, DistrictStore store) : DistrictPage(district)
{
    [BindProperty(SupportsGet = true)]
    public TripId Id { get; set; }

    public OverseasTrip Trip { get; private set; } = null!;

    public TripReport Report { get; private set; } = null!;

    public IReadOnlyDictionary<OrganizationId, LocalizedText> Names { get; private set; } = new Dictionary<OrganizationId, LocalizedText>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id == default || await store.FindOverseasTripAsync(Id, cancellationToken) is not { } trip)
        {
            return NotFoundPage(L["trips.notfound"]);
        }

        Trip = trip;
        Names = (await store.Organizations.Select(o => new { o.Id, o.NameKorean, o.NameEnglish }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id, o => LocalizedText.Create(o.NameKorean, o.NameEnglish));
        Report = trip.Report(Names);
        return Page();
    }

    public string NameOf(OrganizationId id) => Names.TryGetValue(id, out var name) ? Show(name) : id.Value;

    /// <summary>A clock time, HH:mm.</summary>
    public static string Clock(NodaTime.ZonedDateTime time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

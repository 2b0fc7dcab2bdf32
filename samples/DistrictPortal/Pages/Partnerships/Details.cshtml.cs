using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace DistrictPortal.Pages.Partnerships;

/// <summary>
/// One city partnership on a day: the partner city, its stage, last activity, whether it has been quiet for more than two
/// years, its founding agreement and council resolutions, and its timeline; officers record an activity.
/// </summary>
public sealed class DetailsModel(PortalDistrict district, DistrictStore store) : WritablePage(district)
{
    /// <summary>The quiet time after which a tie is flagged for review.</summary>
    public static readonly Period QuietThreshold = Period.FromYears(2);

    [BindProperty(SupportsGet = true)]
    public PartnershipId Id { get; set; }

    /// <summary>The partnership with everything recorded.</summary>
    public CityPartnership Partnership { get; private set; } = null!;

    /// <summary>The partnership as it stood on the day (its events up to the day), or null before it was opened.</summary>
    public CityPartnership? OnTheDay { get; private set; }

    public IReadOnlyDictionary<OrganizationId, string> Names { get; private set; } = new Dictionary<OrganizationId, string>();

    /// <summary>The officer's activity form.</summary>
    [BindProperty]
    public ActivityForm Activity { get; set; } = new();

    public string NameOf(OrganizationId id) => Names.GetValueOrDefault(id, id.Value);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (HasBadQuery(nameof(Id)))
        {
            return BadRequestPage(L["problem.badquery"]);
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFoundPage(L["partnership.notfound"]);
        }

        Activity.Date ??= Show(AsOf);
        return Page();
    }

    /// <summary>Records an activity of the tie (a visit, a meeting, a letter) on a day.</summary>
    public async Task<IActionResult> OnPostActivityAsync(CancellationToken cancellationToken)
    {
        if (HasBadQuery(nameof(Id)) || !await LoadAsync(cancellationToken))
        {
            return NotFoundPage(L["partnership.notfound"]);
        }

        var day = DayFrom(Activity.Date, "Activity.Date");
        string description = Activity.Description?.Trim() ?? string.Empty;
        if (description.Length == 0)
        {
            ModelState.AddModelError("Activity.Description", L["write.invalid.required"]);
        }
        else if (description.Length > MaxText)
        {
            ModelState.AddModelError("Activity.Description", L["write.invalid.long", MaxText]);
        }

        if (await WriteAsync<CityPartnership, PartnershipId, PartnershipEvent>(Partnership, CityPartnership.Replay, p => p.TryRecordActivity(day!.Value, description), store, cancellationToken))
        {
            Say("partnership.recorded");
            return RedirectToPage(new { id = Id.Value, date = Date is { } d ? Show(d) : null });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Id == default || await store.FindCityPartnershipAsync(Id, cancellationToken) is not { } partnership)
        {
            return false;
        }

        Partnership = partnership;
        OnTheDay = AsOf < partnership.Since ? null : CityPartnership.Replay(partnership.History.TakeWhile(e => e.Date <= AsOf));
        Names = await store.Organizations.ToDictionaryAsync(o => o.Id, o => Texts.IsKorean ? o.NameKorean : o.NameEnglish, cancellationToken);
        return true;
    }

    /// <summary>The fields of the activity form, as typed.</summary>
    public sealed class ActivityForm
    {
        public string? Date { get; set; }

        public string? Description { get; set; }
    }
}

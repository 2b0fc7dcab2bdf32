using DistrictPortal.Portal;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DistrictPortal.Pages.Agreements;

/// <summary>
/// The agreements with their status on a day, filtered by party, kind and status, a page at a time, from the read model:
/// a district of 100,000 agreements is filtered and paged by the database, with no agreement replayed.
/// </summary>
public sealed class IndexModel(PortalDistrict district, DistrictStore store) : DistrictPage(district)
{
    [BindProperty(SupportsGet = true)]
    public OrganizationId? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgreementKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgreementStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Count { get; private set; }

    public int Pages => AgreementListing.PagesFor(Count);

    public IReadOnlyList<AgreementSummary> Rows { get; private set; } = [];

    public IReadOnlyDictionary<OrganizationId, string> PartyNames { get; private set; } = new Dictionary<OrganizationId, string>();

    public IReadOnlyDictionary<AgreementId, RenewalNoticeDeadline?> Deadlines { get; private set; } = new Dictionary<AgreementId, RenewalNoticeDeadline?>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = AgreementListing.Filter(store, AsOf, Party, Kind, Status);
        Count = await rows.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await AgreementListing.PageAsync(rows, PageNumber, cancellationToken);
        PartyNames = await store.Organizations.ToDictionaryAsync(o => o.Id, o => Texts.IsKorean ? o.NameKorean : o.NameEnglish, cancellationToken);
        Deadlines = await AgreementListing.NextDeadlinesAsync(store, Rows, AsOf, cancellationToken);
    }

    public string NameOf(OrganizationId id) => PartyNames.GetValueOrDefault(id, id.Value);

    /// <summary>A link to this list with one of its filters changed.</summary>
    public string Link(int page) => $"?date={Show(AsOf)}&party={Party}&kind={Kind}&status={Status}&p={page}";
}

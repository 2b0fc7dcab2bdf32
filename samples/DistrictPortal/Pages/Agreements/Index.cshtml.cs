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
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public OrganizationId? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgreementKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgreementStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Count { get; private set; }

    public int Pages => Math.Max(1, (Count + PageSize - 1) / PageSize);

    public IReadOnlyList<AgreementSummary> Rows { get; private set; } = [];

    public IReadOnlyDictionary<OrganizationId, string> PartyNames { get; private set; } = new Dictionary<OrganizationId, string>();

    public IReadOnlyDictionary<AgreementId, RenewalNoticeDeadline?> Deadlines { get; private set; } = new Dictionary<AgreementId, RenewalNoticeDeadline?>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = store.Agreements.Where(a => a.DraftedOn <= AsOf);
        if (Party is { } party)
        {
            rows = rows.WhereParty(party);
        }

        if (Kind is { } kind && Enum.IsDefined(kind))
        {
            rows = rows.Where(a => a.Kind == kind);
        }

        if (Status is { } status && Enum.IsDefined(status))
        {
            rows = rows.WhereStatusOn(status, AsOf);
        }

        Count = await rows.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await rows.OrderByDescending(a => a.EffectiveDate).ThenBy(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).Include(a => a.Parties).ToListAsync(cancellationToken);
        PartyNames = await store.Organizations.ToDictionaryAsync(o => o.Id, o => Texts.IsKorean ? o.NameKorean : o.NameEnglish, cancellationToken);
        var deadlines = new Dictionary<AgreementId, RenewalNoticeDeadline?>();
        foreach (var row in Rows)
        {
            // The stored schedule answers from the last event on; before it the agreement answers itself, replayed.
            deadlines[row.Id] = AsOf >= row.LastEventOn
                ? row.NextNoticeDeadlineOn(AsOf)
                : (await store.FindAgreementAsync(row.Id, cancellationToken))?.NextRenewalNoticeDeadlineOn(AsOf);
        }

        Deadlines = deadlines;
    }

    public string NameOf(OrganizationId id) => PartyNames.GetValueOrDefault(id, id.Value);

    /// <summary>A link to this list with one of its filters changed.</summary>
    public string Link(int page) => $"?date={Show(AsOf)}&party={Party}&kind={Kind}&status={Status}&p={page}";
}

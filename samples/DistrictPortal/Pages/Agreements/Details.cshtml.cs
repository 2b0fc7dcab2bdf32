using DistrictPortal.Portal;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DistrictPortal.Pages.Agreements;

/// <summary>One agreement on a day: its parties, terms, commitments, signatures (parties and moments; the signatories are personal data), status, expiry, next notice deadline and timeline.</summary>
public partial class DetailsModel(PortalDistrict district, DistrictStore store) : WritablePage(district)
{
    [BindProperty(SupportsGet = true)]
    public AgreementId Id { get; set; }

    public Agreement Agreement { get; private set; } = null!;

    public IReadOnlyDictionary<OrganizationId, string> Names { get; private set; } = new Dictionary<OrganizationId, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Prefill();
        return Page();
    }

    public string NameOf(OrganizationId id) => Names.GetValueOrDefault(id, id.Value);

    /// <summary>Loads the agreement and the names of the organisations; false when the district has no such agreement.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Id == default || await store.FindAgreementAsync(Id, cancellationToken) is not { } agreement)
        {
            return false;
        }

        Agreement = agreement;
        Names = await store.Organizations.ToDictionaryAsync(o => o.Id, o => Texts.IsKorean ? o.NameKorean : o.NameEnglish, cancellationToken);
        if (AsOf < agreement.DraftedOn)
        {
            Date = agreement.DraftedOn;
        }

        return true;
    }

    protected DistrictStore Store => store;
}

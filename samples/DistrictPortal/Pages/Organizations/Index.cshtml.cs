using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace DistrictPortal.Pages.Organizations;

/// <summary>The district's organisations, from the read model.</summary>
public sealed class IndexModel(PortalDistrict district, DistrictStore store) : DistrictPage(district)
{
    public IReadOnlyList<OrganizationSummary> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
        => Organizations = await store.Organizations.OrderBy(o => o.Sector).ThenBy(o => o.NameKorean).ToListAsync(cancellationToken);
}

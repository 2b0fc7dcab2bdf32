using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DistrictPortal.Api;

/// <summary>The district's organisations, from the read model.</summary>
[ApiController]
[Route("api/organizations")]
public sealed class OrganizationsController(DistrictStore store) : ControllerBase
{
    /// <summary>Every organisation of the district, by id.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<OrganizationResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IReadOnlyList<OrganizationResource>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await store.Organizations.OrderBy(o => o.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(o => new OrganizationResource(o.Id, LocalizedText.Create(o.NameKorean, o.NameEnglish), o.Kind, o.Sector, o.Country, o.Location))];
    }
}

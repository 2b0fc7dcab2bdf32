using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace DistrictPortal.Pages.Governance;

/// <summary>
/// A governance body on a day: its members by organisation, role and post (Popolo; a member's name is personal data and
/// never shown), the seats of each sector and the balance under <see cref="GovernanceBalancePolicy.Default"/>, and who
/// joined and left between an earlier day (<c>?since=</c>, a year before by default) and the day.
/// </summary>
public sealed class DetailsModel(PortalDistrict district, DistrictStore store) : DistrictPage(district)
{
    [BindProperty(SupportsGet = true)]
    public OrganizationId Id { get; set; }

    /// <summary>The earlier day of the changes shown.</summary>
    [BindProperty(SupportsGet = true)]
    public LocalDate? Since { get; set; }

    public GovernanceBody Body { get; private set; } = null!;

    public GovernanceBalance Balance { get; private set; } = null!;

    public IReadOnlyList<Membership> Members { get; private set; } = [];

    public IReadOnlyList<MembershipChange> Changes { get; private set; } = [];

    /// <summary>The first day of the changes shown.</summary>
    public LocalDate ChangesFrom { get; private set; }

    public IReadOnlyDictionary<OrganizationId, string> Names { get; private set; } = new Dictionary<OrganizationId, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id == default || await store.FindGovernanceBodyAsync(Id, cancellationToken) is not { } body)
        {
            return NotFoundPage(L["governance.notfound"]);
        }

        ChangesFrom = Since ?? AsOf.PlusYears(-1);
        if (ChangesFrom > AsOf)
        {
            return BadRequestPage(L["query.order", "since", Show(ChangesFrom), "date", Show(AsOf)]);
        }

        Body = body;
        Balance = body.BalanceOn(AsOf);
        Members = [.. body.MembersOn(AsOf).OrderBy(m => m.Sector).ThenBy(m => m.Period.Start)];
        Changes = body.ChangesBetween(ChangesFrom, AsOf);
        Names = await store.Organizations.ToDictionaryAsync(o => o.Id, o => Texts.IsKorean ? o.NameKorean : o.NameEnglish, cancellationToken);
        return Page();
    }

    public string NameOf(OrganizationId id) => Names.GetValueOrDefault(id, id.Value);

    /// <summary>The label of a member's post, or a dash.</summary>
    public string PostOf(Membership membership)
        => membership.PostKey is { } key && Body.Posts.FirstOrDefault(p => p.Key == key) is { } post ? Show(post.Label) : "—";

    /// <summary>The sectors in the order 민·관·산·학·연 names them.</summary>
    public static IReadOnlyList<HelixSector> Sectors { get; } = Enum.GetValues<HelixSector>();
}

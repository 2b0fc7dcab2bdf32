using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Primitives;

namespace DistrictPortal.Pages.Governance;

/// <summary>
/// The district's governance bodies on a day: their seats, the sectors represented (민·관·산·학·연) and whether they are
/// balanced under <see cref="GovernanceBalancePolicy.Default"/> (docs/domain.md, "Governance").
/// </summary>
public sealed class IndexModel(PortalDistrict district, DistrictStore store, DistrictSnapshots snapshots) : DistrictPage(district)
{
    /// <summary>The bodies established by the day, with their balance that day.</summary>
    public IReadOnlyList<(GovernanceBody Body, GovernanceBalance Balance)> Bodies { get; private set; } = [];

    /// <summary>The bodies established after the day.</summary>
    public int Later { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(store, cancellationToken);
        Bodies = [.. snapshot.GovernanceBodies.Where(b => b.EstablishedOn <= AsOf).OrderBy(b => b.EstablishedOn).ThenBy(b => b.Id).Select(b => (b, b.BalanceOn(AsOf)))];
        Later = snapshot.GovernanceBodies.Count - Bodies.Count;
    }

    /// <summary>A link to a body on the page's day.</summary>
    public string Link(OrganizationId id) => $"/governance/{Uri.EscapeDataString(id.Value)}?date={Show(AsOf)}";
}

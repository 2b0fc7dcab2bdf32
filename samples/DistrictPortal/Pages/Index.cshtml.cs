using DistrictPortal.Portal;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;

namespace DistrictPortal.Pages;

/// <summary>The district at a glance on a day: the scorecard, the records, the notice deadlines and events ahead.</summary>
public sealed class IndexModel(PortalDistrict district, DistrictStore store, DistrictSnapshots snapshots) : DistrictPage(district)
{
    public DistrictScorecard Scorecard { get; private set; } = null!;

    public int Organizations { get; private set; }

    public int AgreementsInForce { get; private set; }

    public int Facilities { get; private set; }

    public int Funds { get; private set; }

    public IReadOnlyList<(RenewalNoticeDeadline Deadline, string Purpose)> Deadlines { get; private set; } = [];

    /// <summary>The recurring events and trips ahead: their days, their name and, for an announced edition, the edition in words (number, days, venue, how it is held).</summary>
    public IReadOnlyList<(DateRange Days, LocalizedText Name, LocalizedText? Edition)> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(store, cancellationToken);
        Scorecard = snapshot.ScorecardOn(AsOf);
        Organizations = await store.Organizations.CountAsync(cancellationToken);
        AgreementsInForce = await store.Agreements.WhereStatusOn(AgreementStatus.InForce, AsOf).CountAsync(cancellationToken);
        Facilities = await store.Facilities.CountAsync(f => f.OpenedOn <= AsOf, cancellationToken);
        Funds = await store.Funds.CountAsync(f => f.EstablishedOn <= AsOf, cancellationToken);
        var window = new DateRange(AsOf, AsOf.PlusDays(90));
        var deadlines = await NoticeDeadlines.WithinAsync(store, window.Start, window.End!.Value, cancellationToken);
        var purposes = await store.Agreements.ToDictionaryAsync(a => a.Id, a => Texts.IsKorean ? a.PurposeKorean : a.PurposeEnglish, cancellationToken);
        Deadlines = [.. deadlines.Select(d => (d, purposes.GetValueOrDefault(d.Agreement, d.Agreement.Value)))];
        Events =
        [
            .. snapshot.RecurringEvents.SelectMany(e => e.OccurrencesIn(window).Select(o => (o.Days, e.Name, Edition: o.Edition is null ? null : LocalizedText.Create(o.Describe("ko"), o.Describe("en")))))
                .Concat(snapshot.OverseasTrips.Select(t => (Days: new DateRange(t.Itinerary.Start.InZone(District.Zone).Date, t.Itinerary.End.InZone(District.Zone).Date), Name: t.Title, Edition: (LocalizedText?)null)).Where(t => t.Days.Overlaps(window)))
                .OrderBy(e => e.Days.Start),
        ];
    }
}

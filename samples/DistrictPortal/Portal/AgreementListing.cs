using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace DistrictPortal.Portal;

/// <summary>
/// The agreements list of the page and of the API, from the read model: the agreements drafted by a day, filtered by party,
/// kind and status on that day, a page at a time, newest term first; a district of 100,000 agreements is filtered and paged
/// by the database, with no agreement replayed.
/// </summary>
public static class AgreementListing
{
    /// <summary>The agreements on a page.</summary>
    public const int PageSize = 50;

    /// <summary>The agreements drafted by a day that match the filters given.</summary>
    public static IQueryable<AgreementSummary> Filter(DistrictStore store, LocalDate asOf, OrganizationId? party, AgreementKind? kind, AgreementStatus? status)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = store.Agreements.Where(a => a.DraftedOn <= asOf);
        if (party is { } p)
        {
            rows = rows.WhereParty(p);
        }

        if (kind is { } k && Enum.IsDefined(k))
        {
            rows = rows.Where(a => a.Kind == k);
        }

        if (status is { } s && Enum.IsDefined(s))
        {
            rows = rows.WhereStatusOn(s, asOf);
        }

        return rows;
    }

    /// <summary>The number of pages for a count of agreements (one at least).</summary>
    public static int PagesFor(int count) => Math.Max(1, (count + PageSize - 1) / PageSize);

    /// <summary>One page (from 1) of the agreements, with their parties.</summary>
    public static async Task<IReadOnlyList<AgreementSummary>> PageAsync(IQueryable<AgreementSummary> rows, int page, CancellationToken cancellationToken)
        => await rows.OrderByDescending(a => a.EffectiveDate).ThenBy(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).Include(a => a.Parties).ToListAsync(cancellationToken);

    /// <summary>
    /// The next renewal notice deadline of each agreement on a day: the stored schedule answers from the last event on;
    /// before it the agreement answers itself, replayed.
    /// </summary>
    public static async Task<IReadOnlyDictionary<AgreementId, RenewalNoticeDeadline?>> NextDeadlinesAsync(DistrictStore store, IEnumerable<AgreementSummary> rows, LocalDate asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rows);
        var deadlines = new Dictionary<AgreementId, RenewalNoticeDeadline?>();

        // A page may replay several agreements: the request's context keeps its connection open for them (closed when the
        // context is disposed with the request), instead of opening and closing it around each load.
        await store.OpenConnectionAsync(cancellationToken);
        foreach (var row in rows)
        {
            deadlines[row.Id] = asOf >= row.LastEventOn
                ? row.NextNoticeDeadlineOn(asOf)
                : (await store.FindAgreementAsync(row.Id, cancellationToken))?.NextRenewalNoticeDeadlineOn(asOf);
        }

        return deadlines;
    }
}

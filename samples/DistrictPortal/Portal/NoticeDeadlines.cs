using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace DistrictPortal.Portal;

/// <summary>
/// The renewal notice deadlines of a district within some days, from the agreements read model: the stored renewal
/// schedules answer for any day after an agreement's last event; an agreement with events after the first day answers
/// itself (replayed), since its terms may have differed then.
/// </summary>
public static class NoticeDeadlines
{
    /// <summary>The deadlines from one day through another, in date order.</summary>
    public static async Task<IReadOnlyList<RenewalNoticeDeadline>> WithinAsync(DistrictStore store, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        var rows = await store.Agreements.Where(a => a.RenewalOrigin != null || a.LastEventOn > from).ToListAsync(cancellationToken);
        var found = new List<RenewalNoticeDeadline>();

        // Several agreements may be replayed: the request's context keeps its connection open for them (closed when the
        // context is disposed with the request), instead of opening and closing it around each load.
        await store.OpenConnectionAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (row.LastEventOn <= from)
            {
                if (row.StatusOn(from) is AgreementStatus.Signed or AgreementStatus.InForce && row.RenewalSchedule() is { } schedule)
                {
                    found.AddRange(schedule.NoticeDeadlinesWithin(from, to));
                }
            }
            else if (await store.FindAgreementAsync(row.Id, cancellationToken) is { } agreement)
            {
                // An agreement answers from the day it was drafted on, and has deadlines once it is fully signed: a range that
                // begins before the signing starts asking on the day of the signing.
                var start = from < agreement.DraftedOn ? agreement.DraftedOn : from;
                if (agreement.FullySignedOn is { } signed && signed > start)
                {
                    start = signed;
                }

                for (var day = start; agreement.NextRenewalNoticeDeadlineOn(day) is { } next && next.Deadline <= to; day = next.Deadline.PlusDays(1))
                {
                    found.Add(next);
                }
            }
        }

        return [.. found.OrderBy(d => d.Deadline).ThenBy(d => d.Agreement.Value, StringComparer.Ordinal)];
    }
}

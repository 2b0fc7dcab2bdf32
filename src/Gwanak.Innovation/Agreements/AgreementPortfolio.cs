using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// A district's agreements together, with the questions a portal asks of all of them: which are in force,
/// which expire soon, whose renewal-notice deadline is coming, which involve a partner, which carry a kind of
/// commitment.
/// </summary>
/// <remarks>
/// Built once from the agreements; the indexes by party and by commitment category and the renewal schedules
/// are computed at construction, so the date queries are tight loops over plain values.
/// </remarks>
public sealed class AgreementPortfolio
{
    private readonly ImmutableArray<Agreement> agreements;
    private readonly Dictionary<OrganizationId, Agreement[]> byParty;
    private readonly Dictionary<CommitmentCategory, Agreement[]> byCategory;
    private readonly RenewalEntry[] renewing;
    private readonly Agreement[] byLastEventDescending;

    /// <summary>Creates a portfolio.</summary>
    /// <param name="agreements">The agreements, each id once.</param>
    /// <exception cref="ArgumentException">The agreements are null, hold a null, or an id twice.</exception>
    public AgreementPortfolio(IEnumerable<Agreement> agreements)
    {
        Guard.Against.Null(agreements);
        this.agreements = agreements.ToImmutableArray();
        if (this.agreements.Any(a => a is null))
        {
            throw new ArgumentException("An agreement is missing (null).", nameof(agreements));
        }

        var twice = this.agreements.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"The agreement {twice.Key} is listed twice.", nameof(agreements));
        }

        byParty = this.agreements
            .SelectMany(a => a.Parties.Select(p => (Party: p, Agreement: a)))
            .GroupBy(x => x.Party)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Agreement).ToArray());
        byCategory = this.agreements
            .SelectMany(a => a.Commitments.Select(c => c.Category).Distinct().Select(c => (Category: c, Agreement: a)))
            .GroupBy(x => x.Category)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Agreement).ToArray());
        renewing = this.agreements
            .Where(a => a.Current.HasRenewalsAhead)
            .Select(a => new RenewalEntry(a.Current.Date, a.RenewalSchedule()!))
            .ToArray();
        byLastEventDescending = this.agreements.OrderByDescending(a => a.Current.Date).ToArray();
    }

    /// <summary>All agreements, in the order given.</summary>
    public IReadOnlyList<Agreement> Agreements => agreements;

    /// <summary>The agreements in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The agreements, in the order given.</returns>
    public IReadOnlyList<Agreement> InForceOn(LocalDate date) => agreements.Where(a => a.IsInForceOn(date)).ToArray();

    /// <summary>
    /// The agreements that, as known on <paramref name="from"/>, will end within the window (their term runs
    /// out without renewal, or a termination takes effect) and were signed or in force on <paramref name="from"/>.
    /// </summary>
    /// <param name="from">The first day of the window.</param>
    /// <param name="to">The last day of the window.</param>
    /// <returns>The agreements, by their last day in force.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<Agreement> ExpiringWithin(LocalDate from, LocalDate to)
    {
        RequireWindow(from, to);
        return agreements
            .Where(a => a.DraftedOn <= from && a.StatusOn(from) is AgreementStatus.Signed or AgreementStatus.InForce && a.NextRenewalDateOn(from) is null)
            .Select(a => (Agreement: a, LastDay: a.ExpiryDateOn(from)!.Value))
            .Where(x => x.LastDay >= from && x.LastDay <= to)
            .OrderBy(x => x.LastDay)
            .Select(x => x.Agreement)
            .ToArray();
    }

    /// <summary>
    /// The last days to give notice (of non-renewal or termination) before automatic renewals that fall within the window, as
    /// known on <paramref name="from"/>: for every agreement that renews itself, is signed or in force and is
    /// not under notice.
    /// </summary>
    /// <param name="from">The first day of the window, usually today.</param>
    /// <param name="to">The last day of the window, for example 90 days on.</param>
    /// <returns>The deadlines, by date and then agreement id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<RenewalNoticeDeadline> RenewalNoticeDeadlinesWithin(LocalDate from, LocalDate to)
    {
        RequireWindow(from, to);
        var found = new List<RenewalNoticeDeadline>();
        foreach (ref readonly RenewalEntry e in renewing.AsSpan())
        {
            if (e.LastEventDate <= from)
            {
                e.Schedule.AddNoticeDeadlines(from, to, found, firstOnly: false);
            }
        }

        // Agreements with events after 'from' are answered from the state they were in on that day.
        foreach (var a in byLastEventDescending)
        {
            if (a.Current.Date <= from)
            {
                break;
            }

            if (a.DraftedOn <= from)
            {
                a.StateOn(from).AddRenewalNoticeDeadlines(a.Id, from, to, found);
            }
        }

        found.Sort(static (x, y) =>
        {
            int byDate = x.Deadline.CompareTo(y.Deadline);
            return byDate != 0 ? byDate : string.CompareOrdinal(x.Agreement.Value, y.Agreement.Value);
        });
        return found;
    }

    /// <summary>The agreements an organisation is a party to.</summary>
    /// <param name="party">The organisation.</param>
    /// <returns>The agreements, in the order given.</returns>
    /// <exception cref="ArgumentException">The organisation id is default.</exception>
    public IReadOnlyList<Agreement> WithParty(OrganizationId party)
        => byParty.TryGetValue(Guard.Against.Default(party), out var found) ? found : [];

    /// <summary>The agreements with at least one commitment of a category, as last amended.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The agreements, in the order given.</returns>
    /// <exception cref="ArgumentException">The category is not defined.</exception>
    public IReadOnlyList<Agreement> WithCommitment(CommitmentCategory category)
        => byCategory.TryGetValue(Guard.Against.EnumOutOfRange(category), out var found) ? found : [];

    private static void RequireWindow(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The window ends on {to:uuuu-MM-dd}, before it starts on {from:uuuu-MM-dd}.");
        }
    }

    private readonly struct RenewalEntry(LocalDate lastEventDate, AgreementRenewalSchedule schedule)
    {
        public readonly LocalDate LastEventDate = lastEventDate;
        public readonly AgreementRenewalSchedule Schedule = schedule;
    }
}

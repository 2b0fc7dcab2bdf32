using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>The read models of the district, and their rebuild from the streams (one file of the class, for length).</summary>
public sealed partial class DistrictStore
{
    /// <summary>The district's agreements as the lists show them (with their parties when included), to filter and page in the database.</summary>
    public IQueryable<AgreementSummary> Agreements => db.AgreementSummaries.AsNoTracking().Where(a => a.District == District);

    /// <summary>The parties of the district's agreements, to find an organisation's agreements.</summary>
    public IQueryable<AgreementParty> AgreementParties => db.AgreementParties.AsNoTracking().Where(p => p.District == District);

    /// <summary>The district's organisations.</summary>
    public IQueryable<OrganizationSummary> Organizations => db.OrganizationSummaries.AsNoTracking().Where(o => o.District == District);

    /// <summary>The district's facilities (with their tenancies when included).</summary>
    public IQueryable<FacilitySummary> Facilities => db.FacilitySummaries.AsNoTracking().Where(f => f.District == District);

    /// <summary>The district's funds (with their movements when included).</summary>
    public IQueryable<FundSummary> Funds => db.FundSummaries.AsNoTracking().Where(f => f.District == District);

    /// <summary>
    /// Recomputes every read-model row of the district from its streams and records, reports each stored row that differed
    /// (a row missing, left over or with another value), and stores the recomputed rows, in one transaction. The streams and
    /// records are those the store holds, whether or not it holds the district's own record (see <see cref="ExistsAsync"/>):
    /// aggregates and records saved one by one, the district never imported, keep their rows.
    /// </summary>
    /// <param name="cancellationToken">Stops the rebuild; nothing is changed.</param>
    /// <returns>What was recomputed and what differed.</returns>
    /// <exception cref="StoredHistoryException">A stored history cannot be read or breaks a rule.</exception>
    public async Task<ReadModelRebuild> RebuildReadModelsAsync(CancellationToken cancellationToken = default)
    {
        // Without the district's own record, its code stands for its name, which no read model shows.
        var name = await StoredNameAsync(cancellationToken).ConfigureAwait(false) ?? Primitives.LocalizedText.Of("en", District.ToString());
        var district = await LoadAsync(name, cancellationToken).ConfigureAwait(false);
        var differences = new List<string>();
        var agreements = district.Agreements.Select(a => Projections.Of(District, a)).ToList();
        var organizations = district.Organizations.Select(o => Projections.Of(District, o)).ToList();
        var facilities = district.Facilities.Select(f => Projections.Of(District, f)).ToList();
        var funds = district.Funds.Select(f => Projections.Of(District, f)).ToList();
        Compare(differences, "agreement", agreements, await Agreements.Include(a => a.Parties).ToListAsync(cancellationToken).ConfigureAwait(false), a => a.Id.Value, ReadModelText.Of);
        Compare(differences, "organisation", organizations, await Organizations.ToListAsync(cancellationToken).ConfigureAwait(false), o => o.Id.Value, ReadModelText.Of);
        Compare(differences, "facility", facilities, await Facilities.Include(f => f.Tenancies).ToListAsync(cancellationToken).ConfigureAwait(false), f => f.Id.Value, ReadModelText.Of);
        Compare(differences, "fund", funds, await Funds.Include(f => f.Movements).ToListAsync(cancellationToken).ConfigureAwait(false), f => f.Id.Value, ReadModelText.Of);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.AgreementParties.Where(p => p.District == District).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.AgreementSummaries.Where(a => a.District == District).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.OrganizationSummaries.Where(o => o.District == District).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.FacilityTenancies.Where(t => t.District == District).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.FacilitySummaries.Where(f => f.District == District).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.FundMovements.Where(m => m.District == District).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.FundSummaries.Where(f => f.District == District).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            db.AddRange(agreements);
            db.AddRange(organizations);
            db.AddRange(facilities);
            db.AddRange(funds);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return new ReadModelRebuild(agreements.Count + organizations.Count + facilities.Count + funds.Count, differences);
    }

    private static void Compare<TRow>(List<string> differences, string what, IReadOnlyList<TRow> expected, IReadOnlyList<TRow> stored, System.Func<TRow, string> idOf, System.Func<TRow, string> textOf)
    {
        var storedById = stored.ToDictionary(idOf, textOf);
        foreach (var row in expected)
        {
            string id = idOf(row);
            if (!storedById.Remove(id, out string? text))
            {
                differences.Add($"The {what} {id} had no row.");
            }
            else if (text != textOf(row))
            {
                differences.Add($"The row of the {what} {id} differed: stored {text}; recomputed {textOf(row)}.");
            }
        }

        differences.AddRange(storedById.Keys.Order(System.StringComparer.Ordinal).Select(id => $"The row of the {what} {id} was left over: the district has no such {what}."));
    }
}

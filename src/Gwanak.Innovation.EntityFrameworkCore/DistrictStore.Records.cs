using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.EntityFrameworkCore.Storage;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>The records that are values rather than histories (one file of the class, for length).</summary>
public sealed partial class DistrictStore
{
    /// <summary>The organisation with an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The organisation, or <see langword="null"/>.</returns>
    /// <exception cref="StoredHistoryException">The stored record cannot be read.</exception>
    public Task<Organization?> FindOrganizationAsync(OrganizationId id, CancellationToken cancellationToken = default) => FindRecordAsync(RecordKind.Of<Organization>(), id.Value, cancellationToken);

    /// <summary>The overseas trip with an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The trip, or <see langword="null"/>.</returns>
    /// <exception cref="StoredHistoryException">The stored record cannot be read.</exception>
    public Task<OverseasTrip?> FindOverseasTripAsync(TripId id, CancellationToken cancellationToken = default) => FindRecordAsync(RecordKind.Of<OverseasTrip>(), id.Value, cancellationToken);

    /// <summary>The recurring event with an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    /// <exception cref="StoredHistoryException">The stored record cannot be read.</exception>
    public Task<RecurringEvent?> FindRecurringEventAsync(RecurringEventId id, CancellationToken cancellationToken = default) => FindRecordAsync(RecordKind.Of<RecurringEvent>(), id.Value, cancellationToken);

    /// <summary>Saves an organisation, replacing the one with its id, with its read model.</summary>
    /// <param name="organization">The organisation.</param>
    /// <param name="cancellationToken">Stops the save; nothing is stored.</param>
    /// <returns>A task that completes once it is stored.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public async Task SaveOrganizationAsync(Organization organization, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(organization);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.OrganizationSummaries.Where(o => o.District == District && o.Id == organization.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        db.Add(Projections.Of(District, organization));
        await SaveRecordAsync(RecordKind.Of<Organization>(), organization, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves an overseas trip, replacing the one with its id.</summary>
    /// <param name="trip">The trip.</param>
    /// <param name="cancellationToken">Stops the save; nothing is stored.</param>
    /// <returns>A task that completes once it is stored.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="trip"/> is null.</exception>
    public Task SaveOverseasTripAsync(OverseasTrip trip, CancellationToken cancellationToken = default) => SaveRecordAsync(RecordKind.Of<OverseasTrip>(), Guard.Against.Null(trip), cancellationToken);

    /// <summary>Saves a recurring event, replacing the one with its id.</summary>
    /// <param name="recurringEvent">The event.</param>
    /// <param name="cancellationToken">Stops the save; nothing is stored.</param>
    /// <returns>A task that completes once it is stored.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="recurringEvent"/> is null.</exception>
    public Task SaveRecurringEventAsync(RecurringEvent recurringEvent, CancellationToken cancellationToken = default) => SaveRecordAsync(RecordKind.Of<RecurringEvent>(), Guard.Against.Null(recurringEvent), cancellationToken);

    /// <summary>Saves an indicator value, replacing the value of that indicator on that day.</summary>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Stops the save; nothing is stored.</param>
    /// <returns>A task that completes once it is stored.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Task SaveIndicatorValueAsync(IndicatorValue value, CancellationToken cancellationToken = default) => SaveRecordAsync(RecordKind.Of<IndicatorValue>(), Guard.Against.Null(value), cancellationToken);

    private async Task<T?> FindRecordAsync<T>(RecordKind<T> kind, string id, CancellationToken cancellationToken)
        where T : class
    {
        var row = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.District == district && r.Kind == kind.Name && r.Id == id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : kind.Read(row);
    }

    private Task SaveRecordAsync<T>(RecordKind<T> kind, T record, CancellationToken cancellationToken)
        where T : class
        => SaveRowAsync(kind.Name, kind.IdOf(record), RecordKind<T>.Write(record), cancellationToken);

    /// <summary>Stores a record's row, or replaces its payload in a new version: the one way every record is written after an import.</summary>
    private async Task SaveRowAsync(string kind, string id, string payload, CancellationToken cancellationToken)
    {
        try
        {
            var row = await db.Records.FirstOrDefaultAsync(r => r.District == district && r.Kind == kind && r.Id == id, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                db.Records.Add(new StoredRecord { District = district, Kind = kind, Id = id, Payload = payload, Version = 1, RecordedAt = clock.GetCurrentInstant() });
            }
            else
            {
                row.Payload = payload;
                row.Version++;
                row.RecordedAt = clock.GetCurrentInstant();
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

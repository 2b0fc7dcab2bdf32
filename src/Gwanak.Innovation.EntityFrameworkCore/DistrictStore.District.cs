using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.EntityFrameworkCore.Storage;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>The whole district at once: load, import and the district's own record (one file of the class, for length).</summary>
public sealed partial class DistrictStore
{
    private const string DistrictKind = "district";
    private const int ImportBatch = 5000;

    /// <summary>True when the store holds the district (it was imported, or named with <see cref="SaveNameAsync"/>).</summary>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns><see langword="true"/> when the district's own record is stored.</returns>
    public Task<bool> ExistsAsync(CancellationToken cancellationToken = default)
        => db.Records.AnyAsync(r => r.District == district && r.Kind == DistrictKind, cancellationToken);

    /// <summary>Loads the whole district: every record, every history replayed.</summary>
    /// <param name="cancellationToken">Stops the loading.</param>
    /// <returns>
    /// The district, or <see langword="null"/> when the store does not hold it: when the district's own record is not stored
    /// (<see cref="ExistsAsync"/> is false), even if aggregates and records were saved one by one; <see cref="SaveNameAsync"/>
    /// stores that record.
    /// </returns>
    /// <exception cref="StoredHistoryException">A stored history or record cannot be read, or breaks a rule.</exception>
    public async Task<InnovationDistrict?> LoadAsync(CancellationToken cancellationToken = default)
        => await StoredNameAsync(cancellationToken).ConfigureAwait(false) is { } name ? await LoadAsync(name, cancellationToken).ConfigureAwait(false) : null;

    /// <summary>
    /// Stores the district's own record under a name, or renames the district. A store whose aggregates and records were
    /// saved one at a time holds the district once it is named: <see cref="ExistsAsync"/> is then true, and
    /// <see cref="LoadAsync(CancellationToken)"/> returns it whole.
    /// </summary>
    /// <param name="name">The district's name, for example 관악구 / Gwanak-gu.</param>
    /// <param name="cancellationToken">Stops the save; nothing is stored.</param>
    /// <returns>A task that completes once the name is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Task SaveNameAsync(LocalizedText name, CancellationToken cancellationToken = default)
        => SaveRowAsync(DistrictKind, district, JsonSerializer.Serialize(Guard.Against.Null(name), DistrictJson.Options), cancellationToken);

    /// <summary>
    /// Stores a whole district into an empty store (a document read with <c>DistrictDocument.Read</c>, or a district moved
    /// from another database), with its read models, in one transaction.
    /// </summary>
    /// <param name="imported">The district; its code must be the store's.</param>
    /// <param name="cancellationToken">Stops the import; nothing is stored.</param>
    /// <returns>A task that completes once everything is stored.</returns>
    /// <exception cref="ArgumentException">The district is null or of another code.</exception>
    /// <exception cref="InvalidOperationException">The store already holds records of the district.</exception>
    public async Task ImportAsync(InnovationDistrict imported, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(imported);
        if (imported.Code != District)
        {
            throw new ArgumentException($"The district {imported.Code} cannot be imported into the store of {District}.", nameof(imported));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Records.AnyAsync(r => r.District == district, cancellationToken).ConfigureAwait(false)
            || await db.Events.AnyAsync(e => e.District == district, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"The store already holds records of {District}; a district is imported into an empty store.");
        }

        var now = clock.GetCurrentInstant();
        try
        {
            db.Records.Add(new StoredRecord { District = district, Kind = DistrictKind, Id = district, Payload = JsonSerializer.Serialize(imported.Name, DistrictJson.Options), Version = 1, RecordedAt = now });
            int pending = 0;
            var rows = new List<StoredEvent>();
            foreach (var kind in RecordKind.All)
            {
                foreach (var (_, id, payload) in kind.In(imported))
                {
                    db.Records.Add(new StoredRecord { District = district, Kind = kind.Name, Id = id, Payload = payload, Version = 1, RecordedAt = now });
                    pending = await FlushAsync(pending + 1, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var organization in imported.Organizations)
            {
                db.Add(Projections.Of(District, organization));
            }

            foreach (var kind in StreamKind.All)
            {
                foreach (var (aggregate, id, history) in kind.In(imported))
                {
                    string stream = kind.StreamOf(id);
                    for (int v = 0; v < history.Count; v++)
                    {
                        rows.Add(StreamKind.Row(district, stream, v + 1, history[v], now));
                    }

                    switch (aggregate)
                    {
                        case Agreements.Agreement a:
                            db.Add(Projections.Of(District, a));
                            break;
                        case Ecosystem.Facility f:
                            db.Add(Projections.Of(District, f));
                            break;
                        case Ecosystem.Fund f:
                            db.Add(Projections.Of(District, f));
                            break;
                    }

                    pending = await FlushAsync(pending + 1, cancellationToken).ConfigureAwait(false);
                    if (rows.Count >= ImportBatch)
                    {
                        await events.AppendAsync(rows, cancellationToken).ConfigureAwait(false);
                        rows.Clear();
                    }
                }
            }

            await events.AppendAsync(rows, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The district's name as its own record stores it, or <see langword="null"/> when that record is not stored.</summary>
    private async Task<LocalizedText?> StoredNameAsync(CancellationToken cancellationToken)
    {
        var own = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.District == district && r.Kind == DistrictKind, cancellationToken).ConfigureAwait(false);
        return own is null ? null : ReadName(own);
    }

    /// <summary>
    /// The district under a name, with every record and every history the store holds, whether or not the district's own
    /// record is stored.
    /// </summary>
    private async Task<InnovationDistrict> LoadAsync(LocalizedText name, CancellationToken cancellationToken)
    {
        var loaded = InnovationDistrict.Create(District, name);
        var records = await db.Records.AsNoTracking().Where(r => r.District == district && r.Kind != DistrictKind).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var kind in RecordKind.All)
        {
            foreach (var row in records.Where(r => r.Kind == kind.Name).OrderBy(r => r.RecordedAt).ThenBy(r => r.Id, StringComparer.Ordinal))
            {
                loaded = kind.AddTo(loaded, row);
            }
        }

        var streams = new List<EventRow>();
        string? current = null;
        var rows = db.Events.AsNoTracking().Where(e => e.District == district).OrderBy(e => e.Stream).ThenBy(e => e.Version).Select(e => new { e.Stream, e.Version, e.Type, e.Payload });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (current is not null && row.Stream != current)
            {
                loaded = AddStream(loaded, current, streams);
                streams.Clear();
            }

            current = row.Stream;
            streams.Add(new EventRow(row.Version, row.Type, row.Payload));
        }

        return current is null ? loaded : AddStream(loaded, current, streams);
    }

    private static LocalizedText ReadName(StoredRecord own)
    {
        try
        {
            return JsonSerializer.Deserialize<LocalizedText>(own.Payload, DistrictJson.Options) ?? throw new JsonException("The name is null.");
        }
        catch (JsonException e)
        {
            throw new StoredHistoryException($"{DistrictKind}/{own.Id}", own.Version, null, $"The district's stored name does not read: {e.Message}", e);
        }
    }

    private static InnovationDistrict AddStream(InnovationDistrict district, string stream, IReadOnlyList<EventRow> rows)
        => (StreamKind.ForStream(stream) ?? throw new StoredHistoryException(stream, rows[0].Version, null, $"The stream {stream} is of no kind of aggregate this library knows.", null))
            .AddTo(district, stream, rows);

    private async Task<int> FlushAsync(int pending, CancellationToken cancellationToken)
    {
        if (pending < ImportBatch)
        {
            return pending;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return 0;
    }
}

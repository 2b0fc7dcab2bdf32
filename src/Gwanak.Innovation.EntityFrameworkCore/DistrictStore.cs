using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.EntityFrameworkCore.Storage;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>
/// One district's records in a <see cref="DistrictDbContext"/>: aggregates loaded by id (replayed through the library, so a
/// stored history that breaks a rule is refused naming its stream and version) and saved by appending what they have beyond
/// the version loaded, with their read models in the same transaction; values saved whole; the whole district loaded,
/// imported or exported. A store never reads another district's rows.
/// </summary>
/// <remarks>
/// A store is a unit of work over one context: create one per request (a context is not thread-safe). Appending checks the
/// expected version, and a unique (district, stream, version) key makes a writer that raced past the check fail too, with a
/// <see cref="StreamConcurrencyException"/>; nothing of a failed save is stored. Like EF Core's own queries, a load or save opens the
/// context's connection when it is closed and closes it after; a request that loads many aggregates may open it once
/// (<see cref="OpenConnectionAsync"/>), which spares each load the opening (on SQLite, about as costly as the read).
/// </remarks>
public sealed partial class DistrictStore
{
    private readonly DistrictDbContext db;
    private readonly string district;
    private readonly IClock clock;
    private readonly EventTable events;

    /// <summary>Opens a district's store.</summary>
    /// <param name="database">The database context.</param>
    /// <param name="district">The district (a 5-digit code such as 11620).</param>
    /// <param name="clock">The clock that stamps the moment events are recorded.</param>
    /// <exception cref="ArgumentException">An argument is null or default, or the code is not a district's.</exception>
    public DistrictStore(DistrictDbContext database, AdministrativeDistrictCode district, IClock clock)
    {
        db = Guard.Against.Null(database);
        Guard.Against.Default(district);
        if (district.Level != AdministrativeLevel.District)
        {
            throw new ArgumentException($"{district} is not a district (시·군·구) code such as 11620.", nameof(district));
        }

        District = district;
        this.district = district.ToString();
        this.clock = Guard.Against.Null(clock);
        events = new EventTable(db, this.district);
    }

    /// <summary>The district.</summary>
    public AdministrativeDistrictCode District { get; }

    /// <summary>
    /// Opens the context's connection and keeps it open for the loads and saves that follow, until the context is disposed
    /// (or its <c>Database.CloseConnectionAsync</c> is called): for a request that loads many aggregates, each load then
    /// spares the opening and closing of the connection. Nothing happens when the connection is already open.
    /// </summary>
    /// <param name="cancellationToken">Stops the opening.</param>
    /// <returns>A task that completes when the connection is open.</returns>
    public Task OpenConnectionAsync(CancellationToken cancellationToken = default) => db.Database.OpenConnectionAsync(cancellationToken);

    /// <summary>The governance body with an id, replayed from its stream.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The body, or <see langword="null"/> when the district has none with that id.</returns>
    /// <exception cref="StoredHistoryException">The stored history cannot be read or breaks a rule.</exception>
    public Task<GovernanceBody?> FindGovernanceBodyAsync(OrganizationId id, CancellationToken cancellationToken = default) => FindAsync(StreamKind.Of<GovernanceBody, GovernanceEvent>(), id.Value, cancellationToken);

    /// <summary>The agreement with an id, replayed from its stream.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The agreement, or <see langword="null"/> when the district has none with that id.</returns>
    /// <exception cref="StoredHistoryException">The stored history cannot be read or breaks a rule.</exception>
    public Task<Agreement?> FindAgreementAsync(AgreementId id, CancellationToken cancellationToken = default) => FindAsync(StreamKind.Of<Agreement, AgreementEvent>(), id.Value, cancellationToken);

    /// <summary>The venture promotion zone with an id, replayed from its stream.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The zone, or <see langword="null"/> when the district has none with that id.</returns>
    /// <exception cref="StoredHistoryException">The stored history cannot be read or breaks a rule.</exception>
    public Task<VenturePromotionZone?> FindZoneAsync(ZoneId id, CancellationToken cancellationToken = default) => FindAsync(StreamKind.Of<VenturePromotionZone, ZoneEvent>(), id.Value, cancellationToken);

    /// <summary>The venture company with a business registration number, replayed from its stream.</summary>
    /// <param name="id">The number.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The company, or <see langword="null"/> when the district has none with that number.</returns>
    /// <exception cref="StoredHistoryException">The stored history cannot be read or breaks a rule.</exception>
    public Task<VentureCompany?> FindVentureCompanyAsync(BusinessRegistrationNumber id, CancellationToken cancellationToken = default) => FindAsync(StreamKind.Of<VentureCompany, VentureCompanyEvent>(), id.ToString(), cancellationToken);

    /// <summary>The facility with an id, replayed from its stream.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The facility, or <see langword="null"/> when the district has none with that id.</returns>
    /// <exception cref="StoredHistoryException">The stored history cannot be read or breaks a rule.</exception>
    public Task<Facility?> FindFacilityAsync(FacilityId id, CancellationToken cancellationToken = default) => FindAsync(StreamKind.Of<Facility, FacilityEvent>(), id.Value, cancellationToken);

    /// <summary>The fund with an id, replayed from its stream.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The fund, or <see langword="null"/> when the district has none with that id.</returns>
    /// <exception cref="StoredHistoryException">The stored history cannot be read or breaks a rule.</exception>
    public Task<Fund?> FindFundAsync(FundId id, CancellationToken cancellationToken = default) => FindAsync(StreamKind.Of<Fund, FundEvent>(), id.Value, cancellationToken);

    /// <summary>The support programme with an id, replayed from its stream.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The programme, or <see langword="null"/> when the district has none with that id.</returns>
    /// <exception cref="StoredHistoryException">The stored history cannot be read or breaks a rule.</exception>
    public Task<SupportProgram?> FindSupportProgramAsync(SupportProgramId id, CancellationToken cancellationToken = default) => FindAsync(StreamKind.Of<SupportProgram, SupportProgramEvent>(), id.Value, cancellationToken);

    /// <summary>The city partnership with an id, replayed from its stream.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The partnership, or <see langword="null"/> when the district has none with that id.</returns>
    /// <exception cref="StoredHistoryException">The stored history cannot be read or breaks a rule.</exception>
    public Task<CityPartnership?> FindCityPartnershipAsync(PartnershipId id, CancellationToken cancellationToken = default) => FindAsync(StreamKind.Of<CityPartnership, PartnershipEvent>(), id.Value, cancellationToken);

    /// <summary>The exchange programme with an id, replayed from its stream.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The programme, or <see langword="null"/> when the district has none with that id.</returns>
    /// <exception cref="StoredHistoryException">The stored history cannot be read or breaks a rule.</exception>
    public Task<ExchangeProgram?> FindExchangeProgramAsync(ExchangeProgramId id, CancellationToken cancellationToken = default) => FindAsync(StreamKind.Of<ExchangeProgram, ExchangeProgramEvent>(), id.Value, cancellationToken);

    /// <summary>
    /// Saves an aggregate: appends the events it has beyond the version it was loaded at, and updates its read model, in one
    /// transaction.
    /// </summary>
    /// <param name="aggregate">The aggregate after its transitions.</param>
    /// <param name="expectedVersion">The version it was loaded at (0 for a new aggregate).</param>
    /// <param name="cancellationToken">Stops the save; nothing is stored.</param>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <typeparam name="TId">Its id type.</typeparam>
    /// <typeparam name="TEvent">Its events' base type.</typeparam>
    /// <returns>A task that completes once the events are stored.</returns>
    /// <exception cref="StreamConcurrencyException">Another writer appended to the stream since <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ArgumentException">The aggregate is null, or the expected version is negative or beyond its version.</exception>
    public async Task SaveAsync<TAggregate, TId, TEvent>(EventSourcedAggregate<TAggregate, TId, TEvent> aggregate, int expectedVersion, CancellationToken cancellationToken = default)
        where TAggregate : EventSourcedAggregate<TAggregate, TId, TEvent>
        where TId : struct, IEquatable<TId>
        where TEvent : class, IDomainEvent<TId>
    {
        Guard.Against.Null(aggregate);
        Guard.Against.OutOfRange(expectedVersion, nameof(expectedVersion), 0, aggregate.Version);
        var kind = StreamKind.Of<TAggregate, TEvent>();
        var typed = (TAggregate)aggregate;
        string stream = kind.StreamOf(kind.IdOf(typed));
        if (expectedVersion == aggregate.Version)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            int actual = await VersionOfAsync(stream, cancellationToken).ConfigureAwait(false);
            if (actual != expectedVersion)
            {
                throw new StreamConcurrencyException(stream, expectedVersion, actual, null);
            }

            var now = clock.GetCurrentInstant();
            var rows = new StoredEvent[aggregate.Version - expectedVersion];
            for (int v = expectedVersion; v < aggregate.Version; v++)
            {
                rows[v - expectedVersion] = StreamKind.Row(district, stream, v + 1, aggregate.History[v], now);
            }

            // The events first: their key claims the stream's next versions, so a writer that raced past the check waits
            // on the key and fails there, before it touches a read-model row the winner replaces (on PostgreSQL, touching
            // them first let two writers wait on each other until the server broke the deadlock).
            await events.AppendAsync(rows, cancellationToken).ConfigureAwait(false);
            if (await ProjectAsync(typed, cancellationToken).ConfigureAwait(false))
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageErrors.IsDuplicateKey(e))
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            throw new StreamConcurrencyException(stream, expectedVersion, await VersionOfAsync(stream, CancellationToken.None).ConfigureAwait(false), e);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<TAggregate?> FindAsync<TAggregate, TEvent>(StreamKind<TAggregate, TEvent> kind, string id, CancellationToken cancellationToken)
        where TAggregate : class
        where TEvent : class, IDomainEvent
    {
        string stream = kind.StreamOf(id);
        var rows = await events.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : kind.Replay(stream, rows);
    }

    private Task<int> VersionOfAsync(string stream, CancellationToken cancellationToken) => events.VersionAsync(stream, cancellationToken);

    /// <summary>Replaces the read-model rows of an aggregate, within the save's transaction.</summary>
    /// <returns><see langword="true"/> when the aggregate has a read model, whose new rows are to be saved.</returns>
    private async Task<bool> ProjectAsync<TAggregate>(TAggregate aggregate, CancellationToken cancellationToken)
    {
        switch (aggregate)
        {
            case Agreement a:
                await db.AgreementParties.Where(p => p.District == District && p.Agreement == a.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.AgreementSummaries.Where(s => s.District == District && s.Id == a.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                db.Add(Projections.Of(District, a));
                break;
            case Facility f:
                await db.FacilityTenancies.Where(t => t.District == District && t.Facility == f.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.FacilitySummaries.Where(s => s.District == District && s.Id == f.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                db.Add(Projections.Of(District, f));
                break;
            case Fund f:
                await db.FundMovements.Where(m => m.District == District && m.Fund == f.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.FundSummaries.Where(s => s.District == District && s.Id == f.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                db.Add(Projections.Of(District, f));
                break;
            default:
                return false;
        }

        return true;
    }
}

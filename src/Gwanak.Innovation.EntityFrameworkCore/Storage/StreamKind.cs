using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;

namespace Gwanak.Innovation.EntityFrameworkCore.Storage;

/// <summary>
/// One kind of aggregate as streams: its name (the prefix of its events' stable names, such as <c>agreement</c>), how to
/// write its events as rows and how to replay rows back, naming the stream and version of any event that cannot be read.
/// </summary>
internal abstract class StreamKind
{
    private protected StreamKind(string name) => Name = name;

    /// <summary>Every kind of aggregate a district holds.</summary>
    public static IReadOnlyList<StreamKind> All { get; } =
    [
        new StreamKind<GovernanceBody, GovernanceEvent>(GovernanceBody.Replay, b => b.History, b => b.Id.Value, d => d.GovernanceBodies, (d, b) => d.With(b)),
        new StreamKind<Agreement, AgreementEvent>(Agreement.Replay, a => a.History, a => a.Id.Value, d => d.Agreements, (d, a) => d.With(a)),
        new StreamKind<VenturePromotionZone, ZoneEvent>(VenturePromotionZone.Replay, z => z.History, z => z.Id.Value, d => d.Zones, (d, z) => d.With(z)),
        new StreamKind<VentureCompany, VentureCompanyEvent>(VentureCompany.Replay, c => c.History, c => c.Id.ToString(), d => d.VentureCompanies, (d, c) => d.With(c)),
        new StreamKind<Facility, FacilityEvent>(Facility.Replay, f => f.History, f => f.Id.Value, d => d.Facilities, (d, f) => d.With(f)),
        new StreamKind<Fund, FundEvent>(Fund.Replay, f => f.History, f => f.Id.Value, d => d.Funds, (d, f) => d.With(f)),
        new StreamKind<SupportProgram, SupportProgramEvent>(SupportProgram.Replay, p => p.History, p => p.Id.Value, d => d.SupportPrograms, (d, p) => d.With(p)),
        new StreamKind<CityPartnership, PartnershipEvent>(CityPartnership.Replay, p => p.History, p => p.Id.Value, d => d.CityPartnerships, (d, p) => d.With(p)),
        new StreamKind<ExchangeProgram, ExchangeProgramEvent>(ExchangeProgram.Replay, p => p.History, p => p.Id.Value, d => d.ExchangePrograms, (d, p) => d.With(p)),
    ];

    /// <summary>The name, such as <c>agreement</c>.</summary>
    public string Name { get; }

    /// <summary>The kind of an aggregate type.</summary>
    public static StreamKind<TAggregate, TEvent> Of<TAggregate, TEvent>()
        where TAggregate : class
        where TEvent : class, IDomainEvent
        => Found<TAggregate, TEvent>.Kind;

    /// <summary>The kind whose streams start with a name, if any.</summary>
    public static StreamKind? ForStream(string stream) => All.FirstOrDefault(k => stream.StartsWith(k.Name + "/", StringComparison.Ordinal));

    /// <summary>The stream of an aggregate of this kind.</summary>
    public string StreamOf(string id) => Name + "/" + id;

    /// <summary>A row for an event, numbered in its stream.</summary>
    public static StoredEvent Row(string district, string stream, int version, IDomainEvent e, NodaTime.Instant recordedAt)
        => new()
        {
            District = district,
            Stream = stream,
            Version = version,
            Type = EventTypes.NameOf(e),
            Payload = JsonSerializer.Serialize(e, e.GetType(), DistrictJson.Options),
            RecordedAt = recordedAt,
        };

    /// <summary>Replays stored rows (ordered by version) into the district.</summary>
    public abstract InnovationDistrict AddTo(InnovationDistrict district, string stream, IReadOnlyList<EventRow> rows);

    /// <summary>The rows of the events of every aggregate of this kind in a district.</summary>
    public abstract IEnumerable<(object Aggregate, string Id, IReadOnlyList<IDomainEvent> History)> In(InnovationDistrict district);

    /// <summary>The kind of an aggregate type, found once (every load and save asks for it).</summary>
    private static class Found<TAggregate, TEvent>
        where TAggregate : class
        where TEvent : class, IDomainEvent
    {
        public static readonly StreamKind<TAggregate, TEvent> Kind = All.OfType<StreamKind<TAggregate, TEvent>>().Single();
    }
}

/// <summary>One kind of aggregate, typed.</summary>
internal sealed class StreamKind<TAggregate, TEvent> : StreamKind
    where TAggregate : class
    where TEvent : class, IDomainEvent
{
    private readonly Func<IEnumerable<TEvent>, TAggregate> replay;
    private readonly Func<TAggregate, IReadOnlyList<TEvent>> historyOf;
    private readonly Func<TAggregate, string> idOf;
    private readonly Func<InnovationDistrict, IEnumerable<TAggregate>> listOf;
    private readonly Func<InnovationDistrict, TAggregate, InnovationDistrict> add;

    public StreamKind(Func<IEnumerable<TEvent>, TAggregate> replay, Func<TAggregate, IReadOnlyList<TEvent>> historyOf, Func<TAggregate, string> idOf, Func<InnovationDistrict, IEnumerable<TAggregate>> listOf, Func<InnovationDistrict, TAggregate, InnovationDistrict> add)
        : base(EventTypes.Names.First(n => EventTypes.TryGetType(n, out var t) && typeof(TEvent).IsAssignableFrom(t)).Split('.')[0])
    {
        this.replay = replay;
        this.historyOf = historyOf;
        this.idOf = idOf;
        this.listOf = listOf;
        this.add = add;
    }

    public string IdOf(TAggregate aggregate) => idOf(aggregate);

    public IReadOnlyList<TEvent> HistoryOf(TAggregate aggregate) => historyOf(aggregate);

    /// <summary>Reads and replays a stream's rows, ordered by version; any event that cannot be read is named by its version.</summary>
    public TAggregate Replay(string stream, IReadOnlyList<EventRow> rows)
    {
        var events = new List<TEvent>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            int expected = events.Count + 1;
            if (row.Version != expected)
            {
                throw new StoredHistoryException(stream, expected, null, $"The versions of the stream jump from {expected - 1} to {row.Version}: an event is missing.", null);
            }

            events.Add(Read(stream, row));
        }

        TAggregate aggregate;
        try
        {
            aggregate = replay(events);
        }
        catch (DomainRuleException e)
        {
            throw new StoredHistoryException(stream, (e.EventIndex ?? 0) + 1, e.RuleId, e.Refusal.Message, e);
        }

        // The events agree with each other on their aggregate (HIS-002); the stream's name must agree with them too, or a
        // stream renamed or written under another id would give one aggregate for another.
        string named = StreamOf(idOf(aggregate));
        if (named != stream)
        {
            throw new StoredHistoryException(stream, 1, HistoryRules.EventOfAnotherAggregate, $"The stream holds the history of {named}, founded by its first event: a stream holds the events of the {typeof(TAggregate).Name} it is named after only.", null);
        }

        return aggregate;
    }

    public override InnovationDistrict AddTo(InnovationDistrict district, string stream, IReadOnlyList<EventRow> rows) => add(district, Replay(stream, rows));

    public override IEnumerable<(object Aggregate, string Id, IReadOnlyList<IDomainEvent> History)> In(InnovationDistrict district)
        => listOf(district).Select(a => ((object)a, idOf(a), (IReadOnlyList<IDomainEvent>)historyOf(a)));

    private static TEvent Read(string stream, EventRow row)
    {
        if (!EventTypes.TryGetType(row.Type, out var type) || !typeof(TEvent).IsAssignableFrom(type))
        {
            throw new StoredHistoryException(stream, row.Version, null, $"The event type '{row.Type}' is not one of the events of a {typeof(TAggregate).Name}.", null);
        }

        try
        {
            return (TEvent)(JsonSerializer.Deserialize(row.Payload, type, DistrictJson.Options)
                ?? throw new JsonException("The payload is null."));
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or DomainRuleException or NotSupportedException)
        {
            throw new StoredHistoryException(stream, row.Version, (e as DomainRuleException)?.RuleId, $"The payload of a {row.Type} does not read: {e.Message}", e);
        }
    }
}

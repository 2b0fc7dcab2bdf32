using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.EntityFrameworkCore.Storage;

/// <summary>One kind of record that is a value rather than a history, stored whole as JSON under its kind and id.</summary>
internal abstract class RecordKind
{
    private protected RecordKind(string name) => Name = name;

    /// <summary>Every kind of record a district holds besides its aggregates.</summary>
    public static IReadOnlyList<RecordKind> All { get; } =
    [
        new RecordKind<Organization>("organization", o => o.Id.Value, d => d.Organizations, (d, o) => d.With(o)),
        new RecordKind<IndicatorValue>("indicator-value", v => $"{v.Indicator.Code}/{v.Date:uuuu-MM-dd}", d => d.IndicatorValues, (d, v) => d.With(v)),
        new RecordKind<OverseasTrip>("trip", t => t.Id.Value, d => d.OverseasTrips, (d, t) => d.With(t)),
        new RecordKind<RecurringEvent>("recurring-event", e => e.Id.Value, d => d.RecurringEvents, (d, e) => d.With(e)),
    ];

    /// <summary>The kind's name, such as <c>organization</c>.</summary>
    public string Name { get; }

    /// <summary>The kind of a record type.</summary>
    public static RecordKind<T> Of<T>()
        where T : class
        => All.OfType<RecordKind<T>>().Single();

    /// <summary>Adds a stored record to the district.</summary>
    public abstract InnovationDistrict AddTo(InnovationDistrict district, StoredRecord row);

    /// <summary>The records of this kind in a district, with their ids and JSON.</summary>
    public abstract IEnumerable<(object Record, string Id, string Payload)> In(InnovationDistrict district);
}

/// <summary>One kind of record, typed.</summary>
internal sealed class RecordKind<T> : RecordKind
    where T : class
{
    private readonly Func<T, string> idOf;
    private readonly Func<InnovationDistrict, IEnumerable<T>> listOf;
    private readonly Func<InnovationDistrict, T, InnovationDistrict> add;

    public RecordKind(string name, Func<T, string> idOf, Func<InnovationDistrict, IEnumerable<T>> listOf, Func<InnovationDistrict, T, InnovationDistrict> add)
        : base(name)
    {
        this.idOf = idOf;
        this.listOf = listOf;
        this.add = add;
    }

    public string IdOf(T record) => idOf(record);

    public static string Write(T record) => JsonSerializer.Serialize(record, DistrictJson.Options);

    public T Read(StoredRecord row)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(row.Payload, DistrictJson.Options) ?? throw new JsonException("The payload is null.");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or DomainRuleException or NotSupportedException)
        {
            throw new StoredHistoryException($"{Name}/{row.Id}", row.Version, (e as DomainRuleException)?.RuleId, $"The stored {Name} does not read: {e.Message}", e);
        }
    }

    public override InnovationDistrict AddTo(InnovationDistrict district, StoredRecord row) => add(district, Read(row));

    public override IEnumerable<(object Record, string Id, string Payload)> In(InnovationDistrict district)
        => listOf(district).Select(r => ((object)r, idOf(r), Write(r)));
}

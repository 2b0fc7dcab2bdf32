using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// An aggregate as its history, <c>{"history": [ {"type": "fund.established", …}, … ]}</c>. Reading replays the history,
/// so a document cannot claim a state its events do not support: a broken rule is named with the event's path.
/// </summary>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
/// <typeparam name="TEvent">The base type of its events.</typeparam>
internal sealed class AggregateConverter<TAggregate, TEvent> : JsonConverter<TAggregate>, IRegisterConverter<TAggregate>
    where TAggregate : class
    where TEvent : class, IDomainEvent
{
    private readonly Func<IEnumerable<TEvent>, TAggregate> replay;
    private readonly Func<TAggregate, IReadOnlyList<TEvent>> historyOf;
    private readonly bool locate;

    public AggregateConverter(Func<IEnumerable<TEvent>, TAggregate> replay, Func<TAggregate, IReadOnlyList<TEvent>> historyOf, bool locate)
    {
        this.replay = replay;
        this.historyOf = historyOf;
        this.locate = locate;
    }

    public override TAggregate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"An object {{\"history\": [ … ]}} was expected for {Strings.Named(typeof(TAggregate))}, not {Strings.Describe(reader.TokenType)}.");
        }

        reader.Read();
        if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("history"u8))
        {
            throw new JsonException(reader.TokenType == JsonTokenType.EndObject
                ? $"{Strings.Named(typeof(TAggregate), capital: true)} needs its 'history'."
                : $"{Strings.Named(typeof(TAggregate), capital: true)} has one member, 'history', not '{reader.GetString()}'.");
        }

        MemberTally.Add(1);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"The history of {Strings.Named(typeof(TAggregate))} is an array of events, not {Strings.Describe(reader.TokenType)}.");
        }

        IReadOnlyList<TEvent> events = locate
            ? ReadEach(ref reader, (JsonTypeInfo<TEvent>)options.GetTypeInfo(typeof(TEvent)))
            : DocumentErrors.Read(ref reader, (JsonTypeInfo<TEvent[]>)options.GetTypeInfo(typeof(TEvent[])), locate, ".history");

        reader.Read();
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException($"{Strings.Named(typeof(TAggregate), capital: true)} has one member, 'history', not '{reader.GetString()}'.");
        }

        try
        {
            return replay(events);
        }
        catch (DomainRuleException e)
        {
            throw DocumentErrors.Below(e, string.Empty)!;
        }
    }

    /// <summary>A register's aggregates: their histories in one read (one serializer state for them all), then each replayed.</summary>
    public TAggregate[] ReadAll(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var stored = DocumentErrors.Read(ref reader, (JsonTypeInfo<StoredHistory<TEvent>[]>)options.GetTypeInfo(typeof(StoredHistory<TEvent>[])), locate, string.Empty);
        var aggregates = new TAggregate[stored.Length];
        for (int i = 0; i < stored.Length; i++)
        {
            aggregates[i] = replay(stored[i]?.History ?? throw new JsonException($"{Strings.Named(typeof(TAggregate), capital: true)} needs its 'history'."));
        }

        return aggregates;
    }

    /// <summary>The events one by one, so that an error names the event's index.</summary>
    private List<TEvent> ReadEach(ref Utf8JsonReader reader, JsonTypeInfo<TEvent> info)
    {
        var events = new List<TEvent>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            events.Add(DocumentErrors.Read(ref reader, info, locate, ".history", events.Count));
        }

        return events;
    }

    public override void Write(Utf8JsonWriter writer, TAggregate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("history");
        JsonSerializer.Serialize(writer, HistoryOf(value), (JsonTypeInfo<TEvent[]>)options.GetTypeInfo(typeof(TEvent[])));
        writer.WriteEndObject();
    }

    /// <summary>A register's aggregates as their stored histories, in one serializer call.</summary>
    public void WriteAll(Utf8JsonWriter writer, IReadOnlyList<TAggregate> values, JsonSerializerOptions options)
    {
        var stored = new StoredHistory<TEvent>[values.Count];
        for (int i = 0; i < stored.Length; i++)
        {
            stored[i] = new StoredHistory<TEvent> { History = historyOf(values[i]) };
        }

        JsonSerializer.Serialize(writer, stored, (JsonTypeInfo<StoredHistory<TEvent>[]>)options.GetTypeInfo(typeof(StoredHistory<TEvent>[])));
    }

    private TEvent[] HistoryOf(TAggregate aggregate)
    {
        var history = historyOf(aggregate);
        var events = new TEvent[history.Count];
        for (int i = 0; i < events.Length; i++)
        {
            events[i] = history[i];
        }

        return events;
    }
}

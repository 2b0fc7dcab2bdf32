using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Every event type of the library by its stable name (<see cref="EventTypeAttribute"/>), for the readers and
/// writers of documents and stores.
/// </summary>
public static class EventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(EventTypes).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<EventTypeAttribute>() is not null)
        .ToFrozenDictionary(t => t.GetCustomAttribute<EventTypeAttribute>()!.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> NameByType = ByName.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);

    /// <summary>The stable names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The stable name of an event's type.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>For example <c>agreement.signed</c>.</returns>
    /// <exception cref="ArgumentException">The event's type is not one of the library's.</exception>
    public static string NameOf(IDomainEvent domainEvent) => NameOf(Guard.Against.Null(domainEvent).GetType());

    /// <summary>The stable name of an event type.</summary>
    /// <param name="eventType">The type.</param>
    /// <returns>For example <c>agreement.signed</c>.</returns>
    /// <exception cref="ArgumentException">The type is not one of the library's event types.</exception>
    public static string NameOf(Type eventType)
        => NameByType.TryGetValue(Guard.Against.Null(eventType), out string? name)
            ? name
            : throw new ArgumentException($"{eventType.Name} is not an event type of Gwanak.Innovation.", nameof(eventType));

    /// <summary>The event type with a stable name.</summary>
    /// <param name="name">The name, for example <c>agreement.signed</c>.</param>
    /// <param name="eventType">The type, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryGetType(string? name, [NotNullWhen(true)] out Type? eventType)
    {
        eventType = null;
        return name is not null && ByName.TryGetValue(name, out eventType);
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>
/// What a district stores, found by reflection as the document writer finds it: the registers of
/// <see cref="InnovationDistrict"/>, each aggregate as its history of events, and each value as the properties its one public
/// constructor takes (a property without a parameter is derived and not stored).
/// </summary>
internal static class StoredShape
{
    private static readonly Assembly Library = typeof(IDomainEvent).Assembly;

    /// <summary>Every event type the library names.</summary>
    public static IReadOnlyList<Type> EventTypes { get; } = [.. Primitives.EventTypes.Names.Select(n => Primitives.EventTypes.TryGetType(n, out var t) ? t : throw new InvalidOperationException(n))];

    /// <summary>The types of the records a district lists, register by register (an aggregate stands for its events).</summary>
    public static IReadOnlyList<Type> RecordTypes { get; } = [.. typeof(InnovationDistrict).GetProperties()
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        .Select(p => p.PropertyType.GetGenericArguments()[0])];

    /// <summary>Whether a type is an aggregate, stored as its history.</summary>
    public static bool IsAggregate(Type type) => type.GetMethod("Replay", BindingFlags.Public | BindingFlags.Static) is not null;

    /// <summary>Whether the document stores a value of this type member by member (a library type that is no primitive).</summary>
    public static bool IsComposite(Type type)
        => type.Assembly == Library && !type.IsEnum && type.Namespace != typeof(Money).Namespace && !IsAggregate(type);

    /// <summary>The stored properties of a composite value: those its one public constructor takes.</summary>
    public static IEnumerable<PropertyInfo> StoredProperties(Type type)
    {
        var parameters = type.GetConstructors() is [var only] ? only.GetParameters().Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => parameters.Contains(p.Name));
    }

    /// <summary>The type a member of this type stores values of: the type itself, or what a nullable or a list holds.</summary>
    public static Type Stored(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Stored(underlying);
        }

        return type != typeof(string) && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } sequence
            ? Stored(sequence.GetGenericArguments()[0])
            : type;
    }

    /// <summary>Every type a district document stores a value of, from its records and events down to the primitives.</summary>
    public static IReadOnlySet<Type> AllStoredTypes()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(EventTypes.Concat(RecordTypes).Append(typeof(LocalizedText)).Append(typeof(AdministrativeDistrictCode)));
        while (pending.TryPop(out var type))
        {
            type = Stored(type);
            if (IsAggregate(type) || !seen.Add(type) || !IsComposite(type))
            {
                continue;
            }

            foreach (var property in StoredProperties(type))
            {
                pending.Push(property.PropertyType);
            }
        }

        return seen;
    }

    /// <summary>Every stored object below <paramref name="root"/> (a district, a record or an event), each with its members' attributes.</summary>
    public static IEnumerable<(object Value, PropertyInfo? Member)> Walk(object root)
    {
        var pending = new Stack<(object Value, PropertyInfo? Member)>();
        pending.Push((root, null));
        while (pending.TryPop(out var item))
        {
            yield return item;
            var (value, _) = item;
            var type = value.GetType();
            IEnumerable<(object?, PropertyInfo?)> below = value switch
            {
                InnovationDistrict district => typeof(InnovationDistrict).GetProperties().Where(p => RecordTypes.Contains(Stored(p.PropertyType)) && p.PropertyType != typeof(string)).Select(p => (p.GetValue(district), (PropertyInfo?)null)),
                string => [],
                IEnumerable sequence => sequence.Cast<object?>().Select(e => (e, item.Member)),
                _ when IsAggregate(type) => [(type.GetProperty("History")!.GetValue(value), null)],
                _ when IsComposite(type) => StoredProperties(type).Select(p => (p.GetValue(value), (PropertyInfo?)p)),
                _ => [],
            };
            foreach (var (child, member) in below)
            {
                if (child is not null)
                {
                    pending.Push((child, member));
                }
            }
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// How the library's types appear in JSON, as changes to the source-generated contracts: events carry their stable type
/// name in <c>"type"</c>, and a value is written as the parameters of its one public constructor, in their order (an event's
/// id and date first); a property without a parameter is derived from them and not stored.
/// </summary>
internal static class Contracts
{
    private static readonly Assembly Library = typeof(IDomainEvent).Assembly;
    private static readonly ConcurrentDictionary<Type, string[]> Parameters = new();

    /// <summary>The name of the member that holds an event's stable type name.</summary>
    public const string TypeProperty = "type";

    /// <summary>Applies both changes to one contract.</summary>
    public static void Apply(JsonTypeInfo info)
    {
        if (info.Type.Assembly != Library || info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        if (typeof(IDomainEvent).IsAssignableFrom(info.Type) && info.Type.IsAbstract)
        {
            info.PolymorphismOptions = Polymorphism(info.Type);
            return;
        }

        var stored = Parameters.GetOrAdd(info.Type, t => t.GetConstructors() is [var only] ? [.. only.GetParameters().Select(p => p.Name!)] : []);
        for (int i = info.Properties.Count - 1; i >= 0; i--)
        {
            int position = Array.FindIndex(stored, p => string.Equals(p, info.Properties[i].Name, StringComparison.OrdinalIgnoreCase));
            if (position < 0)
            {
                info.Properties.RemoveAt(i);
            }
            else
            {
                info.Properties[i].Order = position;
            }
        }
    }

    private static JsonPolymorphismOptions Polymorphism(Type eventBase)
    {
        var options = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = TypeProperty,
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            IgnoreUnrecognizedTypeDiscriminators = false,
        };
        foreach (string name in EventTypes.Names)
        {
            if (EventTypes.TryGetType(name, out var type) && eventBase.IsAssignableFrom(type))
            {
                options.DerivedTypes.Add(new JsonDerivedType(type, name));
            }
        }

        return options;
    }
}

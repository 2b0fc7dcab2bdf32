using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// Every value a district stores (in its events and registers) is built by one public constructor whose parameters are its
/// stored properties, by name and type; a property without a parameter is derived. So a portal or a document reader builds
/// it from stored fields with no glue, and the interchange format is the constructors' parameters.
/// </summary>
public sealed class StorableValueTests
{
    public static TheoryData<string> StoredTypes => [.. Walk().Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(StoredTypes))]
    public void A_stored_value_is_built_by_one_public_constructor_of_its_properties(string typeName)
    {
        var type = Walk().Single(t => t.FullName == typeName);
        var ctors = type.GetConstructors();
        Assert.True(ctors.Length == 1, $"{type.Name} has {ctors.Length} public constructors; a stored value has one.");
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        Assert.All(ctors[0].GetParameters(), p =>
            Assert.True(
                properties.TryGetValue(p.Name!, out var property) && property.PropertyType == p.ParameterType,
                $"{type.Name}({p.ParameterType.Name} {p.Name}) has no property {p.Name} of that type."));
    }

    [Theory]
    [MemberData(nameof(StoredTypes))]
    public void A_stored_value_copied_through_its_constructor_is_equal_to_it(string typeName)
    {
        var type = Walk().Single(t => t.FullName == typeName);
        var samples = Samples().Where(v => v.GetType() == type).ToArray();
        Assert.True(samples.Length > 0, $"No sample of {type.Name}: add one to the event samples or to the register samples here.");
        foreach (var sample in samples)
        {
            var ctor = type.GetConstructors().Single();
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
            var copy = ctor.Invoke([.. ctor.GetParameters().Select(p => properties[p.Name!].GetValue(sample))]);
            Assert.Equal(sample, copy);
        }
    }

    /// <summary>Instances of the stored types: the event samples of every context and the values inside them, and records of the registers.</summary>
    private static IReadOnlyList<object> Samples()
    {
        var roots = typeof(StorableValueTests).Assembly.GetTypes()
            .Where(t => typeof(IEventSamples).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => ((IEventSamples)Activator.CreateInstance(t)!).Events)
            .Cast<object>()
            .Concat(Organizations.Gwanak2023Organizations.All)
            .Concat([Exchange.Gwanak2023Exchange.Trip(), Exchange.RecurringEventSamples.WorldKoreanBusinessConvention(), new Gwanak.Innovation.Ecosystem.IndicatorValue(Gwanak.Innovation.Ecosystem.Indicator.YouthPopulationShare, new LocalDate(2023, 8, 23), 41m, "press article, 2023-08-23")]);
        var stored = Walk().ToHashSet();
        var found = new List<object>();
        var pending = new Stack<object>(roots);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        while (pending.TryPop(out var value))
        {
            if (value.GetType().IsClass && !visited.Add(value))
            {
                continue;
            }

            if (stored.Contains(value.GetType()))
            {
                found.Add(value);
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    switch (property.GetValue(value))
                    {
                        case string or null:
                            break;
                        case System.Collections.IEnumerable items:
                            foreach (var item in items.Cast<object?>().Where(i => i is not null))
                            {
                                pending.Push(item!);
                            }

                            break;
                        case var other:
                            pending.Push(other);
                            break;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The stored types: the district's records and events, and the values they hold, down to the primitives the interchange writes as text.</summary>
    private static IReadOnlyList<Type> Walk()
    {
        var roots = typeof(InnovationDistrict).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .Where(t => !IsAggregate(t))
            .Concat(typeof(IDomainEvent).Assembly.GetTypes().Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }));
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(roots);
        while (pending.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                pending.Enqueue(type.GetGenericArguments()[0]);
                continue;
            }

            if (IsWrittenAsText(type) || !seen.Add(type))
            {
                continue;
            }

            foreach (var parameter in type.GetConstructors().SelectMany(c => c.GetParameters()))
            {
                pending.Enqueue(parameter.ParameterType);
            }
        }

        return [.. seen.OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }

    private static bool IsAggregate(Type type)
        => type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(EventSourcedAggregate<,,>);

    private static bool IsWrittenAsText(Type type)
        => type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
           || type.Namespace == "NodaTime" || type == typeof(Money) || type == typeof(LocalizedText) || type == typeof(PersonName)
           || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpanParsable<>));
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// Every public event type is the storable record of the interchange format: built from public members only, copied
/// through them to an equal value, named stably, and carrying its aggregate's id.
/// </summary>
public sealed partial class EventContractTests
{
    private static readonly Type[] EventClasses = [.. typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static readonly IDomainEvent[] Samples = [.. typeof(EventContractTests).Assembly.GetTypes()
        .Where(t => typeof(IEventSamples).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .SelectMany(t => ((IEventSamples)Activator.CreateInstance(t)!).Events)];

    public static TheoryData<string> EventTypeNames => [.. EventClasses.Select(t => t.FullName!)];

    [Fact]
    public void Every_event_type_is_named_once_in_the_registry()
        => Assert.Equal(EventClasses.Length, EventTypes.Names.Count);

    [Theory]
    [MemberData(nameof(EventTypeNames))]
    public void An_event_type_is_a_public_sealed_record_with_a_stable_name(string typeName)
    {
        var type = Find(typeName);
        string name = EventTypes.NameOf(type);
        Assert.True(type.IsPublic && type.IsSealed && type.GetMethod("<Clone>$") is not null, $"{type.Name} is not a public sealed record");
        Assert.Matches(StableName(), name);
        Assert.True(EventTypes.TryGetType(name, out var back) && back == type);
    }

    [Theory]
    [MemberData(nameof(EventTypeNames))]
    public void An_event_type_has_a_sample(string typeName)
        => Assert.Contains(Samples, e => e.GetType() == Find(typeName));

    [Theory]
    [MemberData(nameof(EventTypeNames))]
    public void An_event_copied_through_its_public_members_is_equal_to_it(string typeName)
    {
        foreach (var sample in Samples.Where(e => e.GetType() == Find(typeName)))
        {
            var copy = CopyThroughPublicMembers(sample);
            Assert.NotSame(sample, copy);
            Assert.Equal(sample, copy);
            Assert.Equal(sample.GetHashCode(), copy.GetHashCode());
        }
    }

    [Theory]
    [MemberData(nameof(EventTypeNames))]
    public void An_event_carries_its_aggregates_id(string typeName)
    {
        var type = Find(typeName);
        var idInterface = type.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEvent<>));
        var idProperty = type.GetProperties().Single(p => p.PropertyType == idInterface.GetGenericArguments()[0] && p.DeclaringType != type);
        foreach (var sample in Samples.Where(e => e.GetType() == type))
        {
            Assert.Equal(idProperty.GetValue(sample), idInterface.GetProperty("AggregateId")!.GetValue(sample));
        }
    }

    [Theory]
    [MemberData(nameof(EventTypeNames))]
    public void An_event_type_has_no_deconstruct_and_no_setters(string typeName)
    {
        var type = Find(typeName);
        Assert.Null(type.GetMethod("Deconstruct"));
        Assert.All(type.GetProperties(), p => Assert.True(p.SetMethod is null || !p.SetMethod.IsPublic, $"{type.Name}.{p.Name} has a public setter or init"));
    }

    /// <summary>Reads every public property and passes the values to the public constructor by parameter name.</summary>
    internal static IDomainEvent CopyThroughPublicMembers(IDomainEvent sample)
    {
        var type = sample.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var ctor = type.GetConstructors().Single(c => c.GetParameters().All(p => properties.ContainsKey(p.Name!)));
        var args = ctor.GetParameters().Select(p => properties[p.Name!].GetValue(sample)).ToArray();
        var copy = (IDomainEvent)ctor.Invoke(args);

        // Every stored fact goes through the constructor: no public property is left for it to lose.
        var unset = properties.Keys.Where(k => ctor.GetParameters().All(p => !string.Equals(p.Name, k, StringComparison.OrdinalIgnoreCase)) && !string.Equals(k, "Date", StringComparison.Ordinal)).ToArray();
        Assert.True(unset.Length == 0 || unset.All(k => Equals(properties[k].GetValue(sample), properties[k].GetValue(copy))), $"{type.Name} has public members its constructor does not take: {string.Join(", ", unset)}");
        return copy;
    }

    private static Type Find(string typeName) => EventClasses.Single(t => t.FullName == typeName);

    [GeneratedRegex("^[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*$")]
    private static partial Regex StableName();

    [Fact]
    public void A_type_that_is_no_event_of_the_library_has_no_stable_name()
    {
        var e = Assert.Throws<System.ArgumentException>(() => EventTypes.NameOf(typeof(string)));
        Assert.Equal("eventType", e.ParamName);
        Assert.StartsWith("String is not an event type of Gwanak.Innovation.", e.Message, System.StringComparison.Ordinal);
    }
}

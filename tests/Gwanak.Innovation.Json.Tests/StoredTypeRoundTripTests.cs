using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using CsCheck;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Testing;
using Gwanak.Innovation.Tests.Primitives;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>
/// Each event type, primitive and enum a document stores round-trips on its own through <see cref="DistrictJson.Options"/>.
/// The types are found by reflection (the library's event registry, and the stored members of every record and event
/// down to the primitives), so a new event type or primitive fails here until it has a generator and round-trips.
/// </summary>
public sealed class StoredTypeRoundTripTests
{
    private static readonly Lazy<ILookup<Type, IDomainEvent>> GeneratedEvents = new(() => DistrictGen.Districts.Array[400].Single()
        .SelectMany(d => StoredShape.Walk(d).Select(w => w.Value).OfType<IDomainEvent>())
        .ToLookup(e => e.GetType()));

    /// <summary>Generators of the primitives whose text has a structure of its own; every other parsable primitive is an identifier.</summary>
    private static readonly Dictionary<Type, Gen<object>> Structured = new()
    {
        [typeof(BusinessRegistrationNumber)] = ValidPrimitives.BusinessNumbers.Select(v => (object)v),
        [typeof(CorporateRegistrationNumber)] = ValidPrimitives.CorporateNumbers.Select(v => (object)v),
        [typeof(AdministrativeDistrictCode)] = ValidPrimitives.DistrictCodes.Select(v => (object)v),
        [typeof(DateRange)] = ValidPrimitives.DateRanges.Select(v => (object)v),
        [typeof(Money)] = ValidPrimitives.Money.Select(v => (object)v),
        [typeof(LocalizedText)] = Texts().Select(t => (object)t),
        [typeof(PersonName)] = Gen.Select(Texts(), Gen.Int[0, 100_000]).Select((t, n) => (object)(n % 2 == 0 ? new PersonName(t) : DistrictGen.Person(n))),
    };

    public static TheoryData<string> EventTypeNames => [.. EventTypes.Names];

    public static TheoryData<string> PrimitiveTypeNames => [.. StoredPrimitives()];

    public static TheoryData<string> EnumTypeNames => [.. StoredShape.AllStoredTypes().Where(t => t.IsEnum && t.Assembly == typeof(Money).Assembly).Select(t => t.FullName!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(EventTypeNames))]
    public void An_event_type_round_trips_alone_under_its_stable_name(string name)
    {
        Assert.True(EventTypes.TryGetType(name, out var type));
        var events = GeneratedEvents.Value[type!].ToArray();
        Assert.True(events.Length > 0, $"400 generated districts hold no {name} event: teach DistrictGen the transition that records it.");
        var declared = type!.BaseType!;
        foreach (var sample in events)
        {
            string json = JsonSerializer.Serialize(sample, declared, DistrictJson.Options);
            using (var document = JsonDocument.Parse(json))
            {
                var first = document.RootElement.EnumerateObject().First();
                Assert.Equal(("type", name), (first.Name, first.Value.GetString()));
            }

            var back = JsonSerializer.Deserialize(json, declared, DistrictJson.Options);
            Assert.Equal(sample, back);
            Assert.Equal(json, JsonSerializer.Serialize(back, declared, DistrictJson.Options));
        }
    }

    [Fact]
    public void The_stored_primitives_are_found()
        => Assert.Superset(
            new HashSet<string>([typeof(OrganizationId).FullName!, typeof(Money).FullName!, typeof(PersonName).FullName!, typeof(DateRange).FullName!, typeof(BusinessRegistrationNumber).FullName!]),
            new HashSet<string>(StoredPrimitives()));

    [Theory]
    [MemberData(nameof(PrimitiveTypeNames))]
    public void A_stored_primitive_round_trips(string typeName)
    {
        var type = typeof(Money).Assembly.GetType(typeName)!;
        var gen = Structured.TryGetValue(type, out var structured) ? structured : Identifiers(type);
        Assert.True(gen is not null, $"{type.Name} is stored but has no generator here: add one to {nameof(Structured)}.");
        gen!.Sample(value =>
        {
            string json = JsonSerializer.Serialize(value, type, DistrictJson.Options);
            var back = JsonSerializer.Deserialize(json, type, DistrictJson.Options);
            Assert.Equal(value, back);
            Assert.Equal(json, JsonSerializer.Serialize(back, type, DistrictJson.Options));
        });
    }

    [Theory]
    [MemberData(nameof(EnumTypeNames))]
    public void Every_member_of_a_stored_library_enum_round_trips_by_its_stable_name(string typeName)
    {
        var type = typeof(Money).Assembly.GetType(typeName)!;
        foreach (object member in Enum.GetValues(type))
        {
            string json = JsonSerializer.Serialize(member, type, DistrictJson.Options);
            Assert.StartsWith("\"", json, StringComparison.Ordinal);
            Assert.Equal(member, JsonSerializer.Deserialize(json, type, DistrictJson.Options));
        }
    }

    private static IEnumerable<string> StoredPrimitives()
        => StoredShape.AllStoredTypes().Where(t => t.Namespace == typeof(Money).Namespace && !t.IsEnum).Select(t => t.FullName!).Order(StringComparer.Ordinal);

    /// <summary>Identifiers of a parsable type: strings of the characters ids are made of, those its parser accepts.</summary>
    private static Gen<object>? Identifiers(Type type)
    {
        if (!type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>)))
        {
            return null;
        }

        var tryParse = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()])!;
        return Gen.String[Gen.Char["abcxyz0189-_.:"], 1, 100].Select(s =>
        {
            object?[] arguments = [s, null, null];
            return (bool)tryParse.Invoke(null, arguments)! ? arguments[2] : null;
        }).Where(v => v is not null).Select(v => v!);
    }

    private static Gen<LocalizedText> Texts()
    {
        // Characters a writer must escape or may pass through, all in the basic plane (a lone surrogate is no text).
        string[] cultures = ["ko", "en", "ja", "zh-Hant", "fr-CA"];
        var text = Gen.String[Gen.Char["가나다관악abcXYZ019 \"\\/\n\t\r\u0001\u001f<>&'+é€\u2028\u00a0\u200b"], 1, 40];
        return Gen.Select(text, text, Gen.Int[0, cultures.Length - 1], (first, second, c) => (First: first, Second: second, Culture: cultures[c]))
            .Where(t => !string.IsNullOrWhiteSpace(t.First) && !string.IsNullOrWhiteSpace(t.Second))
            .Select(t => LocalizedText.Create(t.First, t.Second).With(t.Culture, t.First + t.Second));
    }
}

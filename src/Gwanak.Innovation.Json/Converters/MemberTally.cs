using System;
using System.Text.Json.Serialization.Metadata;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// The member names the first, unlocated read of a document accounts for: each object read through its contract counts
/// every member its contract has (an event one more, for its <c>"type"</c>), and each converter that reads member names
/// itself (a text's cultures, an amount's members, the document's root) counts those it read.
/// </summary>
/// <remarks>
/// The first read does not track, object by object, which members it was given (the serializer would make a record of
/// them for every object). Instead, <see cref="DocumentScan"/> counts the names the document has and makes sure no object
/// gives one twice; the serializer refuses a name no contract has. So each object gives at most the members its contract
/// has, and the two counts agree only when every object gives all of them. When they do not, the document is read again
/// by the locating read, which names the member missing.
/// </remarks>
internal static class MemberTally
{
    [ThreadStatic]
    private static long counted;

    /// <summary>The names counted on this thread since <see cref="Reset"/>.</summary>
    public static long Counted => counted;

    /// <summary>Starts a count.</summary>
    public static void Reset() => counted = 0;

    /// <summary>Counts member names read.</summary>
    /// <param name="names">How many.</param>
    public static void Add(int names) => counted += names;

    /// <summary>Makes each object read through a contract count its members (a contract change for the first read only).</summary>
    /// <param name="info">The contract.</param>
    public static void Count(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // A concrete event is read through its base type, which reads the "type" member first.
        int names = info.Properties.Count + (typeof(IDomainEvent).IsAssignableFrom(info.Type) && !info.Type.IsAbstract ? 1 : 0);
        info.OnDeserialized = _ => Add(names);
    }
}

using System;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// The stable name of an event type, for example <c>agreement.signed</c>: what a district document and a store write
/// for the event, whatever the .NET type is later renamed to. <see cref="EventTypes"/> lists them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute : Attribute
{
    /// <summary>Names an event type.</summary>
    /// <param name="name">The aggregate's name and the event in the past tense, lower case with dots and dashes, for example <c>fund.investment-made</c>.</param>
    public EventTypeAttribute(string name) => Name = Guard.Against.NullOrWhiteSpace(name);

    /// <summary>The stable name.</summary>
    public string Name { get; }
}

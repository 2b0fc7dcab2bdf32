using System.Collections.Generic;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// Sample events of one context, built through the public API. Every event type of the library must appear in some
/// implementation (the contract tests find them all by reflection and fail on a type without a sample).
/// </summary>
internal interface IEventSamples
{
    /// <summary>The samples; together they cover every event type of the context.</summary>
    IEnumerable<IDomainEvent> Events { get; }
}

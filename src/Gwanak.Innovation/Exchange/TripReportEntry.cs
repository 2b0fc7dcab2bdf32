using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>One line of a trip report's day: when (at home and on the local clock), where, and what happened.</summary>
/// <param name="HomeTime">When, on the home clock.</param>
/// <param name="LocalTime">When, on the clock of <paramref name="Place"/>.</param>
/// <param name="Place">Where it happened (for a leg, where it left).</param>
/// <param name="Description">What happened, in Korean and English.</param>
/// <param name="Organization">The organisation visited, for a visit.</param>
public sealed record TripReportEntry(ZonedDateTime HomeTime, ZonedDateTime LocalTime, Place Place, LocalizedText Description, OrganizationId? Organization);

using System.Collections.Generic;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>One calendar day of a trip in the home zone: where the delegation was and what it did, in time order.</summary>
/// <param name="Number">The day's number, 1 for the day of departure.</param>
/// <param name="HomeDate">The day in the home zone.</param>
/// <param name="Places">The places where the delegation was on the ground that day, in time order, the places of its visits included (it may also have been in the air).</param>
/// <param name="InTransit">True when the delegation spent part of the day on a leg.</param>
/// <param name="Entries">What happened, in time order.</param>
public sealed record TripReportDay(int Number, LocalDate HomeDate, IReadOnlyList<Place> Places, bool InTransit, IReadOnlyList<TripReportEntry> Entries);

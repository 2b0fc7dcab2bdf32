using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>Something was done within the tie (a visit, a call, a joint event) without changing its stage.</summary>
/// <param name="Date">The day of the activity.</param>
/// <param name="Description">What was done, for example the 2023-07-24 visit of Fullerton's representatives to Gwanak-gu.</param>
public sealed record PartnershipActivityRecorded(LocalDate Date, string Description) : PartnershipEvent(Date);

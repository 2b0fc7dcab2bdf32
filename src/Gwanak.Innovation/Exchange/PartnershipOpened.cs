using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A district began exploring a tie with a city.</summary>
/// <param name="Date">The day of the first recorded contact.</param>
/// <param name="District">The home district, for example <see cref="AdministrativeDistrictCode"/> 11620 (Gwanak-gu).</param>
/// <param name="City">The partner city.</param>
/// <param name="Note">What the first contact was.</param>
public sealed record PartnershipOpened(LocalDate Date, AdministrativeDistrictCode District, PartnerCity City, string Note) : PartnershipEvent(Date);

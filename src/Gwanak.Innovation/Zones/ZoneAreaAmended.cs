using System.Collections.Immutable;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The designated area was amended by a notice.</summary>
/// <param name="Date">The day the amendment took effect.</param>
/// <param name="AreaSquareKilometres">The new area in km².</param>
/// <param name="LegalDongs">The legal dongs covered after the amendment.</param>
/// <param name="NoticeReference">The reference of the amending notice.</param>
public sealed record ZoneAreaAmended(
    LocalDate Date,
    decimal AreaSquareKilometres,
    ImmutableArray<AdministrativeDistrictCode> LegalDongs,
    string NoticeReference) : ZoneEvent(Date);

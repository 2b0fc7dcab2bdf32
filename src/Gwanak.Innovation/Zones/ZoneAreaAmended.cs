using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The designated area was amended by a notice.</summary>
[EventType("zone.area-amended")]
public sealed record ZoneAreaAmended : ZoneEvent
{
    /// <summary>Records an amendment.</summary>
    /// <param name="zone">The zone's id.</param>
    /// <param name="date">The day the amendment took effect.</param>
    /// <param name="areaSquareKilometres">The new area in km², more than zero.</param>
    /// <param name="legalDongs">The legal dongs (10-digit codes) covered after the amendment, at least one; kept once each, in code order.</param>
    /// <param name="noticeReference">The reference of the amending notice; surrounding white space is dropped.</param>
    /// <exception cref="System.ArgumentException">
    /// The id is default, the area is not positive, the legal dongs are empty or include a code that is not a legal
    /// dong, or the notice reference is empty.
    /// </exception>
    public ZoneAreaAmended(ZoneId zone, LocalDate date, decimal areaSquareKilometres, EquatableArray<AdministrativeDistrictCode> legalDongs, string noticeReference)
        : base(zone, date)
    {
        AreaSquareKilometres = Guard.Against.NegativeOrZero(areaSquareKilometres);
        LegalDongs = ZoneFacts.LegalDongs(legalDongs, nameof(legalDongs));
        NoticeReference = Guard.Against.NullOrWhiteSpace(noticeReference).Trim();
    }

    /// <summary>The new area in km².</summary>
    public decimal AreaSquareKilometres { get; }

    /// <summary>The legal dongs covered after the amendment, in code order.</summary>
    public EquatableArray<AdministrativeDistrictCode> LegalDongs { get; }

    /// <summary>The reference of the amending notice.</summary>
    public string NoticeReference { get; }
}

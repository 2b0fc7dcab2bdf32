using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A district began exploring a tie with a city: the first event of every city partnership.</summary>
[EventType("city-partnership.opened")]
public sealed record PartnershipOpened : PartnershipEvent
{
    /// <summary>Records the opening.</summary>
    /// <param name="partnership">The partnership's id.</param>
    /// <param name="date">The day of the first recorded contact.</param>
    /// <param name="district">The home district, for example <see cref="AdministrativeDistrictCode"/> 11620 (Gwanak-gu).</param>
    /// <param name="city">The partner city.</param>
    /// <param name="note">What the first contact was.</param>
    /// <exception cref="System.ArgumentException">The id or the district code is default, the city is null or the note is empty.</exception>
    public PartnershipOpened(PartnershipId partnership, LocalDate date, AdministrativeDistrictCode district, PartnerCity city, string note)
        : base(partnership, date)
    {
        District = Guard.Against.Default(district);
        City = Guard.Against.Null(city);
        Note = Guard.Against.NullOrWhiteSpace(note).Trim();
    }

    /// <summary>The home district.</summary>
    public AdministrativeDistrictCode District { get; }

    /// <summary>The partner city.</summary>
    public PartnerCity City { get; }

    /// <summary>What the first contact was.</summary>
    public string Note { get; }
}

using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A dormant tie was brought back to the live stage it had before.</summary>
[EventType("city-partnership.revived")]
public sealed record PartnershipRevived : PartnershipEvent
{
    /// <summary>Records a revival.</summary>
    /// <param name="partnership">The partnership's id.</param>
    /// <param name="date">The day of the revival.</param>
    /// <param name="note">Why, in words; <see langword="null"/> when none was given.</param>
    /// <exception cref="System.ArgumentException">The id is default.</exception>
    public PartnershipRevived(PartnershipId partnership, LocalDate date, string? note)
        : base(partnership, date) => Note = PartnershipNotes.Normalize(note);

    /// <summary>Why, in words; <see langword="null"/> when none was given.</summary>
    public string? Note { get; }
}

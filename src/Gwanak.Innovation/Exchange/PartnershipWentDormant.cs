using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>The tie was declared dormant: it exists on paper but nothing happens.</summary>
[EventType("city-partnership.went-dormant")]
public sealed record PartnershipWentDormant : PartnershipEvent
{
    /// <summary>Records that the tie went dormant.</summary>
    /// <param name="partnership">The partnership's id.</param>
    /// <param name="date">The day it was declared dormant.</param>
    /// <param name="note">Why, in words; <see langword="null"/> when none was given.</param>
    /// <exception cref="System.ArgumentException">The id is default.</exception>
    public PartnershipWentDormant(PartnershipId partnership, LocalDate date, string? note)
        : base(partnership, date) => Note = PartnershipNotes.Normalize(note);

    /// <summary>Why, in words; <see langword="null"/> when none was given.</summary>
    public string? Note { get; }
}

using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>The tie was ended; nothing more can happen to it.</summary>
[EventType("city-partnership.ended")]
public sealed record PartnershipEnded : PartnershipEvent
{
    /// <summary>Records the end.</summary>
    /// <param name="partnership">The partnership's id.</param>
    /// <param name="date">The day it ended.</param>
    /// <param name="note">Why, in words; <see langword="null"/> when none was given.</param>
    /// <exception cref="System.ArgumentException">The id is default.</exception>
    public PartnershipEnded(PartnershipId partnership, LocalDate date, string? note)
        : base(partnership, date) => Note = PartnershipNotes.Normalize(note);

    /// <summary>Why, in words; <see langword="null"/> when none was given.</summary>
    public string? Note { get; }
}

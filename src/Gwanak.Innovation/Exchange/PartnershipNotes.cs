namespace Gwanak.Innovation.Exchange;

/// <summary>How a partnership event keeps an optional note.</summary>
internal static class PartnershipNotes
{
    /// <summary>The note trimmed, or <see langword="null"/> when it is empty.</summary>
    /// <param name="note">The note as given.</param>
    /// <returns>The note to store.</returns>
    public static string? Normalize(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}

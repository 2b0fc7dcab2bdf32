using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The parties renewed the agreement explicitly, extending its current term.</summary>
public sealed record AgreementRenewed : AgreementEvent
{
    internal AgreementRenewed(LocalDate date, Period extension, LocalDate newExpiryDate)
        : base(date)
    {
        Extension = extension;
        NewExpiryDate = newExpiryDate;
    }

    /// <summary>How much the current term was extended by.</summary>
    public Period Extension { get; }

    /// <summary>The last day of the extended term.</summary>
    public LocalDate NewExpiryDate { get; }

    /// <summary>One line of a timeline.</summary>
    /// <returns>The date, the extension and the new expiry date.</returns>
    public override string ToString() => $"{Day}  renewed by {Extension}; now expires {NewExpiryDate:uuuu-MM-dd}";
}

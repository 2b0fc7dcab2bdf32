using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>A day from which an agreement's status is another (see <see cref="Agreement.StatusChanges"/>).</summary>
public sealed record AgreementStatusChange
{
    internal AgreementStatusChange(LocalDate from, AgreementStatus status)
    {
        From = from;
        Status = status;
    }

    /// <summary>The first day of the status.</summary>
    public LocalDate From { get; }

    /// <summary>The status from that day on, until the next change.</summary>
    public AgreementStatus Status { get; }
}

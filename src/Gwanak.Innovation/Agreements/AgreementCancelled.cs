using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The agreement was cancelled before every party had signed.</summary>
[EventType("agreement.cancelled")]
public sealed record AgreementCancelled : AgreementEvent
{
    /// <summary>Records a cancellation.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="date">The day of cancellation.</param>
    /// <param name="reason">Why it was cancelled.</param>
    /// <exception cref="System.ArgumentException">The id is default or the reason null.</exception>
    public AgreementCancelled(AgreementId agreement, LocalDate date, LocalizedText reason)
        : base(agreement, date) => Reason = Guard.Against.Null(reason);

    /// <summary>Why it was cancelled.</summary>
    public LocalizedText Reason { get; }
}

using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The agreement was cancelled before every party had signed.</summary>
public sealed record AgreementCancelled : AgreementEvent
{
    internal AgreementCancelled(LocalDate date, LocalizedText reason)
        : base(date) => Reason = reason;

    /// <summary>Why it was cancelled.</summary>
    public LocalizedText Reason { get; }

    /// <summary>One line of a timeline.</summary>
    /// <returns>The date and the reason.</returns>
    public override string ToString() => $"{Day}  cancelled: {Reason.English}";
}

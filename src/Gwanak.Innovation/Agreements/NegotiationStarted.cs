using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The draft was put to the other parties for negotiation and signature.</summary>
public sealed record NegotiationStarted : AgreementEvent
{
    internal NegotiationStarted(LocalDate date)
        : base(date)
    {
    }

    /// <summary>One line of a timeline.</summary>
    /// <returns>The date and the event.</returns>
    public override string ToString() => $"{Day}  negotiation started";
}

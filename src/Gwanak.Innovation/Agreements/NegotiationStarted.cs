using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The draft was put to the other parties for negotiation and signature.</summary>
[EventType("agreement.negotiation-started")]
public sealed record NegotiationStarted : AgreementEvent
{
    /// <summary>Records the start of negotiation.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="date">The day negotiation started.</param>
    /// <exception cref="System.ArgumentException">The id is default.</exception>
    public NegotiationStarted(AgreementId agreement, LocalDate date)
        : base(agreement, date)
    {
    }
}

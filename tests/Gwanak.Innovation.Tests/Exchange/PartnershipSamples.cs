using System.Collections.Generic;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

internal sealed class PartnershipSamples : IEventSamples
{
    public IEnumerable<IDomainEvent> Events
        => CupertinoTie()
            .RecordCouncilResolution(new CouncilResolution(new LocalDate(2025, 1, 1), "의안 제2025-3호", PartnershipStage.SisterCity))
            .AdvanceTo(new LocalDate(2025, 3, 1), PartnershipStage.SisterCity, PartnershipPolicy.FriendshipByResolution(new LocalDate(2024, 1, 1)), new AgreementId("sister-gwanak-cupertino"), "Sister-city agreement (illustrative).")
            .GoDormant(new LocalDate(2027, 1, 1), "No exchange for two years.")
            .Revive(new LocalDate(2027, 6, 1))
            .End(new LocalDate(2030, 1, 1), "Ended by both councils (illustrative).")
            .History;
}

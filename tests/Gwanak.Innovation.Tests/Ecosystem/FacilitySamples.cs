using System.Collections.Generic;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

internal sealed class FacilitySamples : IEventSamples
{
    public IEnumerable<IDomainEvent> Events
        => Facility.Create(new FacilityId("gwanak-s-valley-startup-centre"), new LocalDate(2021, 4, 1), LocalizedText.Create("관악S밸리 창업센터", "Gwanak S-Valley Startup Centre"), FacilityKind.StartupCentre, new OrganizationId("gwanak-gu-office"), Bongcheon, true, 20)
            .MoveIn(new LocalDate(2021, 5, 3), Brn(1))
            .MoveIn(new LocalDate(2021, 5, 3), Brn(2), new LocalDate(2022, 4, 30))
            .MoveOut(new LocalDate(2022, 12, 31), Brn(1))
            .History;
}

using System.Collections.Generic;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Zones;

internal sealed class ZoneSamples : IEventSamples
{
    public IEnumerable<IDomainEvent> Events
        => DesignatedZone()
            .AmendArea(new LocalDate(2024, 5, 1), 0.80m, [Bongcheon, Sillim, Namhyeon], "amendment notice 2024")
            .Lift(new LocalDate(2030, 1, 1), "notice 2029-12", "purpose achieved")
            .History;
}

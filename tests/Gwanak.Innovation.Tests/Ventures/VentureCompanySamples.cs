using System.Collections.Generic;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using Gwanak.Innovation.Ventures;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ventures;

internal sealed class VentureCompanySamples : IEventSamples
{
    public IEnumerable<IDomainEvent> Events
        => Company(2, Bongcheon, new LocalDate(2021, 3, 1))
            .Confirm(new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2024, 3, 1)))
            .ReportEmployees(new LocalDate(2023, 1, 1), 40)
            .CancelConfirmation(new LocalDate(2023, 6, 1), new VentureConfirmation(VentureConfirmationType.InnovativeGrowth, new LocalDate(2021, 3, 1)))
            .History;
}

using System.Collections.Generic;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

internal sealed class SupportProgramSamples : IEventSamples
{
    public IEnumerable<IDomainEvent> Events
        => SupportProgram.Create(new SupportProgramId("seoul-campus-town"), new LocalDate(2018, 12, 1), LocalizedText.Create("서울 캠퍼스타운", "Seoul Campus Town"), Seoul)
            .SelectForRound(new LocalDate(2019, 2, 15), 1, DateRange.Parse("2019-03-01/2021-12-31"))
            .SelectForRound(new LocalDate(2022, 2, 15), 2, DateRange.Parse("2022-03-01/2025-12-31"))
            .AddOrganization(new LocalDate(2022, 3, 1), 2, Snu)
            .AddCompany(new LocalDate(2022, 4, 1), 2, Brn(1))
            .History;
}

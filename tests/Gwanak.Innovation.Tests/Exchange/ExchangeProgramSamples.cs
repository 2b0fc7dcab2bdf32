using System.Collections.Generic;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

internal sealed class ExchangeProgramSamples : IEventSamples
{
    public IEnumerable<IDomainEvent> Events
    {
        get
        {
            var student = new ProgramParticipant(PersonName.Create("김하나", "Kim Hana"), new OrganizationId("snu"));
            return ExchangeProgram.Create(new ExchangeProgramId("oc-internship-2024"), new LocalDate(2024, 1, 1), ExchangeProgramKind.OverseasInternship, LocalizedText.Create("오렌지카운티 해외인턴십", "Orange County overseas internship"), Kaccoc, KaccocMou, 5)
                .Enroll(new LocalDate(2024, 1, 2), student, DateRange.Parse("2024-01-08/2024-02-23"))
                .Enroll(new LocalDate(2024, 1, 3), new ProgramParticipant(PersonName.Of("en", "Volunteer")), DateRange.Parse("2024-03-01/.."))
                .Withdraw(new LocalDate(2024, 1, 31), student, new LocalDate(2024, 1, 31))
                .History;
        }
    }
}

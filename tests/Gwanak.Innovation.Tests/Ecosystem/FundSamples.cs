using System.Collections.Generic;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

internal sealed class FundSamples : IEventSamples
{
    public IEnumerable<IDomainEvent> Events
        => Fund.Create(new FundId("gwanak-startup-fund"), new LocalDate(2021, 1, 4), LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), new OrganizationId("gwanak-gu-office"), Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4))
            .Commit(new LocalDate(2021, 1, 4), new OrganizationId("gwanak-gu-office"), Money.Parse("50억 원"))
            .Invest(new LocalDate(2022, 3, 2), Brn(1), Money.Parse("5억 원"))
            .Exit(new LocalDate(2024, 5, 2), Brn(1), Money.Parse("2억 원"), Money.Parse("6억 원"))
            .Distribute(new LocalDate(2024, 6, 3), new OrganizationId("gwanak-gu-office"), Money.Parse("6억 원"))
            .ReturnCapital(new LocalDate(2025, 1, 6), new OrganizationId("gwanak-gu-office"), Money.Parse("10억 원"))
            .ExtendTerm(new LocalDate(2028, 11, 1), Period.FromYears(1))
            .History;
}

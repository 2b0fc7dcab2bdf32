using System.Collections.Generic;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Governance;

internal sealed class GovernanceSamples : IEventSamples
{
    public IEnumerable<IDomainEvent> Events
    {
        get
        {
            LocalDate launch = new(2023, 1, 1);
            var president = PersonName.Create("서울대학교 총장", "President of Seoul National University");
            return GovernanceBody.Create(new OrganizationId("gwanak-innovation-council"), launch, LocalizedText.Create("관악S밸리 지역혁신 거버넌스", "Gwanak S-Valley innovation council"))
                .AddPost(launch, new Post("co-chair", LocalizedText.Create("공동위원장", "Co-chair")))
                .AddMembership(new Membership(new OrganizationId("snu"), HelixSector.Academia, LocalizedText.Create("공동위원장", "Co-chair"), new DateRange(launch), president, "co-chair"))
                .AddMembership(new Membership(new OrganizationId("gwanak-chamber-of-commerce"), HelixSector.Industry, LocalizedText.Create("위원", "Member"), new DateRange(launch)))
                .EndMembership(new LocalDate(2024, 12, 31), new OrganizationId("snu"), launch, president)
                .EndMembership(new LocalDate(2024, 6, 30), new OrganizationId("gwanak-chamber-of-commerce"), launch)
                .History;
        }
    }
}

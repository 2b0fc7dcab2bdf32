using System;
using System.Collections.Generic;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Testing;

/// <summary>
/// Many plain two-party agreements, for the benchmarks and the portal's load client (eng/load): drafted between 2010 and
/// 2023, negotiation started five days later, seven in ten signed by both parties on the effective date.
/// </summary>
public static class GeneratedAgreements
{
    private static readonly DateTimeZone Seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    /// <summary>Generated agreements between the given parties, the same for the same arguments.</summary>
    /// <param name="parties">The organizations to choose two parties from.</param>
    /// <param name="count">The number of agreements.</param>
    /// <returns>The agreements, ids <c>generated-000000</c> upwards.</returns>
    public static IEnumerable<Agreement> Between(OrganizationId[] parties, int count)
    {
        var random = new Random(20230823);
        for (int i = 0; i < count; i++)
        {
            var first = parties[random.Next(parties.Length)];
            var second = parties[(Array.IndexOf(parties, first) + 1 + random.Next(parties.Length - 1)) % parties.Length];
            var drafted = new LocalDate(2010, 1, 1).PlusDays(random.Next(365 * 14));
            var effective = drafted.PlusDays(20);
            var agreement = Agreement.Create(
                    new AgreementId($"generated-{i:D6}"),
                    drafted,
                    (AgreementKind)random.Next(2),
                    LocalizedText.Create($"생성된 협약 {i}", $"Generated agreement {i}"),
                    [first, second],
                    [],
                    AgreementBinding.NonBinding,
                    new AgreementTerms(effective, Period.FromYears(1 + random.Next(3)), Period.FromMonths(1 + random.Next(6))))
                .StartNegotiation(drafted.PlusDays(5));
            if (random.Next(10) < 7)
            {
                var signedAt = effective.At(new LocalTime(10, 0)).InZoneStrictly(Seoul);
                agreement = agreement
                    .Sign(new Signature(first, PersonName.Of("en", "Head of the first party"), signedAt))
                    .Sign(new Signature(second, PersonName.Of("en", "Head of the second party"), signedAt.PlusMinutes(5)));
            }

            yield return agreement;
        }
    }
}

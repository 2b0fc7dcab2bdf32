using System.Collections.Generic;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

/// <summary>
/// The events of the trilateral MOU amended, renewed and put under notice, of the bilateral MOU cancelled before signing,
/// and of an illustrative business agreement whose term starts on signing, counting the first day, ended by notice of
/// non-renewal.
/// </summary>
internal sealed class AgreementSamples : IEventSamples
{
    public IEnumerable<IDomainEvent> Events
    {
        get
        {
            var trilateral = Trilateral();
            trilateral = trilateral
                .Amend(new LocalDate(2024, 3, 1), LocalizedText.Create("통지 기간을 3개월로 연장", "Notice period extended to three months"), trilateral.Terms.WithTerminationNotice(Period.FromMonths(3)), trilateral.Commitments)
                .Renew(new LocalDate(2025, 5, 1), Period.FromYears(2))
                .GiveTerminationNotice(new LocalDate(2026, 2, 10), Federation);
            var cancelled = BilateralUnderNegotiation()
                .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 7, 11, 11, 0).InZoneStrictly(LosAngeles)))
                .Cancel(new LocalDate(2023, 7, 12), LocalizedText.Create("일정 변경으로 취소", "The visit was rescheduled"));
            var notRenewed = Agreement.Create(
                    new AgreementId("agreement-2024-chamber-information-exchange"),
                    new LocalDate(2024, 3, 1),
                    AgreementKind.BusinessAgreement,
                    LocalizedText.Create("회원 기업 정보 교류", "Exchange of information on member companies"),
                    [GwanakOffice, Chamber],
                    [new Commitment(Chamber, CommitmentCategory.InformationExchange, LocalizedText.Create("회원 기업 정보 제공", "Share information on member companies"))],
                    AgreementBinding.NonBinding,
                    AgreementTerms.FromSigning(Period.FromYears(1), Period.FromMonths(2), Period.FromYears(1), PeriodCounting.FirstDayIncluded))
                .StartNegotiation(new LocalDate(2024, 3, 4))
                .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2024, 3, 15, 10, 0).InZoneStrictly(Seoul)))
                .Sign(new Signature(Chamber, ChamberHead, new LocalDateTime(2024, 3, 15, 10, 5).InZoneStrictly(Seoul)))
                .GiveNonRenewalNotice(new LocalDate(2025, 1, 10), Chamber);
            return [.. trilateral.History, .. cancelled.History, .. notRenewed.History];
        }
    }
}

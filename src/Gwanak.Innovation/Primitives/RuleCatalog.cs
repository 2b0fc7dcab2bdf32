using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Every rule id the library raises, with its context, meaning and source, in one place; <c>docs/rules.md</c> is
/// generated from it. The ids themselves are constants on each context's rules class (<see cref="AgreementRules"/>, …).
/// </summary>
public static class RuleCatalog
{
    private const string Model = "Gwanak.Innovation's event model: an aggregate is the fold of its history (docs/architecture.md)";
    private const string Iso4217 = "ISO 4217 currency codes: amounts in different currencies are not added or compared without an exchange rate";
    private const string KoreanIds = "법정동코드 (행정표준코드관리시스템, Ministry of the Interior and Safety); Value-Added Tax Act Art. 8 (business registration); Commercial Registration Act (corporate registration numbers)";
    private const string DecimalRange = "The range of the .NET decimal every amount is held in (System.Decimal: 96-bit integer scaled by a power of ten)";
    private const string IsoCalendar = "The ISO calendar of NodaTime the model counts dates in (LocalDate.MinIsoValue -9998-01-01 to LocalDate.MaxIsoValue 9999-12-31)";
    private const string Popolo = "Popolo data specification, Post and Membership (https://www.popoloproject.com/specs/)";
    private const string Ocds = "Open Contracting Data Standard, contract status codelist (https://standard.open-contracting.org/latest/en/schema/codelists/#contract-status)";
    private const string Mou = "MOU practice: parties, a commitment per party, signature by every party, term, renewal and notice (docs/domain.md)";
    private const string NonRenewal = "MOU practice: renewed automatically unless a party gives notice before expiry (docs/domain.md); the last notice day counted back from the expiry as the Civil Code (민법) Art. 155, 157, 159 and 160 count periods";
    private const string VentureActZone = "Act on Special Measures for the Promotion of Venture Businesses (벤처기업육성에 관한 특별조치법) Art. 18-4 (request by the governor, designation and notice by the Minister; requirements and procedures, amendment and lifting among them, by Enforcement Decree)";
    private const string VentureActCriteria = "Venture Act Art. 18-4 and its Enforcement Decree, as summarised at the 2022-01-10 designations (docs/domain.md)";
    private const string VentureActConfirmation = "Venture Act Art. 25 (confirmation of venture businesses) and its Enforcement Decree";
    private const string VentureActCancellation = "Venture Act Art. 25-2 (cancellation of a venture confirmation); Framework Act on Administration (행정기본법) Arts. 18-19 (cancellation back to the start or withdrawal for the future)";
    private const string SmeConfirmation = "Framework Act on Small and Medium Enterprises (중소기업기본법) Art. 2 and its Enforcement Decree Arts. 3 and 3-3 (SME status, held for a year from three months after the fiscal year's end)";
    private const string Capacity = "The capacity and dates a facility, fund or programme is run under (docs/domain.md)";
    private const string FundAccounts = "The model's fund accounting: committed = invested + returned + remaining, never beyond the target size; held = invested − exited at cost; distributed ≤ exit proceeds (docs/domain.md)";
    private const string FundTerms = "The term (존속기간) and investment period a fund's agreement states, as a venture investment association (벤처투자조합, Venture Investment Promotion Act) sets them in its partnership agreement (docs/domain.md)";
    private const string Indicators = "Brookings innovation-district assets (economic, physical, networking); one value per indicator and day";
    private const string LocalAutonomy = "Local Autonomy Act (지방자치법) Art. 47 (matters the local council resolves) and the district's ordinance on international exchange (국제교류 조례)";
    private const string Itinerary = "An itinerary's legs, stays and visits follow each other in time (IANA time zone database for local times); a lodging's night ends at its check-out time the next morning (CheckOutPolicy, docs/domain.md)";
    private const string Recurrence = "World Korean Business Convention (세계한상대회), held every October (press article \"한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다\", 2023-08-23)";
    private const string Editions = "World Korean Business Convention (세계한상대회) editions as the Overseas Koreans Foundation (재외동포재단) and the Overseas Koreans Agency announced them: yearly since 2002, the 19th cancelled in 2020 and its number taken by the 2021 edition (docs/domain.md)";

    private const string District = "A district's records refer to each other by id (docs/architecture.md); reported by InnovationDistrict.Check, never thrown";

    private static readonly DomainRule[] InForce =
    [
        R(HistoryRules.MustStartWithFounding, "Primitives", "A history to replay is empty, does not start with its aggregate's founding event, or founds it twice.", "재생할 이력이 비었거나, 설립 사건으로 시작하지 않거나, 설립 사건이 두 번 있습니다.", Model),
        R(HistoryRules.EventOfAnotherAggregate, "Primitives", "An event names another aggregate than the one whose history it is in.", "이력에 다른 집합체의 사건이 섞여 있습니다.", Model),
        R(MoneyRules.CurrencyMismatch, "Primitives", "Two amounts of money in different currencies were added, subtracted or compared.", "통화가 다른 두 금액을 더하거나 빼거나 비교했습니다.", Iso4217),
        R(MoneyRules.AmountOutOfRange, "Primitives", "Amounts of money were added, subtracted or multiplied, or a fund's exit proceeds totalled, beyond the largest amount an amount holds (±79,228,162,514,264,337,593,543,950,335).", "금액을 더하거나 빼거나 곱한 결과, 또는 펀드의 회수 대금 합계가 금액이 담을 수 있는 가장 큰 값(±79,228,162,514,264,337,593,543,950,335)을 넘습니다.", DecimalRange),
        R(CalendarRules.DateBeyondCalendar, "Primitives", "A date the model would count (an end of term, a renewal, a check-out, an end of notice) falls outside the calendar it counts in, -9998-01-01 to 9999-12-31.", "모델이 셈하는 날짜(기간 만료, 갱신, 퇴실, 통지 기간 종료)가 모델의 달력 범위(-9998-01-01 ~ 9999-12-31)를 벗어납니다.", IsoCalendar),
        R(OrganizationRules.DistrictOutsideKorea, "Organizations", "An administrative district code (행정구역코드) was given to an organisation that is not Korean.", "국내 기관이 아닌 기관에 행정구역코드를 부여했습니다.", KoreanIds),
        R(OrganizationRules.RegistrationOutsideKorea, "Organizations", "A Korean business or corporate registration number was given to an organisation that is not Korean.", "국내 기관이 아닌 기관에 사업자등록번호나 법인등록번호를 부여했습니다.", KoreanIds),
        R(GovernanceRules.UnknownPost, "Governance", "A membership names a post the governance body does not have.", "거버넌스 기구에 없는 직위로 구성원을 등록했습니다.", Popolo),
        R(GovernanceRules.PostAlreadyHeld, "Governance", "A post would be held by two memberships on the same day (a Popolo post has one holder at a time).", "한 직위를 같은 날 두 구성원이 맡게 됩니다 (직위는 한 번에 한 사람).", Popolo),
        R(GovernanceRules.OverlappingMembership, "Governance", "The same member (organisation, and person acting for it) would hold two memberships on the same day.", "같은 구성원(기관과 그 대표자)이 같은 날 두 자리를 갖게 됩니다.", Popolo),
        R(GovernanceRules.MembershipAlreadyEnded, "Governance", "A membership that has already ended was ended again.", "이미 끝난 구성원 자격을 다시 끝내려 했습니다.", Popolo),
        R(GovernanceRules.DuplicatePost, "Governance", "A post was added with the key of a post the body already has.", "이미 있는 직위와 같은 키로 직위를 추가했습니다.", Popolo),
        R(GovernanceRules.EndedBeforeFirstDay, "Governance", "A membership was ended on a day before its first day.", "구성원 자격을 그 시작일보다 앞선 날에 끝내려 했습니다.", Popolo),
        R(GovernanceRules.UnknownMembership, "Governance", "A membership was ended that the body does not have (no membership of that member begins on that day).", "거버넌스 기구에 없는 구성원 자격(그 구성원이 그날 시작한 자격이 없음)을 끝내려 했습니다.", Popolo),
        R(AgreementRules.TooFewParties, "Agreements", "An agreement was drafted with fewer than two parties.", "당사자가 둘 미만인 협약을 작성했습니다.", Mou),
        R(AgreementRules.CommitmentByNonParty, "Agreements", "A commitment (at drafting or by amendment) names an organisation that is not a party.", "당사자가 아닌 기관의 약속을 기록했습니다.", Mou),
        R(AgreementRules.SignatureByNonParty, "Agreements", "An organisation that is not a party tried to sign.", "당사자가 아닌 기관이 서명하려 했습니다.", Mou),
        R(AgreementRules.PartySignedTwice, "Agreements", "A party tried to sign a second time.", "이미 서명한 당사자가 다시 서명하려 했습니다.", Mou),
        R(AgreementRules.NotOpenForSignature, "Agreements", "A signature was given while the agreement was not open for signature (a draft not yet under negotiation, or cancelled).", "서명할 수 없는 상태(협상 전 초안 또는 취소됨)의 협약에 서명했습니다.", Mou),
        R(AgreementRules.NegotiationNotFromDraft, "Agreements", "Negotiation was started on an agreement that is no longer a draft.", "초안이 아닌 협약의 협상을 시작했습니다.", Mou),
        R(AgreementRules.CancelOnlyBeforeSigning, "Agreements", "An agreement was cancelled after every party had signed, or cancelled twice.", "모든 당사자가 서명한 뒤에 협약을 취소했거나 두 번 취소했습니다.", Ocds),
        R(AgreementRules.TerminationNotAllowed, "Agreements", "Termination notice was given on an agreement not signed by every party, cancelled, or already ended.", "모두 서명하지 않았거나 취소되었거나 이미 끝난 협약에 해지 통지를 했습니다.", Ocds),
        R(AgreementRules.TerminationNoticeAlreadyGiven, "Agreements", "Termination notice was given a second time.", "해지 통지를 두 번 했습니다.", Mou),
        R(AgreementRules.RenewalNotAllowed, "Agreements", "An agreement was renewed that is not signed, has ended, or is under notice of termination or non-renewal.", "서명되지 않았거나 끝났거나 해지 또는 갱신 거절 통지를 받은 협약을 갱신했습니다.", Mou),
        R(AgreementRules.AmendmentNotAllowed, "Agreements", "An agreement was amended that is partly signed, cancelled or ended.", "일부만 서명되었거나 취소되었거나 끝난 협약을 변경했습니다.", Mou),
        R(AgreementRules.AmendmentMovesTerm, "Agreements", "An amendment tried to move the effective date or the initial term of a signed agreement, or, for a term from signing, how it counts the day of signing (extend it by renewal instead).", "서명된 협약의 효력 발생일이나 최초 기간(체결일부터 시작하는 기간이면 체결일 산입 여부도)을 변경으로 옮기려 했습니다 (갱신으로 연장합니다).", Mou),
        R(AgreementRules.EventOutOfOrder, "Agreements", "An event was dated before the last event in the agreement's history, or a signature was given (as a moment) before the signature recorded ahead of it.", "협약 이력의 마지막 사건보다 앞선 날짜의 사건이거나, 먼저 기록된 서명보다 이른 시각의 서명입니다.", Mou),
        R(AgreementRules.NoticeByNonParty, "Agreements", "An organisation that is not a party tried to give notice of termination or of non-renewal.", "당사자가 아닌 기관이 해지 또는 갱신 거절 통지를 하려 했습니다.", Mou),
        R(AgreementRules.NonRenewalNotAllowed, "Agreements", "Notice of non-renewal was given on an agreement that does not renew itself, is not signed by every party, was cancelled or has ended.", "자동 갱신되지 않거나, 모두 서명하지 않았거나, 취소되었거나 이미 끝난 협약에 갱신 거절 통지를 했습니다.", NonRenewal),
        R(AgreementRules.NonRenewalNoticeAlreadyGiven, "Agreements", "Notice of non-renewal was given a second time, or on an agreement under termination notice.", "갱신 거절 통지를 두 번 했거나, 해지 통지 중인 협약에 했습니다.", NonRenewal),
        R(AgreementRules.NonRenewalNoticeTooLate, "Agreements", "Notice of non-renewal was given after the last notice day before the renewal at the end of the running term (the agreement renews; give it in the next term, or give termination notice).", "현재 기간 만료에 따른 갱신 전 마지막 통지일이 지난 뒤에 갱신 거절 통지를 했습니다 (협약은 갱신되며, 다음 기간에 통지하거나 해지 통지를 합니다).", NonRenewal),
        R(ZoneRules.RequestOnlyWhenPlanned, "Zones", "Designation was requested for a zone that is not planned (only a planned zone is requested by the city or province governor).", "계획 단계가 아닌 촉진지구의 지정을 신청했습니다 (시·도지사는 계획된 지구를 신청합니다).", VentureActZone),
        R(ZoneRules.DesignateOnlyWhenRequested, "Zones", "A zone was designated that had not been requested (the Minister designates a requested zone).", "신청되지 않은 촉진지구를 지정했습니다 (장관은 신청된 지구를 지정합니다).", VentureActZone),
        R(ZoneRules.AmendOnlyWhenDesignated, "Zones", "The area of a zone that is not designated was amended.", "지정되지 않은 촉진지구의 면적을 변경했습니다.", VentureActZone),
        R(ZoneRules.EndOnlyWhenDesignated, "Zones", "A designation was lifted or revoked while the zone was not designated.", "지정되지 않은 촉진지구의 지정을 해제하거나 취소했습니다.", VentureActZone),
        R(ZoneRules.StepBeforePreviousStep, "Zones", "A lifecycle step was dated before the previous step.", "촉진지구의 절차가 앞 절차보다 이른 날짜로 기록되었습니다.", VentureActZone),
        R(ZoneRules.LegalDongOutsideDistrict, "Zones", "A legal dong of the zone lies outside the zone's district.", "촉진지구의 법정동이 그 자치구 밖에 있습니다.", VentureActZone),
        R(ZoneRules.VentureShareCriterion, "Zones", "Designation criterion (reported, not thrown): share of confirmed venture companies among the SMEs in the area, at least 10% by default.", "지정 요건(보고만 함): 지역 중소기업 중 벤처기업 비율, 기본 10% 이상.", VentureActCriteria),
        R(ZoneRules.ResearchInstitutionCriterion, "Zones", "Designation criterion (reported, not thrown): a university or research institute is present in the area.", "지정 요건(보고만 함): 지역에 대학이나 연구기관이 있습니다.", VentureActCriteria),
        R(ZoneRules.InfrastructureCriterion, "Zones", "Designation criterion (reported, not thrown): transport, communication and finance infrastructure is present.", "지정 요건(보고만 함): 교통·통신·금융 기반시설이 있습니다.", VentureActCriteria),
        R(VentureRules.ConfirmationBeforeFounding, "Ventures", "A venture confirmation (other than pre-venture) was dated before the company's founding day.", "예비벤처가 아닌 벤처기업 확인이 회사 설립일보다 앞선 날짜입니다.", VentureActConfirmation),
        R(VentureRules.ConfirmationRecordedTwice, "Ventures", "The same venture confirmation (type and day) was recorded twice for one company.", "같은 벤처기업 확인(유형과 날짜)을 한 회사에 두 번 기록했습니다.", VentureActConfirmation),
        R(VentureRules.ConfirmationNotHeld, "Ventures", "A venture confirmation was cancelled that the company does not hold: none such is recorded for it, or the cancellation is dated before its issue day.", "회사가 갖지 않은 벤처기업 확인(기록되지 않았거나 확인일보다 앞선 날짜의 취소)을 취소했습니다.", VentureActCancellation),
        R(VentureRules.ConfirmationAlreadyCancelled, "Ventures", "A venture confirmation that is already cancelled was cancelled again.", "이미 취소된 벤처기업 확인을 다시 취소했습니다.", VentureActCancellation),
        R(VentureRules.SmeConfirmationBeforeFounding, "Ventures", "An SME confirmation (중소기업 확인) was dated before the company's founding day.", "중소기업 확인이 회사 설립일보다 앞선 날짜입니다.", SmeConfirmation),
        R(VentureRules.SmeConfirmationRecordedTwice, "Ventures", "The same SME confirmation (issue day and fiscal year) was recorded twice for one company.", "같은 중소기업 확인(발급일과 사업연도)을 한 회사에 두 번 기록했습니다.", SmeConfirmation),
        R(FacilityRules.MoveInBeforeOpening, "Ecosystem", "A tenant was moved into a facility before it opened.", "시설 개소 전에 입주를 기록했습니다.", Capacity),
        R(FacilityRules.TenantAlreadyIn, "Ecosystem", "A tenant was moved in while already a tenant of the facility on one of those days.", "이미 입주 중인 기업을 같은 기간에 다시 입주시켰습니다.", Capacity),
        R(FacilityRules.CapacityExceeded, "Ecosystem", "A move-in would put more tenants in the facility than its capacity on some day.", "입주하면 어떤 날 시설의 정원을 넘습니다.", Capacity),
        R(FacilityRules.TenantNotIn, "Ecosystem", "A tenant was moved out who has no open tenancy in the facility.", "입주 중이 아닌 기업의 퇴거를 기록했습니다.", Capacity),
        R(FacilityRules.MoveOutBeforeMoveIn, "Ecosystem", "A move-out was dated before the tenant's move-in.", "퇴거일이 입주일보다 앞섭니다.", Capacity),
        R(FundRules.CurrencyDiffersFromFund, "Ecosystem", "An amount (commitment, investment, exit, distribution, returned capital) was in another currency than the fund's target size.", "약정, 투자, 회수, 분배나 출자금 반환의 통화가 펀드 목표액의 통화와 다릅니다.", FundAccounts),
        R(FundRules.CommitmentsExceedTarget, "Ecosystem", "A commitment would take the total committed beyond the fund's target size.", "약정하면 약정 총액이 펀드 목표액을 넘습니다.", FundAccounts),
        R(FundRules.InvestmentExceedsRemaining, "Ecosystem", "An investment exceeded the remaining capacity (committed minus invested minus returned) on its day or a later day.", "투자액이 그날 또는 그 뒤 어떤 날의 투자 여력(약정액 − 투자액 − 반환액)을 넘습니다.", FundAccounts),
        R(FundRules.BeforeEstablishment, "Ecosystem", "A step (commitment, investment, exit, distribution, returned capital, extension of the term) was dated before the fund was established.", "펀드 결성일보다 앞선 날짜의 약정, 투자, 회수, 분배, 출자금 반환이나 존속기간 연장입니다.", FundAccounts),
        R(FundRules.InvestmentPeriodOver, "Ecosystem", "An investment was dated after the fund's investment period (when it states one) or its term ended.", "투자기간(정한 경우)이나 존속기간이 끝난 뒤의 투자입니다.", FundTerms),
        R(FundRules.TermOver, "Ecosystem", "A commitment or an extension of the term was dated after the fund's term ended.", "존속기간이 끝난 뒤의 약정이나 존속기간 연장입니다.", FundTerms),
        R(FundRules.ExitExceedsHolding, "Ecosystem", "An exit took out more at cost than the fund held in the company on its day or a later day.", "회수한 취득원가가 그날 또는 그 뒤 어떤 날 그 회사에 보유한 투자 원가를 넘습니다.", FundAccounts),
        R(FundRules.DistributionExceedsProceeds, "Ecosystem", "A distribution would take the total distributed beyond the exit proceeds received on its day or a later day.", "분배하면 그날 또는 그 뒤 어떤 날 분배 총액이 회수 대금을 넘습니다.", FundAccounts),
        R(FundRules.ReturnExceedsRemaining, "Ecosystem", "Returned capital exceeded the remaining capacity, or what the contributor committed and has not had back, on its day or a later day.", "반환한 출자금이 그날 또는 그 뒤 어떤 날의 투자 여력이나 그 출자자의 반환되지 않은 약정액을 넘습니다.", FundAccounts),
        R(FundRules.NotAContributor, "Ecosystem", "A distribution or returned capital names an organisation that has committed nothing to the fund by that day.", "그날까지 펀드에 약정하지 않은 기관에 분배하거나 출자금을 반환했습니다.", FundAccounts),
        R(ProgramRules.RoundOutOfSequence, "Ecosystem", "A programme round was numbered at or below the last round recorded.", "사업 회차 번호가 마지막으로 기록된 회차보다 크지 않습니다.", Capacity),
        R(ProgramRules.SelectionOutOfOrder, "Ecosystem", "A round's selection was dated before the previous selection or the launch, or its period starts before the selection.", "회차 선정일이 앞 선정일이나 사업 시작일보다 이르거나, 회차 기간이 선정일보다 먼저 시작합니다.", Capacity),
        R(ProgramRules.ParticipantJoinedTwice, "Ecosystem", "A participant joined a round it already takes part in.", "이미 참여 중인 회차에 다시 참여했습니다.", Capacity),
        R(ProgramRules.NoSuchRound, "Ecosystem", "A participant joined a round the programme was not selected for, or outside the round's period.", "선정되지 않은 회차이거나 회차 기간 밖에 참여했습니다.", Capacity),
        R(IndicatorRules.ConflictingValues, "Ecosystem", "Two different values of one indicator were given for the same day.", "한 지표에 같은 날 서로 다른 두 값이 있습니다.", Indicators),
        R(IndicatorRules.CodeDefinedTwice, "Ecosystem", "Two indicators share a code but differ in name, unit or category.", "코드가 같은 두 지표의 이름, 단위나 범주가 다릅니다.", Indicators),
        R(PartnershipRules.IllegalStageMove, "Exchange", "A city partnership was moved to a stage not allowed from its current one (backwards, sideways, up while dormant, revive a tie that is not dormant, dormant twice).", "도시 교류 관계를 지금 단계에서 갈 수 없는 단계로 옮겼습니다 (뒤로, 옆으로, 휴면 중 승격, 휴면이 아닌 관계의 재개, 두 번 휴면).", LocalAutonomy),
        R(PartnershipRules.EventBeforeLastEvent, "Exchange", "An event of a city partnership is dated before the last recorded event.", "도시 교류 관계의 사건이 마지막 기록보다 이른 날짜입니다.", LocalAutonomy),
        R(PartnershipRules.SisterCityNeedsCouncilResolution, "Exchange", "A sister-city tie was made without a recorded local-council resolution approving it (the resolution is recorded on or before the move).", "지방의회 의결 없이 자매도시 관계를 맺었습니다 (의결은 그날 또는 그 전에 기록됩니다).", LocalAutonomy),
        R(PartnershipRules.SisterCityNeedsAgreement, "Exchange", "A sister-city tie was made without the agreement that founds it.", "자매결연 협정 없이 자매도시 관계를 맺었습니다.", LocalAutonomy),
        R(PartnershipRules.FriendshipNeedsCouncilResolution, "Exchange", "A friendship tie was made without a council resolution although the district's policy demands one.", "자치구 정책이 의결을 요구하는데 의결 없이 우호도시 관계를 맺었습니다.", LocalAutonomy),
        R(PartnershipRules.PartnershipEnded, "Exchange", "Something was recorded on an ended city partnership.", "끝난 도시 교류 관계에 무언가를 기록했습니다.", LocalAutonomy),
        R(TripRules.LegsOverlap, "Exchange", "An itinerary's leg leaves before the previous leg arrives (the legs overlap); the message names both legs.", "일정의 구간이 앞 구간 도착 전에 출발합니다 (구간 겹침).", Itinerary),
        R(TripRules.LegGoesBackInTime, "Exchange", "An itinerary's leg arrives before it leaves, or leaves before the previous leg left (back in time); the message names the legs.", "일정의 구간이 출발 전에 도착하거나 앞 구간보다 먼저 출발합니다.", Itinerary),
        R(TripRules.GapBetweenLegs, "Exchange", "An itinerary's leg leaves from another place than the previous leg arrived at (a gap); the message names both legs.", "일정의 구간이 앞 구간의 도착지가 아닌 곳에서 출발합니다.", Itinerary),
        R(TripRules.StayOutsideTimeAtPlace, "Exchange", "A stay claims a night the legs do not put the delegation on the ground at the stay's place, neither at midnight nor from an arrival after midnight before the lodging's check-out time (11:00 local by default); the message names the stay and the night.", "대표단이 그 밤 자정에도, 자정 넘어 다음 날 아침 퇴실 시각(기본 현지 11:00) 전까지도 숙소가 있는 곳에 있지 않은데 숙박을 기록했습니다.", Itinerary),
        R(TripRules.StaysOverlap, "Exchange", "Two stays claim the same night; the message names both stays.", "두 숙박이 같은 밤을 차지합니다.", Itinerary),
        R(TripRules.VisitOutsideTrip, "Exchange", "A visit begins outside the trip's time on the ground (before the first arrival, on a leg, or after the last departure).", "방문이 현지 체류 시간 밖(첫 도착 전, 이동 중, 마지막 출발 후)에 시작합니다.", Itinerary),
        R(TripRules.FollowUpBeforeVisit, "Exchange", "A visit's follow-up is due before the visit.", "방문 후속 조치의 기한이 방문보다 이릅니다.", Itinerary),
        R(ExchangeProgramRules.CapacityExceeded, "Exchange", "An enrolment would put more participants in an exchange programme on some day than its capacity.", "등록하면 어떤 날 교류 프로그램의 정원을 넘습니다.", Capacity),
        R(ExchangeProgramRules.AlreadyEnrolled, "Exchange", "A participant was enrolled in an exchange programme twice over overlapping days.", "같은 참가자를 겹치는 기간에 두 번 등록했습니다.", Capacity),
        R(ExchangeProgramRules.NotEnrolled, "Exchange", "A withdrawal names a participant who is not taking part on its last day.", "마지막 날에 참여하고 있지 않은 참가자의 중도 포기를 기록했습니다.", Capacity),
        R(ExchangeProgramRules.BeforeProgramOpened, "Exchange", "A participation would begin before the exchange programme opened.", "교류 프로그램 개시 전에 참여가 시작됩니다.", Capacity),
        R(ExchangeProgramRules.EventBeforeLastEvent, "Exchange", "An enrolment or withdrawal in an exchange programme is dated before the last recorded event.", "교류 프로그램의 등록이나 중도 포기가 마지막 기록보다 이른 날짜입니다.", Capacity),
        R(ExchangeProgramRules.AlreadyWithdrawn, "Exchange", "A participation in an exchange programme that a withdrawal already ended was withdrawn again.", "이미 중도 포기로 끝난 교류 프로그램 참여를 다시 중도 포기 처리했습니다.", Capacity),
        R(RecurringEventRules.AnnouncedOutsideRule, "Exchange", "An edition of a recurring event is announced for days that do not fall where its rule puts that year's occurrence, and the edition gives no reason.", "정기 행사 회차의 발표 일정이 그해 규칙상의 개최 시기에 들지 않는데 사유가 없습니다.", Recurrence),
        R(RecurringEventRules.AnnouncedBeforeFirstEdition, "Exchange", "An edition of a recurring event was recorded for a year before its first edition.", "첫 회보다 앞선 해의 정기 행사 회차를 기록했습니다.", Recurrence),
        R(RecurringEventRules.EditionNumberOutOfOrder, "Exchange", "An edition's number (제N차) does not go up from the previous numbered edition (only the edition after a cancelled one may take its number again), or is higher than the years since the first edition allow.", "회차 번호(제N차)가 앞 회차보다 크지 않거나(취소된 회차 다음 회차만 그 번호를 다시 씀), 첫 회 이후 햇수보다 큽니다.", Editions),
        R(RecurringEventRules.TwoEditionsInOneYear, "Exchange", "Two editions of a yearly event were recorded for the same year.", "매년 열리는 행사의 같은 해 회차를 두 번 기록했습니다.", Editions),
        R(DistrictRules.AgreementPartyUnknown, "Districts", "Finding (reported, not thrown): a party of an agreement is not an organisation of the district.", "점검 결과(보고만 함): 협약 당사자가 자치구의 기관 목록에 없습니다.", District),
        R(DistrictRules.ZoneOutsideDistrict, "Districts", "Finding (reported, not thrown): a venture promotion zone lies in another district.", "점검 결과(보고만 함): 벤처기업육성촉진지구가 다른 자치구에 있습니다.", District),
        R(DistrictRules.FundManagerUnknown, "Districts", "Finding (reported, not thrown): a fund's manager is not an organisation of the district.", "점검 결과(보고만 함): 펀드 운용기관이 자치구의 기관 목록에 없습니다.", District),
        R(DistrictRules.FacilityOperatorUnknown, "Districts", "Finding (reported, not thrown): a facility's operator is not an organisation of the district.", "점검 결과(보고만 함): 시설 운영기관이 자치구의 기관 목록에 없습니다.", District),
        R(DistrictRules.VisitedOrganizationUnknown, "Districts", "Finding (reported, not thrown): an organisation a trip visited is not an organisation of the district.", "점검 결과(보고만 함): 출장에서 방문한 기관이 자치구의 기관 목록에 없습니다.", District),
        R(DistrictRules.OrganizationUnknown, "Districts", "Finding (reported, not thrown): a record names a member, anchor institution, operator, host or organiser that is not an organisation of the district.", "점검 결과(보고만 함): 구성원, 핵심기관, 운영기관, 주관기관이나 주최기관이 자치구의 기관 목록에 없습니다.", District),
        R(DistrictRules.FoundingAgreementUnknown, "Districts", "Finding (reported, not thrown): an exchange programme's founding agreement is not an agreement of the district.", "점검 결과(보고만 함): 교류 프로그램의 근거 협약이 자치구의 협약 목록에 없습니다.", District),
        R(DistrictRules.PartnershipOfAnotherDistrict, "Districts", "Finding (reported, not thrown): a city partnership belongs to another home district.", "점검 결과(보고만 함): 도시 교류 관계가 다른 자치구의 것입니다.", District),
        R(DistrictRules.LocationOutsideDistrict, "Districts", "Finding (reported, not thrown): a facility or a venture company is located outside the district.", "점검 결과(보고만 함): 시설이나 벤처기업의 소재지가 자치구 밖입니다.", District),
    ];

    private static readonly DomainRule[] RetiredRules =
    [
        Merged("AGR-015", "Agreements"), Merged("GOV-006", "Governance"), Merged("ZON-007", "Zones"),
        Merged("VEN-003", "Ventures"), Merged("FAC-006", "Ecosystem"), Merged("FND-005", "Ecosystem"),
        Merged("PRG-005", "Ecosystem"), Merged("CTY-007", "Exchange"), Merged("EXP-005", "Exchange"),
    ];

    private static readonly FrozenDictionary<string, DomainRule> ById = InForce.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The rules in force, grouped by context in the order of <c>docs/rules.md</c>.</summary>
    public static IReadOnlyList<DomainRule> Rules => InForce;

    /// <summary>Ids no longer raised, each with the id that took its meaning over (<see cref="DomainRule.ReplacedBy"/>); never reused.</summary>
    public static IReadOnlyList<DomainRule> Retired => RetiredRules;

    /// <summary>The rule in force with an id.</summary>
    /// <param name="ruleId">The id, for example <c>AGR-004</c>.</param>
    /// <returns>The rule, or <see langword="null"/> when no rule in force has that id.</returns>
    public static DomainRule? Find(string? ruleId) => ruleId is not null && ById.TryGetValue(ruleId, out var rule) ? rule : null;

    private static DomainRule R(string id, string context, string english, string korean, string source)
        => new(id, context, LocalizedText.Create(korean, english), source);

    private static DomainRule Merged(string id, string context)
        => new(id, context, LocalizedText.Create("재생할 이력이 설립 사건으로 시작하지 않습니다 (HIS-001로 통합).", "A history to replay does not start with its founding event (merged into HIS-001)."), Model, HistoryRules.MustStartWithFounding);
}

using System.Collections.Generic;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>
/// An agreement as the lists of a portal show it, kept by the store in the same transaction as the agreement's events: its
/// kind, purpose and parties, its dates, the days its status changes and the facts of its renewals ahead, so a list of
/// 100,000 agreements can be filtered by status on any day, by party and by kind without replaying one of them.
/// </summary>
public sealed class AgreementSummary
{
    internal AgreementSummary()
    {
    }

    /// <summary>The district the agreement belongs to.</summary>
    public AdministrativeDistrictCode District { get; internal set; }

    /// <summary>The agreement's id.</summary>
    public AgreementId Id { get; internal set; }

    /// <summary>The kind of agreement.</summary>
    public AgreementKind Kind { get; internal set; }

    /// <summary>The purpose in Korean (the first language of the text when it has no Korean).</summary>
    public string PurposeKorean { get; internal set; } = string.Empty;

    /// <summary>The purpose in English (the first language of the text when it has no English).</summary>
    public string PurposeEnglish { get; internal set; } = string.Empty;

    /// <summary>The parties.</summary>
    public ICollection<AgreementParty> Parties { get; internal set; } = [];

    /// <summary>The day of drafting.</summary>
    public LocalDate DraftedOn { get; internal set; }

    /// <summary>The first day of the term: the fixed effective date of the terms, or the day the last party signed when the term starts on signing (<see langword="null"/> until then; see <see cref="Agreement.EffectiveDate"/>).</summary>
    public LocalDate? EffectiveDate { get; internal set; }

    /// <summary>The first day under negotiation, if it was negotiated.</summary>
    public LocalDate? UnderNegotiationFrom { get; internal set; }

    /// <summary>The first day signed by every party but not yet in force, if there was such a day.</summary>
    public LocalDate? SignedFrom { get; internal set; }

    /// <summary>The first day in force, if it came into force.</summary>
    public LocalDate? InForceFrom { get; internal set; }

    /// <summary>The first day it had ended (expired, terminated or cancelled), if it ends as its history stands.</summary>
    public LocalDate? EndedFrom { get; internal set; }

    /// <summary>How it ended, from <see cref="EndedFrom"/>.</summary>
    public AgreementStatus? EndStatus { get; internal set; }

    /// <summary>The day of the last event.</summary>
    public LocalDate LastEventOn { get; internal set; }

    /// <summary>The number of events in its stream.</summary>
    public int Version { get; internal set; }

    /// <summary>The renewal schedule's origin, when the agreement renews itself (see <see cref="AgreementRenewalSchedule"/>).</summary>
    public LocalDate? RenewalOrigin { get; internal set; }

    /// <summary>The running term in months.</summary>
    public int? RenewalTermMonths { get; internal set; }

    /// <summary>The running term's days after its months.</summary>
    public int? RenewalTermDays { get; internal set; }

    /// <summary>Each renewal in months.</summary>
    public int? RenewalMonths { get; internal set; }

    /// <summary>Each renewal's days after its months.</summary>
    public int? RenewalDays { get; internal set; }

    /// <summary>The notice period in months.</summary>
    public int? NoticeMonths { get; internal set; }

    /// <summary>The notice period's days after its months.</summary>
    public int? NoticeDays { get; internal set; }

    /// <summary>Whether the notice period counts the day notice is given (see <see cref="AgreementTerms.Counting"/>).</summary>
    public PeriodCounting? NoticeCounting { get; internal set; }

    /// <summary>The status on a day, from the stored days of change; the same as <see cref="Agreement.StatusOn"/>.</summary>
    /// <param name="date">The day, not before the drafting.</param>
    /// <returns>The status.</returns>
    public AgreementStatus StatusOn(LocalDate date)
        => EndedFrom <= date ? EndStatus!.Value
            : InForceFrom <= date ? AgreementStatus.InForce
            : SignedFrom <= date ? AgreementStatus.Signed
            : UnderNegotiationFrom <= date ? AgreementStatus.UnderNegotiation
            : AgreementStatus.Draft;

    /// <summary>The renewals ahead, when the agreement renews itself.</summary>
    /// <returns>The schedule, or <see langword="null"/>.</returns>
    public AgreementRenewalSchedule? RenewalSchedule()
        => RenewalOrigin is { } origin
            ? new(Id, origin, RenewalTermMonths!.Value, RenewalTermDays!.Value, RenewalMonths!.Value, RenewalDays!.Value, NoticeMonths!.Value, NoticeDays!.Value, NoticeCounting!.Value)
            : null;

    /// <summary>
    /// The next last day to give notice before an automatic renewal, on a day from the last event on; for an earlier day the
    /// agreement itself answers (<see cref="Agreement.NextRenewalNoticeDeadlineOn"/>), since its terms may have differed then.
    /// </summary>
    /// <param name="date">The day, on or after <see cref="LastEventOn"/>.</param>
    /// <returns>The deadline, or <see langword="null"/> when it does not renew itself or is not signed or in force on that day.</returns>
    public RenewalNoticeDeadline? NextNoticeDeadlineOn(LocalDate date)
        => StatusOn(date) is AgreementStatus.Signed or AgreementStatus.InForce && RenewalSchedule() is { } schedule ? schedule.NextNoticeDeadlineOn(date) : null;
}

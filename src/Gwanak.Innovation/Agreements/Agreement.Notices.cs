using System;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The notices a party gives to end an agreement (one file of the class, for length).</summary>
public sealed partial class Agreement
{
    /// <summary>
    /// A party gives notice to terminate; the agreement ends when the notice period in its terms has run: counted from the
    /// day after the notice (Civil Code Art. 157) unless the terms count that day, it is in force through the period's last
    /// day and terminated from the next (three months' notice on 2026-02-10: in force through 2026-05-10).
    /// </summary>
    /// <param name="date">The day notice is given.</param>
    /// <param name="by">The party.</param>
    /// <returns>The agreement under notice.</returns>
    /// <exception cref="ArgumentException">The party is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="AgreementRules.EventOutOfOrder"/>, <see cref="AgreementRules.NoticeByNonParty"/>, <see cref="AgreementRules.TerminationNoticeAlreadyGiven"/>, <see cref="AgreementRules.TerminationNotAllowed"/> (not signed by all, cancelled, or ended on that day), <see cref="CalendarRules.DateBeyondCalendar"/> (it would take effect after 9999-12-31).</exception>
    [Transition]
    public Agreement GiveTerminationNotice(LocalDate date, OrganizationId by) => Record(new TerminationNoticeGiven(Id, date, by));

    /// <inheritdoc cref="GiveTerminationNotice" path="/summary|/param|/exception[1]"/>
    /// <returns>The agreement under notice, or the refusal (as <see cref="GiveTerminationNotice"/> would throw it).</returns>
    [Transition]
    public Decision<Agreement> TryGiveTerminationNotice(LocalDate date, OrganizationId by) => TryRecord(new TerminationNoticeGiven(Id, date, by));

    /// <summary>True when <see cref="GiveTerminationNotice"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="GiveTerminationNotice" path="/param|/exception[1]"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanGiveTerminationNotice(LocalDate date, OrganizationId by) => CanRecord(new TerminationNoticeGiven(Id, date, by));

    /// <summary>
    /// A party gives notice that the agreement is not to renew itself (갱신 거절): it ends at the end of the term running on
    /// the date, and stays in force until then. The notice must be given by the last notice day before that renewal
    /// (<see cref="NextRenewalNoticeDeadlineOn"/>); a later one is refused, since the clause renews the agreement unless
    /// notice came in time, and a party that wants it to end sooner gives termination notice instead.
    /// </summary>
    /// <param name="date">The day notice is given.</param>
    /// <param name="by">The party.</param>
    /// <returns>The agreement that will expire at the end of its term.</returns>
    /// <exception cref="ArgumentException">The party is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="AgreementRules.EventOutOfOrder"/>, <see cref="AgreementRules.NoticeByNonParty"/>, <see cref="AgreementRules.NonRenewalNoticeAlreadyGiven"/> (also: under termination notice), <see cref="AgreementRules.NonRenewalNotAllowed"/> (no automatic renewal, not signed by all, cancelled, or ended), <see cref="AgreementRules.NonRenewalNoticeTooLate"/>, <see cref="CalendarRules.DateBeyondCalendar"/> (the term running ends on 9999-12-31 or later, so there is no renewal within the calendar to stop).</exception>
    [Transition]
    public Agreement GiveNonRenewalNotice(LocalDate date, OrganizationId by) => Record(new NonRenewalNoticeGiven(Id, date, by));

    /// <inheritdoc cref="GiveNonRenewalNotice" path="/summary|/param|/exception[1]"/>
    /// <returns>The agreement that will expire at the end of its term, or the refusal (as <see cref="GiveNonRenewalNotice"/> would throw it).</returns>
    [Transition]
    public Decision<Agreement> TryGiveNonRenewalNotice(LocalDate date, OrganizationId by) => TryRecord(new NonRenewalNoticeGiven(Id, date, by));

    /// <summary>True when <see cref="GiveNonRenewalNotice"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="GiveNonRenewalNotice" path="/param|/exception[1]"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanGiveNonRenewalNotice(LocalDate date, OrganizationId by) => CanRecord(new NonRenewalNoticeGiven(Id, date, by));
}

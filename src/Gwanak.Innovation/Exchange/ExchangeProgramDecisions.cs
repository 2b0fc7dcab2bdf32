using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>The rules an exchange programme's steps are decided by, each with the refusal it gives (<see cref="ExchangeProgramRules"/>).</summary>
internal static class ExchangeProgramDecisions
{
    public static Refusal? Enrolment(ExchangeProgram program, ParticipantEnrolled e, bool alreadyEnrolled, DatedTotals<int> takingPart)
    {
        var (participant, period) = (e.Participant, e.Period);
        if (InOrder(program, e, "enrolment", participant) is { } refusal)
        {
            return refusal;
        }

        if (period.Start < program.OpenedOn)
        {
            return new(ExchangeProgramRules.BeforeProgramOpened, $"Cannot enrol a {participant} in '{program.Title.English}' from {period.Start:uuuu-MM-dd}: the programme opens on {program.OpenedOn:uuuu-MM-dd}.");
        }

        if (alreadyEnrolled)
        {
            return new(ExchangeProgramRules.AlreadyEnrolled, $"Cannot enrol a {participant} in '{program.Title.English}' for {period}: they are already enrolled for an overlapping period.");
        }

        var last = period.End ?? LocalDate.MaxIsoValue;
        if (takingPart.HighestIn(period.Start, last) < program.Capacity)
        {
            return null;
        }

        // The highest count from the start through a day only grows with the day: the first full day is found by halving.
        var (lo, hi) = (period.Start, last);
        while (lo < hi)
        {
            var mid = lo.PlusDays(Period.DaysBetween(lo, hi) / 2);
            (lo, hi) = takingPart.HighestIn(period.Start, mid) < program.Capacity ? (mid.PlusDays(1), hi) : (lo, mid);
        }

        return new(ExchangeProgramRules.CapacityExceeded, $"Cannot enrol a {participant} in '{program.Title.English}' for {period}: on {lo:uuuu-MM-dd} {takingPart.On(lo) + 1} would take part, and the capacity is {program.Capacity}.");
    }

    public static Refusal? Withdrawal(ExchangeProgram program, ParticipantWithdrew w, int? participation, PersistentMap<int, LocalDate> withdrawn)
    {
        if (InOrder(program, w, "withdrawal", w.Participant) is { } refusal)
        {
            return refusal;
        }

        if (participation is not { } i)
        {
            return new(ExchangeProgramRules.NotEnrolled, $"Cannot end the participation of a {w.Participant} in '{program.Title.English}' on {w.LastDay:uuuu-MM-dd}: they are not taking part that day. A withdrawal ends a participation that includes its last day.");
        }

        return withdrawn.ContainsKey(i)
            ? new(ExchangeProgramRules.AlreadyWithdrawn, $"Cannot record the withdrawal of a {w.Participant} from '{program.Title.English}' with last day {w.LastDay:uuuu-MM-dd}: their participation {program.Participations[i].Period} was already ended by a withdrawal. A participation is withdrawn once.")
            : null;
    }

    // The step is put in words only when refused.
    private static Refusal? InOrder(ExchangeProgram program, ExchangeProgramEvent e, string step, ProgramParticipant participant)
        => e.Date < program.LastRecordedOn
            ? new(ExchangeProgramRules.EventBeforeLastEvent, $"Cannot record the {step} of a {participant} in '{program.Title.English}' on {e.Date:uuuu-MM-dd}: the last recorded event is of {program.LastRecordedOn:uuuu-MM-dd}. Events are recorded in date order.")
            : null;
}

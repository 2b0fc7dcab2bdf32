using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Growth;

/// <summary>
/// An exchange programme's enrolments: capacity 50, one participant enrolled a day for 30 days, 1,000 participants in
/// turn, every third one withdrawing ten days in, in date order. Transition: <see cref="ExchangeProgram.Enroll"/>;
/// question: <see cref="ExchangeProgram.ParticipantsOn"/> (about 27 participants).
/// </summary>
public class ExchangeProgramGrowthBenchmarks : GrowthBenchmarks<ExchangeProgram, ExchangeProgramEvent>
{
    private const int Capacity = 50;
    private const int People = 1_000;
    private const int Days = 30;
    private static readonly ExchangeProgramId Id = new("growth-exchange");
    private static readonly LocalDate Opened = new(2000, 1, 1);

    private LocalDate middle;
    private LocalDate next;
    private ProgramParticipant newcomer = null!;

    /// <summary>A new participant enrolled the day after the last event.</summary>
    /// <returns>The programme with one more participation.</returns>
    [Benchmark]
    public ExchangeProgram Transition() => Built.Enroll(next, newcomer, new DateRange(next, next.PlusDays(Days - 1)));

    /// <summary>The participants on a day in the middle of the history.</summary>
    /// <returns>How many.</returns>
    [Benchmark]
    public int DateQuestion() => Built.ParticipantsOn(middle).Count;

    /// <inheritdoc/>
    protected override (IReadOnlyList<ExchangeProgramEvent> Events, int Count) Generate(int events)
    {
        var people = Enumerable.Range(0, People + 1).Select(i => new ProgramParticipant(PersonName.Create($"참가자 {i}", $"Participant {i}"), new OrganizationId("snu"))).ToArray();
        var history = new List<ExchangeProgramEvent>(events)
        {
            new ExchangeProgramOpened(Id, Opened, ExchangeProgramKind.OverseasInternship, LocalizedText.Create("성장 교류", "Growth exchange"), new OrganizationId("gwanak-gu"), new AgreementId("growth-mou"), Capacity),
        };
        int enrolments = 0;
        int day = 0;
        for (; history.Count < events; day++)
        {
            var date = Opened.PlusDays(day);
            if (day >= 10 && (day - 10) % 3 == 0)
            {
                history.Add(new ParticipantWithdrew(Id, date, people[(day - 10) % People], date));
            }

            if (history.Count < events)
            {
                history.Add(new ParticipantEnrolled(Id, date, people[day % People], new DateRange(date, date.PlusDays(Days - 1))));
                enrolments++;
            }
        }

        middle = Opened.PlusDays(day / 2);
        next = Opened.PlusDays(day);
        newcomer = people[People];
        return (history, enrolments);
    }

    /// <inheritdoc/>
    protected override int Loop(ExchangeProgramEvent[] events)
    {
        // Places taken per day since the opening; participations are in date order, so a participant's last one is the only one to check.
        var opening = (ExchangeProgramOpened)events[0];
        var taking = new List<int>();
        var periods = new List<(LocalDate First, LocalDate Last)>();
        var latest = new Dictionary<ProgramParticipant, int>();
        var withdrawn = new HashSet<int>();
        var lastRecorded = opening.Date;
        for (int i = 1; i < events.Length; i++)
        {
            var e = events[i];
            Require(e.Date >= lastRecorded, "event before the last event");
            lastRecorded = e.Date;
            switch (e)
            {
                case ParticipantEnrolled en:
                    var period = (First: en.Period.Start, Last: en.Period.End ?? LocalDate.MaxIsoValue);
                    Require(period.First >= opening.Date, "before the programme opened");
                    Require(!(latest.TryGetValue(en.Participant, out int j) && periods[j].First <= period.Last && period.First <= periods[j].Last), "already enrolled");
                    int first = Period.DaysBetween(opening.Date, period.First);
                    int last = Period.DaysBetween(opening.Date, period.Last);
                    while (taking.Count <= last)
                    {
                        taking.Add(0);
                    }

                    for (int d = first; d <= last; d++)
                    {
                        Require(taking[d] < opening.Capacity, "capacity exceeded");
                    }

                    for (int d = first; d <= last; d++)
                    {
                        taking[d]++;
                    }

                    latest[en.Participant] = periods.Count;
                    periods.Add(period);
                    break;
                case ParticipantWithdrew w:
                    Require(latest.TryGetValue(w.Participant, out int k) && periods[k].First <= w.LastDay && w.LastDay <= periods[k].Last, "not enrolled");
                    Require(withdrawn.Add(k), "already withdrawn");
                    for (int d = Period.DaysBetween(opening.Date, w.LastDay) + 1, end = Period.DaysBetween(opening.Date, periods[k].Last); d <= end; d++)
                    {
                        taking[d]--;
                    }

                    periods[k] = (periods[k].First, w.LastDay);
                    break;
            }
        }

        return periods.Count;
    }

    /// <inheritdoc/>
    protected override ExchangeProgram ReplayHistory(ExchangeProgramEvent[] events) => ExchangeProgram.Replay(events);

    /// <inheritdoc/>
    protected override int CountOf(ExchangeProgram aggregate) => aggregate.Participations.Count;
}

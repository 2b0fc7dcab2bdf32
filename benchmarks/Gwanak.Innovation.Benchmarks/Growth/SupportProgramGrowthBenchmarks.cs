using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Growth;

/// <summary>
/// A support programme's participants: a round selected every 10 days, running 30 days, each joined by 99 companies on
/// its first day (at 100,000 events, about 1,000 rounds). Transition: <see cref="SupportProgram.AddCompany"/>; question:
/// <see cref="SupportProgram.RoundsOn"/> (three rounds with their participants).
/// </summary>
public class SupportProgramGrowthBenchmarks : GrowthBenchmarks<SupportProgram, SupportProgramEvent>
{
    private const int PerRound = 99;
    private const int Every = 10;
    private const int Days = 30;
    private static readonly SupportProgramId Id = new("growth-programme");
    private static readonly LocalDate Launched = new(2000, 1, 1);

    private LocalDate middle;
    private LocalDate lastRoundStart;
    private int lastRound;
    private BusinessRegistrationNumber newcomer;

    /// <summary>A new company joins the last round.</summary>
    /// <returns>The programme with one more participant.</returns>
    [Benchmark]
    public SupportProgram Transition() => Built.AddCompany(lastRoundStart, lastRound, newcomer);

    /// <summary>The rounds running on a day in the middle of the history, with their participants.</summary>
    /// <returns>How many.</returns>
    [Benchmark]
    public int DateQuestion() => Built.RoundsOn(middle).Length;

    /// <inheritdoc/>
    protected override (IReadOnlyList<SupportProgramEvent> Events, int Count) Generate(int events)
    {
        var companies = Enumerable.Range(0, PerRound).Select(Made.Brn).ToArray();
        var history = new List<SupportProgramEvent>(events) { new ProgramLaunched(Id, Launched, LocalizedText.Create("성장 사업", "Growth programme"), new OrganizationId("gwanak-gu")) };
        int participants = 0;
        int round = 0;
        while (history.Count < events)
        {
            round++;
            var start = Launched.PlusDays(round * Every);
            history.Add(new ProgramRoundSelected(Id, start, round, new DateRange(start, start.PlusDays(Days - 1))));
            for (int i = 0; i < PerRound && history.Count < events; i++, participants++)
            {
                history.Add(new ProgramParticipantJoined(Id, start, round, null, companies[i]));
            }
        }

        middle = Launched.PlusDays(round / 2 * Every);
        lastRound = round;
        lastRoundStart = Launched.PlusDays(round * Every);
        newcomer = Made.Brn(PerRound);
        return (history, participants);
    }

    /// <inheritdoc/>
    protected override int Loop(SupportProgramEvent[] events)
    {
        var launch = (ProgramLaunched)events[0];
        var rounds = new Dictionary<int, (DateRange Period, HashSet<OrganizationId> Organizations, HashSet<BusinessRegistrationNumber> Companies)>();
        ProgramRoundSelected? last = null;
        int participants = 0;
        for (int i = 1; i < events.Length; i++)
        {
            switch (events[i])
            {
                case ProgramRoundSelected s:
                    Require(last is null || s.Number > last.Number, "round out of sequence");
                    Require(s.Date >= (last?.Date ?? launch.Date) && s.Period.Start >= s.Date, "selection out of order");
                    rounds[s.Number] = (s.Period, [], []);
                    last = s;
                    break;
                case ProgramParticipantJoined j:
                    Require(rounds.TryGetValue(j.Round, out var round) && round.Period.Contains(j.Date), "no such round");
                    Require(j.Organization is { } o ? round.Organizations.Add(o) : round.Companies.Add(j.Company!.Value), "joined twice");
                    participants++;
                    break;
            }
        }

        return participants;
    }

    /// <inheritdoc/>
    protected override SupportProgram ReplayHistory(SupportProgramEvent[] events) => SupportProgram.Replay(events);

    /// <inheritdoc/>
    protected override int CountOf(SupportProgram aggregate) => aggregate.Rounds.Sum(r => r.Companies.Count + r.Organizations.Count);
}

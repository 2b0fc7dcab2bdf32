using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Growth;

/// <summary>
/// A city partnership's activities: a letter of intent, then one activity a day, the tie going dormant and reviving
/// every 100 events. Transition: <see cref="CityPartnership.RecordActivity"/>; question: <see cref="CityPartnership.StageOn"/>.
/// </summary>
public class PartnershipGrowthBenchmarks : GrowthBenchmarks<CityPartnership, PartnershipEvent>
{
    private static readonly PartnershipId Id = new("growth-partnership");
    private static readonly LocalDate Opened = new(2000, 1, 1);

    private LocalDate middle;
    private LocalDate next;

    /// <summary>An activity the day after the last event.</summary>
    /// <returns>The partnership with the activity.</returns>
    [Benchmark]
    public CityPartnership Transition() => Built.RecordActivity(next, "Exchange visit");

    /// <summary>The stage on a day in the middle of the history.</summary>
    /// <returns>The stage.</returns>
    [Benchmark]
    public PartnershipStage? DateQuestion() => Built.StageOn(middle);

    /// <inheritdoc/>
    protected override (IReadOnlyList<PartnershipEvent> Events, int Count) Generate(int events)
    {
        var history = new List<PartnershipEvent>(events)
        {
            new PartnershipOpened(Id, Opened, AdministrativeDistrictCode.Seoul.Gwanak, new PartnerCity(LocalizedText.Create("성장시", "Growth City"), "JP"), "Growth"),
            new PartnershipAdvanced(Id, Opened, PartnershipStage.LetterOfIntent, PartnershipPolicy.Default, null, null),
        };
        for (int day = 1; history.Count < events; day++)
        {
            var date = Opened.PlusDays(day);
            history.Add((day % 100) switch
            {
                50 => new PartnershipWentDormant(Id, date, null),
                51 => new PartnershipRevived(Id, date, null),
                _ => new PartnershipActivityRecorded(Id, date, "Exchange visit"),
            });
        }

        middle = Opened.PlusDays((events / 2) + 50);
        next = history[^1].Date.PlusDays(1);
        return (history, events);
    }

    /// <inheritdoc/>
    protected override int Loop(PartnershipEvent[] events)
    {
        var stage = PartnershipStage.Exploring;
        var live = stage;
        var lastRecorded = events[0].Date;
        var lastActivity = lastRecorded;
        for (int i = 1; i < events.Length; i++)
        {
            var e = events[i];
            Require(stage != PartnershipStage.Ended, "partnership ended");
            Require(e.Date >= lastRecorded, "event before the last event");
            switch (e)
            {
                case PartnershipAdvanced a:
                    Require(stage != PartnershipStage.Dormant && a.Target is PartnershipStage.LetterOfIntent or PartnershipStage.FriendshipCity && a.Target > stage && !a.Policy.FriendshipNeedsCouncilResolution, "illegal stage move");
                    stage = live = a.Target;
                    lastActivity = a.Date;
                    break;
                case PartnershipActivityRecorded a:
                    lastActivity = a.Date;
                    break;
                case PartnershipWentDormant:
                    Require(stage != PartnershipStage.Dormant, "already dormant");
                    stage = PartnershipStage.Dormant;
                    break;
                case PartnershipRevived r:
                    Require(stage == PartnershipStage.Dormant, "not dormant");
                    stage = live;
                    lastActivity = r.Date;
                    break;
            }

            lastRecorded = e.Date;
        }

        return lastActivity == lastRecorded ? events.Length : -1;
    }

    /// <inheritdoc/>
    protected override CityPartnership ReplayHistory(PartnershipEvent[] events) => CityPartnership.Replay(events);

    /// <inheritdoc/>
    protected override int CountOf(CityPartnership aggregate) => aggregate.LastActivityOn == aggregate.History[^1].Date ? aggregate.Version : -1;
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A support programme the district takes part in round after round — Seoul Campus Town (서울 캠퍼스타운), deep-tech
/// company incubation — with the rounds it was selected for and who took part.
/// </summary>
/// <remarks>
/// Gwanak was selected for Seoul Campus Town in two consecutive rounds (서울 캠퍼스타운 사업에 2회 연속 선정; press
/// article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23): <see cref="ConsecutiveSelectionsOn"/>
/// answers "how many rounds in a row" on a day. Rounds are recorded in increasing number and date order
/// (<see cref="ProgramRules.RoundOutOfSequence"/>, <see cref="ProgramRules.SelectionOutOfOrder"/>) and indexed by
/// number, so every decision costs O(log n).
/// </remarks>
public sealed class SupportProgram : EventSourcedAggregate<SupportProgram, SupportProgramId, SupportProgramEvent>
{
    private readonly ProgramLaunched launch;
    private readonly AppendList<ProgramRoundSelected> selections;
    private readonly PersistentMap<int, ProgramRoundState> rounds;
    private readonly DatedIntervals roundDays;

    private SupportProgram(AppendList<SupportProgramEvent> history, ProgramLaunched launch, AppendList<ProgramRoundSelected> selections, PersistentMap<int, ProgramRoundState> rounds, DatedIntervals roundDays)
        : base(history)
    {
        this.launch = launch;
        this.selections = selections;
        this.rounds = rounds;
        this.roundDays = roundDays;
    }

    /// <summary>The name.</summary>
    public LocalizedText Name => launch.Name;

    /// <summary>The organisation that runs the programme.</summary>
    public OrganizationId Operator => launch.OperatorId;

    /// <summary>The day the district took the programme up.</summary>
    public LocalDate LaunchedOn => launch.Date;

    /// <summary>The rounds the district was selected for, in order, with their participants.</summary>
    public ImmutableArray<ProgramRound> Rounds => [.. selections.Select(s => rounds[s.Number].ToRound())];

    /// <summary>Takes a programme up.</summary>
    /// <param name="id">The programme's id.</param>
    /// <param name="date">The day the district takes it up.</param>
    /// <param name="name">The name.</param>
    /// <param name="operatorId">The organisation that runs it.</param>
    /// <returns>The programme, without rounds.</returns>
    /// <exception cref="System.ArgumentException">An id is default or the name is null; the exception names the parameter.</exception>
    public static SupportProgram Create(SupportProgramId id, LocalDate date, LocalizedText name, OrganizationId operatorId)
        => Found(new ProgramLaunched(Guard.Against.Default(id), date, name, operatorId)).Value;

    /// <summary>Rebuilds a programme from its history, deciding every step again.</summary>
    /// <param name="history">The steps, starting with a <see cref="ProgramLaunched"/>.</param>
    /// <returns>The programme, equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule: its rule id says which, <see cref="DomainRuleException.EventIndex"/> where.</exception>
    /// <exception cref="System.ArgumentException">The history or one of its events is null.</exception>
    public static SupportProgram Replay(IEnumerable<SupportProgramEvent> history) => Replay<ProgramLaunched>(history, Found);

    /// <summary>The district is selected for a round.</summary>
    /// <param name="date">The selection day, on or after the previous selection (or the launch).</param>
    /// <param name="number">The round number, above the last one recorded.</param>
    /// <param name="period">The days the round runs, starting on or after the selection.</param>
    /// <returns>The programme with the round.</returns>
    /// <exception cref="System.ArgumentException">The number is not positive.</exception>
    /// <exception cref="DomainRuleException"><see cref="ProgramRules.RoundOutOfSequence"/>, <see cref="ProgramRules.SelectionOutOfOrder"/>.</exception>
    [Transition]
    public SupportProgram SelectForRound(LocalDate date, int number, DateRange period) => Record(new ProgramRoundSelected(Id, date, number, period));

    /// <summary>The district is selected for a round, or the rule that stops it.</summary>
    /// <param name="date">The selection day, on or after the previous selection (or the launch).</param>
    /// <param name="number">The round number, above the last one recorded.</param>
    /// <param name="period">The days the round runs, starting on or after the selection.</param>
    /// <returns>The programme with the round, or the refusal (as <see cref="SelectForRound"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The number is not positive.</exception>
    [Transition]
    public Decision<SupportProgram> TrySelectForRound(LocalDate date, int number, DateRange period) => TryRecord(new ProgramRoundSelected(Id, date, number, period));

    /// <summary>True when <see cref="SelectForRound"/> with the same arguments would succeed.</summary>
    /// <param name="date">The selection day.</param>
    /// <param name="number">The round number.</param>
    /// <param name="period">The days the round runs.</param>
    /// <returns><see langword="true"/> when no rule stops the selection.</returns>
    /// <exception cref="System.ArgumentException">The number is not positive.</exception>
    public bool CanSelectForRound(LocalDate date, int number, DateRange period) => CanRecord(new ProgramRoundSelected(Id, date, number, period));

    /// <summary>An organisation joins a round.</summary>
    /// <param name="date">The day it joins, within the round's period.</param>
    /// <param name="round">The round number.</param>
    /// <param name="organization">The organisation.</param>
    /// <returns>The programme with the participant.</returns>
    /// <exception cref="System.ArgumentException">The round number is not positive or the organisation is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="ProgramRules.NoSuchRound"/>, <see cref="ProgramRules.ParticipantJoinedTwice"/>.</exception>
    [Transition]
    public SupportProgram AddOrganization(LocalDate date, int round, OrganizationId organization) => Record(new ProgramParticipantJoined(Id, date, round, organization, null));

    /// <summary>An organisation joins a round, or the rule that stops it.</summary>
    /// <param name="date">The day it joins, within the round's period.</param>
    /// <param name="round">The round number.</param>
    /// <param name="organization">The organisation.</param>
    /// <returns>The programme with the participant, or the refusal (as <see cref="AddOrganization"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The round number is not positive or the organisation is default.</exception>
    [Transition]
    public Decision<SupportProgram> TryAddOrganization(LocalDate date, int round, OrganizationId organization) => TryRecord(new ProgramParticipantJoined(Id, date, round, organization, null));

    /// <summary>True when <see cref="AddOrganization"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day it joins.</param>
    /// <param name="round">The round number.</param>
    /// <param name="organization">The organisation.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The round number is not positive or the organisation is default.</exception>
    public bool CanAddOrganization(LocalDate date, int round, OrganizationId organization) => CanRecord(new ProgramParticipantJoined(Id, date, round, organization, null));

    /// <summary>A company joins a round.</summary>
    /// <param name="date">The day it joins, within the round's period.</param>
    /// <param name="round">The round number.</param>
    /// <param name="company">The company.</param>
    /// <returns>The programme with the participant.</returns>
    /// <exception cref="System.ArgumentException">The round number is not positive or the company is default.</exception>
    /// <exception cref="DomainRuleException"><see cref="ProgramRules.NoSuchRound"/>, <see cref="ProgramRules.ParticipantJoinedTwice"/>.</exception>
    [Transition]
    public SupportProgram AddCompany(LocalDate date, int round, BusinessRegistrationNumber company) => Record(new ProgramParticipantJoined(Id, date, round, null, company));

    /// <summary>A company joins a round, or the rule that stops it.</summary>
    /// <param name="date">The day it joins, within the round's period.</param>
    /// <param name="round">The round number.</param>
    /// <param name="company">The company.</param>
    /// <returns>The programme with the participant, or the refusal (as <see cref="AddCompany"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The round number is not positive or the company is default.</exception>
    [Transition]
    public Decision<SupportProgram> TryAddCompany(LocalDate date, int round, BusinessRegistrationNumber company) => TryRecord(new ProgramParticipantJoined(Id, date, round, null, company));

    /// <summary>True when <see cref="AddCompany"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day it joins.</param>
    /// <param name="round">The round number.</param>
    /// <param name="company">The company.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The round number is not positive or the company is default.</exception>
    public bool CanAddCompany(LocalDate date, int round, BusinessRegistrationNumber company) => CanRecord(new ProgramParticipantJoined(Id, date, round, null, company));

    /// <summary>The rounds running on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The rounds whose period contains the day.</returns>
    public ImmutableArray<ProgramRound> RoundsOn(LocalDate date) => [.. roundDays.On(date).Select(i => rounds[selections[i].Number].ToRound())];

    /// <summary>How many rounds in a row the district had been selected for by a day (the streak ending at the latest selection by then).</summary>
    /// <param name="date">The day.</param>
    /// <returns>0 when not yet selected; 2 for Gwanak's Campus Town after its second selection.</returns>
    public int ConsecutiveSelectionsOn(LocalDate date)
    {
        int latest = selections.LastIndexWhere(s => s.Date <= date);
        return latest < 0 ? 0 : rounds[selections[latest].Number].Streak;
    }

    /// <summary>The name.</summary>
    /// <returns>The Korean name.</returns>
    public override string ToString() => Name.Korean;

    private protected override Refusal? Decide(SupportProgramEvent e) => e switch
    {
        ProgramRoundSelected s => SupportProgramDecisions.RoundSelected(this, s, selections.Count > 0 ? selections.Last : null),
        ProgramParticipantJoined j => SupportProgramDecisions.ParticipantJoined(this, j, rounds.GetValueOrDefault(j.Round)),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the programme is founded."),
    };

    private protected override SupportProgram Evolve(SupportProgramEvent e, AppendList<SupportProgramEvent> history) => e switch
    {
        ProgramRoundSelected s => new(
            history,
            launch,
            selections.Add(s),
            rounds.SetItem(s.Number, ProgramRoundState.Selected(s, selections.Count > 0 ? rounds[selections.Last.Number] : null)),
            roundDays.Add(s.Period, selections.Count)),
        ProgramParticipantJoined j => new(history, launch, selections, rounds.SetItem(j.Round, rounds[j.Round].Joined(j)), roundDays),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the programme is founded."),
    };

    private static Decision<SupportProgram> Found(ProgramLaunched launched)
        => new(new SupportProgram(Founded(launched), launched, AppendList<ProgramRoundSelected>.Empty, PersistentMap<int, ProgramRoundState>.Empty, DatedIntervals.Empty));
}

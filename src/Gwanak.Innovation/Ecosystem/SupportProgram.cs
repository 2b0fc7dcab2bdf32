using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
/// Gwanak was selected for Seoul Campus Town in two consecutive rounds (seed article, 2023):
/// <see cref="ConsecutiveSelectionsOn"/> answers "how many rounds in a row" on a day. Immutable and audited like the
/// other aggregates (<see cref="History"/>, <see cref="Replay"/>).
/// </remarks>
public sealed class SupportProgram : IEquatable<SupportProgram>
{
    private readonly ProgramLaunched launch;

    private SupportProgram(ProgramLaunched launch, ImmutableArray<ProgramRound> rounds, ImmutableArray<SupportProgramEvent> history)
    {
        this.launch = launch;
        Rounds = rounds;
        History = history;
    }

    /// <summary>The name.</summary>
    public LocalizedText Name => launch.Name;

    /// <summary>The organisation that runs the programme.</summary>
    public OrganizationId Operator => launch.Operator;

    /// <summary>The day the district took the programme up.</summary>
    public LocalDate LaunchedOn => launch.Date;

    /// <summary>The rounds the district was selected for, in order.</summary>
    public ImmutableArray<ProgramRound> Rounds { get; }

    /// <summary>Every step, in order; the programme is their fold.</summary>
    public ImmutableArray<SupportProgramEvent> History { get; }

    /// <summary>Takes a programme up.</summary>
    /// <param name="date">The day.</param>
    /// <param name="name">The name.</param>
    /// <param name="operatorId">The organisation that runs it.</param>
    /// <returns>The programme, without rounds.</returns>
    public static SupportProgram Launch(LocalDate date, LocalizedText name, OrganizationId operatorId)
        => Replay([new ProgramLaunched(date, name, operatorId)]);

    /// <summary>Rebuilds a programme from its history.</summary>
    /// <param name="history">The steps, starting with a <see cref="ProgramLaunched"/>.</param>
    /// <returns>The programme, equal to the one that produced the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule (its rule id says which).</exception>
    public static SupportProgram Replay(IEnumerable<SupportProgramEvent> history)
        => EventHistory.Replay(history, (ProgramLaunched launched) => new SupportProgram(launched with { Name = Guard.Against.Null(launched.Name, "name") }, [], [launched]), (program, e) => program.Apply(e), e => e.Date, ProgramRules.HistoryMustStartWithLaunch, "A programme's history starts with its launch");

    /// <summary>The district is selected for a round.</summary>
    /// <param name="selectedOn">The selection day.</param>
    /// <param name="number">The round number, above the last one recorded.</param>
    /// <param name="period">The days the round runs, starting on or after the selection.</param>
    /// <returns>The programme with the round.</returns>
    /// <exception cref="DomainRuleException"><see cref="ProgramRules.RoundOutOfSequence"/>, <see cref="ProgramRules.SelectionOutOfOrder"/>.</exception>
    public SupportProgram SelectForRound(LocalDate selectedOn, int number, DateRange period)
        => Apply(new ProgramRoundSelected(selectedOn, number, period));

    /// <summary>An organisation joins a round.</summary>
    /// <param name="date">The day it joins, within the round's period.</param>
    /// <param name="round">The round number.</param>
    /// <param name="organization">The organisation.</param>
    /// <returns>The programme with the participant.</returns>
    /// <exception cref="DomainRuleException"><see cref="ProgramRules.NoSuchRound"/>, <see cref="ProgramRules.ParticipantJoinedTwice"/>.</exception>
    public SupportProgram AddOrganization(LocalDate date, int round, OrganizationId organization)
        => Apply(new ProgramParticipantJoined(date, round, organization, null));

    /// <summary>A company joins a round.</summary>
    /// <param name="date">The day it joins, within the round's period.</param>
    /// <param name="round">The round number.</param>
    /// <param name="company">The company.</param>
    /// <returns>The programme with the participant.</returns>
    /// <exception cref="DomainRuleException"><see cref="ProgramRules.NoSuchRound"/>, <see cref="ProgramRules.ParticipantJoinedTwice"/>.</exception>
    public SupportProgram AddCompany(LocalDate date, int round, BusinessRegistrationNumber company)
        => Apply(new ProgramParticipantJoined(date, round, null, company));

    /// <summary>The rounds running on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The rounds whose period contains the day.</returns>
    public ImmutableArray<ProgramRound> RoundsOn(LocalDate date) => [.. Rounds.Where(r => r.Period.Contains(date))];

    /// <summary>How many rounds in a row the district had been selected for by a day (the streak ending at the latest selection by then).</summary>
    /// <param name="date">The day.</param>
    /// <returns>0 when not yet selected; 2 for Gwanak's Campus Town after its second selection.</returns>
    public int ConsecutiveSelectionsOn(LocalDate date)
    {
        var selected = Rounds.Where(r => r.SelectedOn <= date).Select(r => r.Number).ToArray();
        int streak = selected.Length == 0 ? 0 : 1;
        for (int i = selected.Length - 1; i > 0 && selected[i - 1] == selected[i] - 1; i--)
        {
            streak++;
        }

        return streak;
    }

    /// <inheritdoc/>
    public bool Equals(SupportProgram? other) => other is not null && History.SequenceEqual(other.History);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SupportProgram);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, History.Length);

    /// <summary>The name.</summary>
    /// <returns>The Korean name.</returns>
    public override string ToString() => Name.Korean;

    private SupportProgram Apply(SupportProgramEvent e)
    {
        switch (e)
        {
            case ProgramRoundSelected s:
                Guard.Against.NegativeOrZero(s.Number, "number");
                if (Rounds.Length > 0 && s.Number <= Rounds[^1].Number)
                {
                    throw new DomainRuleException(ProgramRules.RoundOutOfSequence, $"Tried to record round {s.Number} of {Name.Korean}, but round {Rounds[^1].Number} is already recorded; rounds are recorded in increasing order.");
                }

                var previous = Rounds.Length > 0 ? Rounds[^1].SelectedOn : LaunchedOn;
                if (s.Date < previous || s.Period.Start < s.Date)
                {
                    throw new DomainRuleException(ProgramRules.SelectionOutOfOrder, $"Tried to record the selection of {s.Date:uuuu-MM-dd} for round {s.Number} of {Name.Korean} running {s.Period}; a selection follows the previous one ({previous:uuuu-MM-dd}) and comes on or before the round starts.");
                }

                return new SupportProgram(launch, Rounds.Add(new ProgramRound(s.Number, s.Date, s.Period, [], [])), History.Add(e));
            case ProgramParticipantJoined j:
                if (j.Organization is null == j.Company is null)
                {
                    throw new ArgumentException("A participant is either an organisation or a company.", nameof(e));
                }

                string who = j.Organization?.ToString() ?? j.Company!.Value.ToString();
                var round = Rounds.FirstOrDefault(r => r.Number == j.Round);
                if (round is null || !round.Period.Contains(j.Date))
                {
                    throw new DomainRuleException(ProgramRules.NoSuchRound, $"Tried to add {who} to round {j.Round} of {Name.Korean} on {j.Date:uuuu-MM-dd}, but {(round is null ? "the district was not selected for that round" : $"the round runs {round.Period}")}; participants join a selected round while it runs.");
                }

                if ((j.Organization is { } o && round.Organizations.Contains(o)) || (j.Company is { } c && round.Companies.Contains(c)))
                {
                    throw new DomainRuleException(ProgramRules.ParticipantJoinedTwice, $"Tried to add {who} to round {j.Round} of {Name.Korean}, but it already takes part; a participant joins a round once.");
                }

                var updated = j.Organization is { } org
                    ? round with { Organizations = round.Organizations.Add(org) }
                    : round with { Companies = round.Companies.Add(j.Company!.Value) };
                return new SupportProgram(launch, Rounds.Replace(round, updated), History.Add(e));
            case ProgramLaunched:
                throw new DomainRuleException(ProgramRules.HistoryMustStartWithLaunch, $"{Name.Korean} was already launched on {LaunchedOn:uuuu-MM-dd}; a history has exactly one launch, at its start.");
            default:
                throw new ArgumentException($"Unknown programme event {e.GetType().Name}.", nameof(e));
        }
    }
}

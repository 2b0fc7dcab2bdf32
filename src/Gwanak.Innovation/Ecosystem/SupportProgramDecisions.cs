using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The rules a support programme's steps are decided by, each with the refusal it gives (<see cref="ProgramRules"/>).</summary>
internal static class SupportProgramDecisions
{
    public static Refusal? RoundSelected(SupportProgram program, ProgramRoundSelected s, ProgramRoundSelected? last)
    {
        if (last is not null && s.Number <= last.Number)
        {
            return new(ProgramRules.RoundOutOfSequence, $"Tried to record round {s.Number} of {program.Name.Korean}, but round {last.Number} is already recorded; rounds are recorded in increasing order.");
        }

        var previous = last?.Date ?? program.LaunchedOn;
        return s.Date < previous || s.Period.Start < s.Date
            ? new(ProgramRules.SelectionOutOfOrder, $"Tried to record the selection of {s.Date:uuuu-MM-dd} for round {s.Number} of {program.Name.Korean} running {s.Period}; a selection follows the previous one ({previous:uuuu-MM-dd}) and comes on or before the round starts.")
            : null;
    }

    public static Refusal? ParticipantJoined(SupportProgram program, ProgramParticipantJoined j, ProgramRoundState? round)
    {
        string who = j.Organization?.ToString() ?? j.Company.ToString()!;
        if (round is null || !round.Selection.Period.Contains(j.Date))
        {
            return new(ProgramRules.NoSuchRound, $"Tried to add {who} to round {j.Round} of {program.Name.Korean} on {j.Date:uuuu-MM-dd}, but {(round is null ? "the district was not selected for that round" : $"the round runs {round.Selection.Period}")}; participants join a selected round while it runs.");
        }

        return round.Includes(j)
            ? new(ProgramRules.ParticipantJoinedTwice, $"Tried to add {who} to round {j.Round} of {program.Name.Korean}, but it already takes part; a participant joins a round once.")
            : null;
    }
}

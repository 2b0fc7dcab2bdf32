namespace Gwanak.Innovation.Ecosystem;

/// <summary>The stable ids of the rules about support programmes; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
public static class ProgramRules
{
    /// <summary>A round was numbered at or below the last round recorded.</summary>
    public const string RoundOutOfSequence = "PRG-001";

    /// <summary>A selection was dated before the previous one or before the programme was launched, or its period starts before the selection.</summary>
    public const string SelectionOutOfOrder = "PRG-002";

    /// <summary>A participant joined a round it already takes part in.</summary>
    public const string ParticipantJoinedTwice = "PRG-003";

    /// <summary>A participant joined a round the programme was not selected for, or outside the round's period.</summary>
    public const string NoSuchRound = "PRG-004";
}

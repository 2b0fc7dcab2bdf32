using Gwanak.Innovation.Primitives;

namespace DistrictPortal.Portal;

/// <summary>What kept a write from being stored.</summary>
public enum WriteProblemKind
{
    /// <summary>The form's input is incomplete or does not parse.</summary>
    Invalid,

    /// <summary>A rule of the model refused the change.</summary>
    Refused,

    /// <summary>Another officer changed the record since the form was loaded.</summary>
    Conflict,
}

/// <summary>Why a write was not stored, for the page: the kind, and for a refusal the rule id, its meaning in Korean and English (<see cref="RuleCatalog"/>) and the model's own message.</summary>
public sealed record WriteProblem(WriteProblemKind Kind, string? RuleId, Refusal? Refusal)
{
    /// <summary>Another officer changed the record since the form was loaded.</summary>
    public static WriteProblem Conflict { get; } = new(WriteProblemKind.Conflict, null, null);

    /// <summary>The meaning of the refused rule in both languages, when the catalogue lists it.</summary>
    public LocalizedText? Meaning => RuleId is null ? null : RuleCatalog.Find(RuleId)?.Meaning;

    /// <summary>A refusal by a rule of the model.</summary>
    public static WriteProblem Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(WriteProblemKind.Refused, refusal.RuleId, refusal);
    }
}

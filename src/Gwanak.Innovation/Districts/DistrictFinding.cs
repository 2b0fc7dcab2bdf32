using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Districts;

/// <summary>
/// Something in a district's records that does not hold together across contexts, such as an agreement party that is no
/// organisation of the district: reported by <see cref="InnovationDistrict.Check"/>, never thrown, so a portal can list
/// and link them.
/// </summary>
public sealed record DistrictFinding
{
    internal DistrictFinding(string ruleId, string subject, string subjectId, string message)
    {
        RuleId = Guard.Against.NullOrWhiteSpace(ruleId);
        Subject = Guard.Against.NullOrWhiteSpace(subject);
        SubjectId = Guard.Against.NullOrWhiteSpace(subjectId);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>The stable id, one of <see cref="DistrictRules"/>; <see cref="RuleCatalog"/> gives its meaning and source.</summary>
    public string RuleId { get; }

    /// <summary>The kind of record the finding is about: <c>agreement</c>, <c>zone</c>, <c>fund</c>, <c>facility</c>, <c>trip</c>, …</summary>
    public string Subject { get; }

    /// <summary>The id of that record, as text.</summary>
    public string SubjectId { get; }

    /// <summary>What does not hold together, in English.</summary>
    public string Message { get; }

    /// <summary>The rule id, the record and the message.</summary>
    /// <returns>For example <c>DST-001 agreement mou-2023: …</c>.</returns>
    public override string ToString() => $"{RuleId} {Subject} {SubjectId}: {Message}";
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>Criterion: the required kinds of infrastructure (transport, communication, finance by default) are present.</summary>
/// <remarks>Source: Act on Special Measures for the Promotion of Venture Businesses, Art. 18-4 (press summary, docs/domain.md).</remarks>
public sealed class InfrastructureCriterion : IDesignationCriterion
{
    /// <summary>Creates the criterion.</summary>
    /// <param name="required">The kinds required; transport, communication and finance when null.</param>
    public InfrastructureCriterion(IEnumerable<InfrastructureKind>? required = null)
        => Required = [.. (required ?? [InfrastructureKind.Transport, InfrastructureKind.Communication, InfrastructureKind.Finance]).Distinct().Order()];

    /// <summary>The kinds required.</summary>
    public ImmutableArray<InfrastructureKind> Required { get; }

    /// <inheritdoc/>
    public string Id => ZoneRules.InfrastructureCriterion;

    /// <inheritdoc/>
    public LocalizedText Name { get; } = LocalizedText.Create("교통·통신·금융 기반시설", "Transport, communication and finance infrastructure");

    /// <inheritdoc/>
    public string Source => "Venture Act Art. 18-4 (press summary: transport, communication and finance infrastructure exists)";

    /// <inheritdoc/>
    public CriterionResult Evaluate(ZoneDesignationEvidence evidence)
    {
        Guard.Against.Null(evidence);
        var present = Required.Where(evidence.Infrastructure.Contains).ToArray();
        var missing = Required.Except(present).ToArray();
        string figure = missing.Length == 0
            ? Labels(present)
            : $"{Labels(present)}; missing {Labels(missing)}";
        return new CriterionResult(Id, Name, missing.Length == 0, figure, Labels(Required), Source);
    }

    // "none" for no kinds, so that a criterion requiring nothing still states its figure and threshold.
    private static string Labels(IReadOnlyCollection<InfrastructureKind> kinds)
        => kinds.Count == 0 ? "none" : string.Join(", ", kinds.Select(k => k switch
        {
            InfrastructureKind.Transport => "Transport (교통)",
            InfrastructureKind.Communication => "Communication (통신)",
            InfrastructureKind.Finance => "Finance (금융)",
            _ => k.ToString(),
        }));
}

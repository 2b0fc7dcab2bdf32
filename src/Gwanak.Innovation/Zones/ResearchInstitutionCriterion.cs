using System.Globalization;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>Criterion: a university or research institute is present in the area.</summary>
/// <remarks>Source: Act on Special Measures for the Promotion of Venture Businesses, Art. 18-4 (press summary, docs/domain.md).</remarks>
public sealed class ResearchInstitutionCriterion : IDesignationCriterion
{
    /// <summary>Creates the criterion.</summary>
    /// <param name="minimum">The number of universities or research institutes required; 1 by default.</param>
    public ResearchInstitutionCriterion(int minimum = 1) => Minimum = Guard.Against.NegativeOrZero(minimum);

    /// <summary>The number required.</summary>
    public int Minimum { get; }

    /// <inheritdoc/>
    public string Id => ZoneRules.ResearchInstitutionCriterion;

    /// <inheritdoc/>
    public LocalizedText Name { get; } = LocalizedText.Create("대학 또는 연구기관 소재", "University or research institute present");

    /// <inheritdoc/>
    public string Source => "Venture Act Art. 18-4 (press summary: a university or research institute is in the area)";

    /// <inheritdoc/>
    public CriterionResult Evaluate(ZoneDesignationEvidence evidence)
    {
        Guard.Against.Null(evidence);
        var found = evidence.UniversitiesAndResearchInstitutes;
        string figure = found.IsEmpty
            ? "none"
            : string.Format(CultureInfo.InvariantCulture, "{0} ({1})", found.Length, string.Join(", ", found));
        string threshold = string.Format(CultureInfo.InvariantCulture, "at least {0}", Minimum);
        return new CriterionResult(Id, Name, found.Length >= Minimum, figure, threshold, Source);
    }
}

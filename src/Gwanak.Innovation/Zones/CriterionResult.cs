using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>The outcome of one designation criterion: whether it passed, with the figure found and the threshold asked.</summary>
/// <remarks>
/// The built-in criteria follow the Act on Special Measures for the Promotion of Venture Businesses, Art. 18-4
/// (docs/domain.md); a criterion of another regime (<see cref="IDesignationCriterion"/>) builds its own result, which a
/// committee reads line by line in <see cref="DesignationCriteriaReport.ToText"/>, so every text is required.
/// </remarks>
public sealed record CriterionResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="criterionId">The criterion's stable id, for example <c>ZON-101</c>.</param>
    /// <param name="name">The criterion's name.</param>
    /// <param name="passed">True when the figure meets the threshold.</param>
    /// <param name="figure">The figure found, for example <c>112 of 1,000 SMEs (11.2%)</c>.</param>
    /// <param name="threshold">The threshold, for example <c>at least 10%</c>.</param>
    /// <param name="source">The legal source of the criterion, for example <c>Venture Act Art. 18-4</c>.</param>
    /// <exception cref="System.ArgumentException">The name is null, or a text is null, empty or blank.</exception>
    public CriterionResult(string criterionId, LocalizedText name, bool passed, string figure, string threshold, string source)
    {
        CriterionId = Guard.Against.NullOrWhiteSpace(criterionId);
        Name = Guard.Against.Null(name);
        Passed = passed;
        Figure = Guard.Against.NullOrWhiteSpace(figure);
        Threshold = Guard.Against.NullOrWhiteSpace(threshold);
        Source = Guard.Against.NullOrWhiteSpace(source);
    }

    /// <summary>The criterion's stable id, for example <c>ZON-101</c>.</summary>
    public string CriterionId { get; }

    /// <summary>The criterion's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>True when the figure meets the threshold.</summary>
    public bool Passed { get; }

    /// <summary>The figure found, for example <c>112 of 1,000 SMEs (11.2%)</c>.</summary>
    public string Figure { get; }

    /// <summary>The threshold, for example <c>at least 10%</c>.</summary>
    public string Threshold { get; }

    /// <summary>The legal source of the criterion, for example <c>Venture Act Art. 18-4</c>.</summary>
    public string Source { get; }
}

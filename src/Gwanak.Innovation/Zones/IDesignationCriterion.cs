using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>A named designation criterion that a <see cref="DesignationCriteria"/> set evaluates against a zone's evidence.</summary>
/// <remarks>Implement it to model another regime's criteria; the built-in ones follow the Venture Act.</remarks>
public interface IDesignationCriterion
{
    /// <summary>The stable id, for example <c>ZON-101</c>.</summary>
    string Id { get; }

    /// <summary>The name a committee reads.</summary>
    LocalizedText Name { get; }

    /// <summary>The legal source.</summary>
    string Source { get; }

    /// <summary>Evaluates the criterion.</summary>
    /// <param name="evidence">The zone's data on a day.</param>
    /// <returns>The result with its figure and threshold.</returns>
    CriterionResult Evaluate(ZoneDesignationEvidence evidence);
}

using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>The outcome of one designation criterion: whether it passed, with the figure found and the threshold asked.</summary>
/// <param name="CriterionId">The criterion's stable id, for example <c>ZON-101</c>.</param>
/// <param name="Name">The criterion's name.</param>
/// <param name="Passed">True when the figure meets the threshold.</param>
/// <param name="Figure">The figure found, for example <c>112 of 1,000 SMEs (11.2%)</c>.</param>
/// <param name="Threshold">The threshold, for example <c>at least 10%</c>.</param>
/// <param name="Source">The legal source of the criterion.</param>
public sealed record CriterionResult(string CriterionId, LocalizedText Name, bool Passed, string Figure, string Threshold, string Source);

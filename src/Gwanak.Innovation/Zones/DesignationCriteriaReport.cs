using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The result of checking a zone against a set of designation criteria on a day: each criterion with its numbers.</summary>
/// <param name="Regime">The name of the criteria set.</param>
/// <param name="Zone">The zone's name.</param>
/// <param name="AsOf">The day of the evidence.</param>
/// <param name="Results">One result per criterion, in the set's order.</param>
public sealed record DesignationCriteriaReport(string Regime, LocalizedText Zone, LocalDate AsOf, ImmutableArray<CriterionResult> Results)
{
    /// <summary>True when every criterion passed (and there was at least one).</summary>
    public bool AllPassed => !Results.IsEmpty && Results.All(r => r.Passed);

    /// <summary>The criteria that failed.</summary>
    public ImmutableArray<CriterionResult> Failed => [.. Results.Where(r => !r.Passed)];

    /// <summary>The report as text a committee reads: one line per criterion with figure, threshold and source, then the verdict.</summary>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append($"{Zone.Korean} / {Zone.English} — {Regime}, as of {AsOf:uuuu-MM-dd}\n");
        foreach (var r in Results)
        {
            text.Append($"[{(r.Passed ? "PASS" : "FAIL")}] {r.CriterionId} {r.Name.Korean} / {r.Name.English}: {r.Figure} (required: {r.Threshold}; source: {r.Source})\n");
        }

        text.Append(AllPassed
            ? "Verdict: all criteria met."
            : $"Verdict: not met ({string.Join(", ", Failed.Select(r => r.CriterionId))}).");
        return text.ToString();
    }
}

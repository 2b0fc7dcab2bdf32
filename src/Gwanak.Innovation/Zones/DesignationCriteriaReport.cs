using System.Linq;
using System.Text;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The result of checking a zone against a set of designation criteria on a day: each criterion with its numbers.</summary>
/// <remarks>
/// <see cref="DesignationCriteria.Evaluate"/> builds it; two reports are equal when they hold the same results in the
/// same order. The built-in criteria follow the Venture Act Art. 18-4 (docs/domain.md).
/// </remarks>
public sealed record DesignationCriteriaReport
{
    internal DesignationCriteriaReport(string regime, LocalizedText zone, LocalDate asOf, EquatableArray<CriterionResult> results)
    {
        Regime = regime;
        Zone = zone;
        AsOf = asOf;
        Results = results;
    }

    /// <summary>The name of the criteria set, for example <c>Venture Act Art. 18-4</c>.</summary>
    public string Regime { get; }

    /// <summary>The zone's name.</summary>
    public LocalizedText Zone { get; }

    /// <summary>The day of the evidence.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One result per criterion, in the set's order.</summary>
    public EquatableArray<CriterionResult> Results { get; }

    /// <summary>True when every criterion passed (and there was at least one).</summary>
    public bool AllPassed => !Results.IsEmpty && Results.All(r => r.Passed);

    /// <summary>The criteria that failed.</summary>
    public EquatableArray<CriterionResult> Failed => [.. Results.Where(r => !r.Passed)];

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

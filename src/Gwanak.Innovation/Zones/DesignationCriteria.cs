using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>
/// A named, replaceable set of designation criteria; <see cref="Evaluate"/> gives the report a committee reads.
/// </summary>
/// <remarks>
/// <see cref="VentureAct"/> holds the three criteria of the press summaries of the Venture Act (docs/domain.md). Another
/// regime replaces, removes or adds criteria with <see cref="With"/> and <see cref="Without"/>, or builds its own set.
/// </remarks>
public sealed class DesignationCriteria
{
    /// <summary>Creates a set.</summary>
    /// <param name="name">The name of the regime, for example <c>Venture Act (2022)</c>.</param>
    /// <param name="criteria">The criteria, in reading order; ids must be distinct.</param>
    /// <exception cref="ArgumentException">The name is empty or two criteria share an id.</exception>
    public DesignationCriteria(string name, IEnumerable<IDesignationCriterion> criteria)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Criteria = [.. Guard.Against.Null(criteria)];
        var duplicate = Criteria.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two criteria have the id {duplicate.Key}; each criterion of a set has its own id.", nameof(criteria));
        }
    }

    /// <summary>The Venture Act criteria as summarised in the press: venture share of at least 10%, a university or research institute, infrastructure.</summary>
    public static DesignationCriteria VentureAct { get; } = new(
        "Venture Act Art. 18-4",
        [new VentureShareCriterion(), new ResearchInstitutionCriterion(), new InfrastructureCriterion()]);

    /// <summary>The name of the regime.</summary>
    public string Name { get; }

    /// <summary>The criteria in reading order.</summary>
    public ImmutableArray<IDesignationCriterion> Criteria { get; }

    /// <summary>The set with a criterion added, or replacing the one with the same id in place.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The new set.</returns>
    [Transition]
    public DesignationCriteria With(IDesignationCriterion criterion)
    {
        Guard.Against.Null(criterion);
        int index = -1;
        for (int i = 0; i < Criteria.Length && index < 0; i++)
        {
            index = Criteria[i].Id == criterion.Id ? i : -1;
        }

        return new DesignationCriteria(Name, index >= 0 ? Criteria.SetItem(index, criterion) : Criteria.Add(criterion));
    }

    /// <summary>The set without the criterion of an id.</summary>
    /// <param name="criterionId">The id, for example <c>ZON-103</c>.</param>
    /// <returns>The new set (unchanged when no criterion has that id).</returns>
    [Transition]
    public DesignationCriteria Without(string criterionId)
        => new(Name, Criteria.Where(c => c.Id != criterionId));

    /// <summary>Evaluates every criterion against the evidence.</summary>
    /// <param name="evidence">The zone's data on a day.</param>
    /// <returns>The report.</returns>
    public DesignationCriteriaReport Evaluate(ZoneDesignationEvidence evidence)
    {
        Guard.Against.Null(evidence);
        return new DesignationCriteriaReport(Name, evidence.Zone.Name, evidence.AsOf, [.. Criteria.Select(c => c.Evaluate(evidence))]);
    }
}

using System.Collections.Immutable;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A round as a programme's decisions read it: its selection, the streak of consecutive rounds it ends, and its
/// participants in the order they joined and as sets, so that a join is decided and recorded in O(log n).
/// </summary>
internal sealed class ProgramRoundState
{
    private readonly AppendList<OrganizationId> organizations;
    private readonly AppendList<BusinessRegistrationNumber> companies;
    private readonly ImmutableHashSet<OrganizationId> organizationSet;
    private readonly ImmutableHashSet<BusinessRegistrationNumber> companySet;

    private ProgramRoundState(
        ProgramRoundSelected selection,
        int streak,
        AppendList<OrganizationId> organizations,
        AppendList<BusinessRegistrationNumber> companies,
        ImmutableHashSet<OrganizationId> organizationSet,
        ImmutableHashSet<BusinessRegistrationNumber> companySet)
    {
        Selection = selection;
        Streak = streak;
        this.organizations = organizations;
        this.companies = companies;
        this.organizationSet = organizationSet;
        this.companySet = companySet;
    }

    /// <summary>The selection for the round.</summary>
    public ProgramRoundSelected Selection { get; }

    /// <summary>How many rounds in a row, this one included, the district had been selected for at this selection.</summary>
    public int Streak { get; }

    /// <summary>A newly selected round, following the round selected before it (or none).</summary>
    public static ProgramRoundState Selected(ProgramRoundSelected selection, ProgramRoundState? previous)
        => new(
            selection,
            previous is not null && previous.Selection.Number == selection.Number - 1 ? previous.Streak + 1 : 1,
            AppendList<OrganizationId>.Empty,
            AppendList<BusinessRegistrationNumber>.Empty,
            [],
            []);

    /// <summary>True when the participant of a join already takes part in the round.</summary>
    public bool Includes(ProgramParticipantJoined j)
        => j.Organization is { } o ? organizationSet.Contains(o) : companySet.Contains(j.Company!.Value);

    /// <summary>The round with the participant of a join.</summary>
    public ProgramRoundState Joined(ProgramParticipantJoined j) => j.Organization is { } o
        ? new(Selection, Streak, organizations.Add(o), companies, organizationSet.Add(o), companySet)
        : new(Selection, Streak, organizations, companies.Add(j.Company!.Value), organizationSet, companySet.Add(j.Company!.Value));

    /// <summary>The round as the programme reports it.</summary>
    public ProgramRound ToRound() => new(Selection.Number, Selection.Date, Selection.Period, new(organizations), new(companies));
}

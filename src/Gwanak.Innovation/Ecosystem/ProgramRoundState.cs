using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A round as a programme's decisions read it: its selection, the streak of consecutive rounds it ends, and its
/// participants in the order they joined and by their positions there, so that a join is decided and recorded in O(log n).
/// </summary>
internal sealed class ProgramRoundState
{
    private readonly AppendList<OrganizationId> organizations;
    private readonly AppendList<BusinessRegistrationNumber> companies;
    private readonly PersistentMap<OrganizationId, int> organizationPositions;
    private readonly PersistentMap<BusinessRegistrationNumber, int> companyPositions;

    private ProgramRoundState(
        ProgramRoundSelected selection,
        int streak,
        AppendList<OrganizationId> organizations,
        AppendList<BusinessRegistrationNumber> companies,
        PersistentMap<OrganizationId, int> organizationPositions,
        PersistentMap<BusinessRegistrationNumber, int> companyPositions)
    {
        Selection = selection;
        Streak = streak;
        this.organizations = organizations;
        this.companies = companies;
        this.organizationPositions = organizationPositions;
        this.companyPositions = companyPositions;
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
            PersistentMap<OrganizationId, int>.Empty,
            PersistentMap<BusinessRegistrationNumber, int>.Empty);

    /// <summary>True when the participant of a join already takes part in the round.</summary>
    public bool Includes(ProgramParticipantJoined j)
        => j.Organization is { } o ? organizationPositions.ContainsKey(o) : companyPositions.ContainsKey(j.Company!.Value);

    /// <summary>The round with the participant of a join.</summary>
    public ProgramRoundState Joined(ProgramParticipantJoined j) => j.Organization is { } o
        ? new(Selection, Streak, organizations.Add(o), companies, organizationPositions.SetItem(o, organizations.Count), companyPositions)
        : new(Selection, Streak, organizations, companies.Add(j.Company!.Value), organizationPositions, companyPositions.SetItem(j.Company!.Value, companies.Count));

    /// <summary>The round as the programme reports it.</summary>
    public ProgramRound ToRound() => new(Selection.Number, Selection.Date, Selection.Period, new(organizations), new(companies));
}

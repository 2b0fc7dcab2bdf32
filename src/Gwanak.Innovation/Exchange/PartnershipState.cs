using System.Collections.Immutable;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// What a city partnership's decisions and questions read, kept beside its history: the stages by day, the live stage
/// a dormant tie returns to, the last activity, the latest founding agreement and the council's resolutions.
/// </summary>
/// <param name="Stages">The stage after each change, oldest first, starting with <see cref="PartnershipStage.Exploring"/> on the opening day.</param>
/// <param name="LiveStage">The last live stage: the stage now, or the one a dormant or ended tie had.</param>
/// <param name="LastActivityOn">The day of the last event that is not a move to dormant or ended.</param>
/// <param name="FoundingAgreement">The agreement behind the latest move up that named one.</param>
/// <param name="Resolutions">The council's resolutions, oldest first.</param>
/// <param name="ApprovedByCouncil">The stages a recorded resolution approves.</param>
internal sealed record PartnershipState(
    AppendList<(LocalDate Date, PartnershipStage Stage)> Stages,
    PartnershipStage LiveStage,
    LocalDate LastActivityOn,
    AgreementId? FoundingAgreement,
    AppendList<CouncilResolution> Resolutions,
    ImmutableHashSet<PartnershipStage> ApprovedByCouncil)
{
    /// <summary>The state of a tie just opened.</summary>
    /// <param name="date">The day of the first contact.</param>
    /// <returns>Exploring since that day.</returns>
    public static PartnershipState Opened(LocalDate date)
        => new(AppendList<(LocalDate, PartnershipStage)>.Empty.Add((date, PartnershipStage.Exploring)), PartnershipStage.Exploring, date, null, AppendList<CouncilResolution>.Empty, []);

    /// <summary>The stage now.</summary>
    public PartnershipStage Stage => Stages.Last.Stage;

    /// <summary>The day the tie reached its current stage.</summary>
    public LocalDate StageSince => Stages.Last.Date;

    /// <summary>The stage at the end of a day on or after the opening.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The stage of the last change dated on or before it.</returns>
    public PartnershipStage StageOn(LocalDate date) => Stages[Stages.LastIndexWhere(s => s.Date <= date)].Stage;

    /// <summary>The state after a change of stage.</summary>
    /// <param name="date">The day of the change.</param>
    /// <param name="stage">The new stage.</param>
    /// <returns>The new state.</returns>
    public PartnershipState MovedTo(LocalDate date, PartnershipStage stage)
        => this with { Stages = Stages.Add((date, stage)), LiveStage = stage is PartnershipStage.Dormant or PartnershipStage.Ended ? LiveStage : stage };
}

using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>The rules a city partnership's steps are decided by, each with the refusal it gives (<see cref="PartnershipRules"/>).</summary>
internal static class PartnershipDecisions
{
    public static Refusal? Advance(CityPartnership tie, PartnershipState state, PartnershipAdvanced a)
    {
        var (city, date, target) = (tie.City, a.Date, a.Target);
        if (StillOpen(tie, state, date, $"move the tie to {target}") is { } closed)
        {
            return closed;
        }

        if (state.Stage == PartnershipStage.Dormant)
        {
            return new(PartnershipRules.IllegalStageMove, $"Cannot move the tie with {city} to {target} on {date:uuuu-MM-dd}: it is dormant. Revive it first.");
        }

        if (target is PartnershipStage.Dormant or PartnershipStage.Ended or PartnershipStage.Exploring || target <= state.Stage)
        {
            return new(PartnershipRules.IllegalStageMove, $"Cannot move the tie with {city} from {state.Stage} to {target} on {date:uuuu-MM-dd}: a tie only moves up through LetterOfIntent, FriendshipCity and SisterCity (use GoDormant or End for the others).");
        }

        if (target == PartnershipStage.SisterCity && !state.ApprovedByCouncil.Contains(PartnershipStage.SisterCity))
        {
            return new(PartnershipRules.SisterCityNeedsCouncilResolution, $"Cannot make {city} a sister city on {date:uuuu-MM-dd}: no resolution of the local council approving a sister-city tie is recorded. Record the resolution (date, reference) first.");
        }

        if (target == PartnershipStage.SisterCity && a.Agreement is null)
        {
            return new(PartnershipRules.SisterCityNeedsAgreement, $"Cannot make {city} a sister city on {date:uuuu-MM-dd} without the agreement that founds it: pass the id of the sister-city agreement signed by both heads.");
        }

        return target == PartnershipStage.FriendshipCity && a.Policy.FriendshipNeedsCouncilResolution && !state.ApprovedByCouncil.Contains(PartnershipStage.FriendshipCity)
            ? new(PartnershipRules.FriendshipNeedsCouncilResolution, $"Cannot make {city} a friendship city on {date:uuuu-MM-dd}: the district's policy (stated {a.Policy.StatedOn:uuuu-MM-dd}) demands a council resolution approving it, and none is recorded.")
            : null;
    }

    public static Refusal? Dormancy(CityPartnership tie, PartnershipState state, PartnershipWentDormant d)
        => StillOpen(tie, state, d.Date, "declare the tie dormant")
            ?? (state.Stage == PartnershipStage.Dormant
                ? new(PartnershipRules.IllegalStageMove, $"Cannot declare the tie with {tie.City} dormant on {d.Date:uuuu-MM-dd}: it has been dormant since {state.StageSince:uuuu-MM-dd}. Revive it or end it.")
                : null);

    public static Refusal? Revival(CityPartnership tie, PartnershipState state, PartnershipRevived r)
        => StillOpen(tie, state, r.Date, "revive the tie")
            ?? (state.Stage != PartnershipStage.Dormant
                ? new(PartnershipRules.IllegalStageMove, $"Cannot revive the tie with {tie.City} on {r.Date:uuuu-MM-dd}: it is at stage {state.Stage}, not dormant. Only a dormant tie can be revived.")
                : null);

    /// <summary>The rules every step meets: the tie has not ended, and steps are recorded in date order.</summary>
    public static Refusal? StillOpen(CityPartnership tie, PartnershipState state, LocalDate date, string attempted)
    {
        if (state.Stage == PartnershipStage.Ended)
        {
            return new(PartnershipRules.PartnershipEnded, $"Cannot {attempted} with {tie.City} on {date:uuuu-MM-dd}: the tie ended on {state.StageSince:uuuu-MM-dd} and accepts nothing more. Open a new partnership instead.");
        }

        return date < tie.LastRecordedOn
            ? new(PartnershipRules.EventBeforeLastEvent, $"Cannot {attempted} with {tie.City} on {date:uuuu-MM-dd}: the last recorded event is of {tie.LastRecordedOn:uuuu-MM-dd}. Events are recorded in date order.")
            : null;
    }
}

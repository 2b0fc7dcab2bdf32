using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// A tie between a district and another city (국제교류 / 자매결연), from first contacts through letter of intent,
/// friendship city (우호도시) and sister city (자매도시), possibly dormant, possibly ended. Immutable: every
/// transition returns a new partnership with one more event in its <see cref="History"/>.
/// </summary>
/// <remarks>
/// Source: DESIGN.md §3 — a friendship tie is usually made by a letter of intent or an agreement without council
/// approval; a sister-city tie needs a resolution of the local council (Local Autonomy Act) and the agreement
/// signed by both heads; ties can go dormant or be ended. Whether a friendship tie also needs a resolution is a
/// <see cref="PartnershipPolicy"/> the caller sets.
/// </remarks>
public sealed class CityPartnership : IEquatable<CityPartnership>
{
    private readonly ImmutableArray<PartnershipEvent> history;

    private CityPartnership(ImmutableArray<PartnershipEvent> history, PartnershipOpened opened, PartnershipStage stage, PartnershipStage stageBeforeDormancy)
    {
        this.history = history;
        District = opened.District;
        City = opened.City;
        Stage = stage;
        StageBeforeDormancy = stageBeforeDormancy;
    }

    /// <summary>The home district.</summary>
    public AdministrativeDistrictCode District { get; }

    /// <summary>The partner city.</summary>
    public PartnerCity City { get; }

    /// <summary>The stage now.</summary>
    public PartnershipStage Stage { get; }

    /// <summary>The live stage the tie had when it went dormant; equal to <see cref="Stage"/> while the tie is live.</summary>
    public PartnershipStage StageBeforeDormancy { get; }

    /// <summary>Everything that happened, oldest first; the partnership is the fold of it (<see cref="Replay"/>).</summary>
    public IReadOnlyList<PartnershipEvent> History => history;

    /// <summary>The day of the first recorded contact.</summary>
    public LocalDate Since => history[0].Date;

    /// <summary>The day of the last activity: the last event that is not a move to dormant or ended.</summary>
    public LocalDate LastActivityOn => history.Last(e => e is not PartnershipStageChanged { To: PartnershipStage.Dormant or PartnershipStage.Ended }).Date;

    /// <summary>The agreement behind the latest move up (letter of intent, friendship or sister-city agreement), if any.</summary>
    public AgreementId? FoundingAgreement
        => history.OfType<PartnershipStageChanged>().LastOrDefault(e => e.Agreement is not null && e.To <= PartnershipStage.SisterCity)?.Agreement;

    /// <summary>The council resolutions recorded for the tie, oldest first.</summary>
    public IReadOnlyList<CouncilResolution> CouncilResolutions => history.OfType<CouncilResolutionRecorded>().Select(e => e.Resolution).ToArray();

    /// <summary>Begins a tie at the <see cref="PartnershipStage.Exploring"/> stage.</summary>
    /// <param name="district">The home district.</param>
    /// <param name="city">The partner city.</param>
    /// <param name="date">The day of the first recorded contact.</param>
    /// <param name="note">What the first contact was.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentException">The city is null or the note is empty.</exception>
    public static CityPartnership Open(AdministrativeDistrictCode district, PartnerCity city, LocalDate date, string note)
    {
        Guard.Against.Null(city);
        Guard.Against.NullOrWhiteSpace(note);
        var opened = new PartnershipOpened(date, district, city, note.Trim());
        return new CityPartnership([opened], opened, PartnershipStage.Exploring, PartnershipStage.Exploring);
    }

    /// <summary>Rebuilds a partnership from its history.</summary>
    /// <param name="history">The events, oldest first, beginning with a <see cref="PartnershipOpened"/>.</param>
    /// <returns>The partnership the events describe, equal to the one that recorded them.</returns>
    /// <exception cref="DomainRuleException">
    /// <see cref="PartnershipRules.HistoryMustStartWithOpening"/>: the history is empty, does not begin with a
    /// <see cref="PartnershipOpened"/>, or has one later.
    /// </exception>
    /// <exception cref="ArgumentException">An event is null.</exception>
    public static CityPartnership Replay(IEnumerable<PartnershipEvent> history)
        => EventHistory.Replay(
            history,
            (PartnershipOpened opened) => new CityPartnership([opened], opened, PartnershipStage.Exploring, PartnershipStage.Exploring),
            (partnership, e) => e is PartnershipOpened
                ? throw new DomainRuleException(PartnershipRules.HistoryMustStartWithOpening, $"The tie with {partnership.City} was already opened on {partnership.Since:uuuu-MM-dd}; a history has exactly one opening, at its start.")
                : partnership.Apply(e),
            e => e.Date,
            PartnershipRules.HistoryMustStartWithOpening,
            "A city partnership's history starts with its opening");

    /// <summary>True when <see cref="AdvanceTo"/> with the same arguments would succeed.</summary>
    /// <param name="target">The live stage to move up to.</param>
    /// <param name="date">The day of the move.</param>
    /// <param name="policy">The district's policy.</param>
    /// <param name="agreement">The agreement behind the move, if any.</param>
    /// <returns><see langword="true"/> when the move is allowed.</returns>
    public bool CanAdvanceTo(PartnershipStage target, LocalDate date, PartnershipPolicy policy, AgreementId? agreement = null)
        => policy is not null && AdvanceViolation(target, date, policy, agreement) is null;

    /// <summary>Moves the tie up to a later live stage; stages may be skipped (a friendship agreement without a letter of intent first).</summary>
    /// <param name="target"><see cref="PartnershipStage.LetterOfIntent"/>, <see cref="PartnershipStage.FriendshipCity"/> or <see cref="PartnershipStage.SisterCity"/>.</param>
    /// <param name="date">The day of the move (the signing day).</param>
    /// <param name="policy">The district's policy (<see cref="PartnershipPolicy.Default"/> unless its ordinance says more).</param>
    /// <param name="agreement">The agreement behind the move; required for a sister city.</param>
    /// <param name="note">Why, in words; optional.</param>
    /// <returns>The partnership at the new stage.</returns>
    /// <exception cref="DomainRuleException">
    /// <see cref="PartnershipRules.IllegalStageMove"/>, <see cref="PartnershipRules.EventBeforeLastEvent"/>,
    /// <see cref="PartnershipRules.SisterCityNeedsCouncilResolution"/>, <see cref="PartnershipRules.SisterCityNeedsAgreement"/>,
    /// <see cref="PartnershipRules.FriendshipNeedsCouncilResolution"/> or <see cref="PartnershipRules.PartnershipEnded"/>.
    /// </exception>
    public CityPartnership AdvanceTo(PartnershipStage target, LocalDate date, PartnershipPolicy policy, AgreementId? agreement = null, string? note = null)
    {
        Guard.Against.Null(policy);
        Throw(AdvanceViolation(target, date, policy, agreement));
        return Apply(new PartnershipStageChanged(date, Stage, target, agreement, Describe(note, $"Moved up to {target}.")));
    }

    /// <summary>Records a resolution of the local council about the tie.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <returns>The partnership with the resolution recorded.</returns>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    public CityPartnership RecordCouncilResolution(CouncilResolution resolution)
    {
        Guard.Against.Null(resolution);
        Throw(OpenViolation(resolution.Date, "record a council resolution"));
        return Apply(new CouncilResolutionRecorded(resolution));
    }

    /// <summary>Records something done within the tie (a visit, a call, a joint event); the stage does not change.</summary>
    /// <param name="date">The day of the activity.</param>
    /// <param name="description">What was done.</param>
    /// <returns>The partnership with the activity recorded.</returns>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    public CityPartnership RecordActivity(LocalDate date, string description)
    {
        Guard.Against.NullOrWhiteSpace(description);
        Throw(OpenViolation(date, "record an activity"));
        return Apply(new PartnershipActivityRecorded(date, description.Trim()));
    }

    /// <summary>Marks a live tie as dormant; <see cref="Revive"/> brings it back to the stage it had.</summary>
    /// <param name="date">The day it was declared dormant.</param>
    /// <param name="note">Why, in words; optional.</param>
    /// <returns>The dormant partnership.</returns>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.IllegalStageMove"/> when already dormant, <see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    public CityPartnership GoDormant(LocalDate date, string? note = null)
    {
        Throw(OpenViolation(date, "declare the tie dormant"));
        if (Stage == PartnershipStage.Dormant)
        {
            Throw(new(PartnershipRules.IllegalStageMove, $"Cannot declare the tie with {City} dormant on {date:uuuu-MM-dd}: it has been dormant since {history[^1].Date:uuuu-MM-dd}. Revive it or end it."));
        }

        return Apply(new PartnershipStageChanged(date, Stage, PartnershipStage.Dormant, null, Describe(note, "Declared dormant.")));
    }

    /// <summary>Brings a dormant tie back to the live stage it had before.</summary>
    /// <param name="date">The day of the revival.</param>
    /// <param name="note">Why, in words; optional.</param>
    /// <returns>The live partnership.</returns>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.IllegalStageMove"/> when the tie is not dormant, <see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    public CityPartnership Revive(LocalDate date, string? note = null)
    {
        Throw(OpenViolation(date, "revive the tie"));
        if (Stage != PartnershipStage.Dormant)
        {
            Throw(new(PartnershipRules.IllegalStageMove, $"Cannot revive the tie with {City} on {date:uuuu-MM-dd}: it is at stage {Stage}, not dormant. Only a dormant tie can be revived."));
        }

        return Apply(new PartnershipStageChanged(date, Stage, StageBeforeDormancy, null, Describe(note, $"Revived at {StageBeforeDormancy}.")));
    }

    /// <summary>Ends the tie; nothing more can happen to it.</summary>
    /// <param name="date">The day it ended.</param>
    /// <param name="note">Why, in words; optional.</param>
    /// <returns>The ended partnership.</returns>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    public CityPartnership End(LocalDate date, string? note = null)
    {
        Throw(OpenViolation(date, "end the tie"));
        return Apply(new PartnershipStageChanged(date, Stage, PartnershipStage.Ended, null, Describe(note, "Ended.")));
    }

    /// <summary>The stage the tie had at the end of a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The stage, or <see langword="null"/> before the first recorded contact.</returns>
    public PartnershipStage? StageOn(LocalDate date)
    {
        if (date < Since)
        {
            return null;
        }

        PartnershipStage stage = PartnershipStage.Exploring;
        foreach (var e in history.OfType<PartnershipStageChanged>().TakeWhile(e => e.Date <= date))
        {
            stage = e.To;
        }

        return stage;
    }

    /// <summary>How long since the last activity, in days.</summary>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>The days between <see cref="LastActivityOn"/> and <paramref name="asOf"/> (negative if asked about an earlier day).</returns>
    public Period TimeSinceLastActivity(LocalDate asOf) => Period.FromDays(Period.DaysBetween(LastActivityOn, asOf));

    /// <summary>True when a live tie (not dormant, not ended) has had no activity for longer than a threshold: a candidate to declare dormant.</summary>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="threshold">The quiet time the district tolerates, for example <c>Period.FromYears(2)</c>.</param>
    /// <returns><see langword="true"/> when <see cref="LastActivityOn"/> plus <paramref name="threshold"/> is before <paramref name="asOf"/>.</returns>
    public bool IsQuietLongerThan(LocalDate asOf, Period threshold)
    {
        Guard.Against.Null(threshold);
        return Stage <= PartnershipStage.SisterCity && LastActivityOn.Plus(threshold) < asOf;
    }

    /// <inheritdoc/>
    public bool Equals(CityPartnership? other) => other is not null && history.SequenceEqual(other.history);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CityPartnership);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(District, City, history.Length, Stage);

    /// <summary>The city and the stage, for example <c>Fullerton: Exploring</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{City}: {Stage}";

    private static string Describe(string? note, string fallback) => string.IsNullOrWhiteSpace(note) ? fallback : note.Trim();

    private static void Throw((string RuleId, string Message)? violation)
    {
        if (violation is { } v)
        {
            throw new DomainRuleException(v.RuleId, v.Message);
        }
    }

    private (string RuleId, string Message)? OpenViolation(LocalDate date, string attempted)
    {
        if (Stage == PartnershipStage.Ended)
        {
            return (PartnershipRules.PartnershipEnded, $"Cannot {attempted} with {City} on {date:uuuu-MM-dd}: the tie ended on {history[^1].Date:uuuu-MM-dd} and accepts nothing more. Open a new partnership instead.");
        }

        if (date < history[^1].Date)
        {
            return (PartnershipRules.EventBeforeLastEvent, $"Cannot {attempted} with {City} on {date:uuuu-MM-dd}: the last recorded event is of {history[^1].Date:uuuu-MM-dd}. Events are recorded in date order.");
        }

        return null;
    }

    private (string RuleId, string Message)? AdvanceViolation(PartnershipStage target, LocalDate date, PartnershipPolicy policy, AgreementId? agreement)
    {
        if (OpenViolation(date, $"move the tie to {target}") is { } closed)
        {
            return closed;
        }

        if (Stage == PartnershipStage.Dormant)
        {
            return (PartnershipRules.IllegalStageMove, $"Cannot move the tie with {City} to {target} on {date:uuuu-MM-dd}: it is dormant. Revive it first.");
        }

        if (target is PartnershipStage.Dormant or PartnershipStage.Ended or PartnershipStage.Exploring || target <= Stage)
        {
            return (PartnershipRules.IllegalStageMove, $"Cannot move the tie with {City} from {Stage} to {target} on {date:uuuu-MM-dd}: a tie only moves up through LetterOfIntent, FriendshipCity and SisterCity (use GoDormant or End for the others).");
        }

        if (target == PartnershipStage.SisterCity)
        {
            if (!HasResolutionFor(PartnershipStage.SisterCity))
            {
                return (PartnershipRules.SisterCityNeedsCouncilResolution, $"Cannot make {City} a sister city on {date:uuuu-MM-dd}: no resolution of the local council approving a sister-city tie is recorded. Record the resolution (date, reference) first.");
            }

            if (agreement is null)
            {
                return (PartnershipRules.SisterCityNeedsAgreement, $"Cannot make {City} a sister city on {date:uuuu-MM-dd} without the agreement that founds it: pass the id of the sister-city agreement signed by both heads.");
            }
        }

        if (target == PartnershipStage.FriendshipCity && policy.FriendshipNeedsCouncilResolution && !HasResolutionFor(PartnershipStage.FriendshipCity))
        {
            return (PartnershipRules.FriendshipNeedsCouncilResolution, $"Cannot make {City} a friendship city on {date:uuuu-MM-dd}: the district's policy (stated {policy.StatedOn:uuuu-MM-dd}) demands a council resolution approving it, and none is recorded.");
        }

        return null;
    }

    private bool HasResolutionFor(PartnershipStage stage) => history.OfType<CouncilResolutionRecorded>().Any(e => e.Resolution.Approves == stage);

    private CityPartnership Apply(PartnershipEvent e)
    {
        var opened = (PartnershipOpened)history[0];
        var stage = e is PartnershipStageChanged changed ? changed.To : Stage;
        var before = stage is PartnershipStage.Dormant or PartnershipStage.Ended ? StageBeforeDormancy : stage;
        return new CityPartnership(history.Add(e), opened, stage, before);
    }
}

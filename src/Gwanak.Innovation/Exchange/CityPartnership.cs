using System.Collections.Generic;
using System.Diagnostics;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// A tie between a district and another city (국제교류 / 자매결연), from first contacts through letter of intent,
/// friendship city (우호도시) and sister city (자매도시), possibly dormant, possibly ended.
/// </summary>
/// <remarks>
/// A friendship tie is usually made by a letter of intent or an agreement without a council resolution; a sister-city
/// tie needs a resolution of the local council (Local Autonomy Act (지방자치법) Art. 47 and the district's ordinance on
/// international exchange, 국제교류 조례) and the agreement signed by both heads; ties can go dormant or be ended.
/// Whether a friendship tie also needs a resolution is a <see cref="PartnershipPolicy"/> the caller passes, and each
/// move up records it, so <see cref="Replay"/> decides every step again by the rules it was taken under. Gwanak-gu's
/// delegation went to California in July 2023 to find new friendship cities (press article "한국형 실리콘밸리 만나고
/// 글로벌 혁신경제도시로 도약한다", 2023-08-23).
/// </remarks>
public sealed class CityPartnership : EventSourcedAggregate<CityPartnership, PartnershipId, PartnershipEvent>
{
    private readonly PartnershipOpened opening;
    private readonly PartnershipState state;

    private CityPartnership(AppendList<PartnershipEvent> history, PartnershipOpened opening, PartnershipState state)
        : base(history)
    {
        this.opening = opening;
        this.state = state;
    }

    /// <summary>The home district.</summary>
    public AdministrativeDistrictCode District => opening.District;

    /// <summary>The partner city.</summary>
    public PartnerCity City => opening.City;

    /// <summary>The stage now.</summary>
    public PartnershipStage Stage => state.Stage;

    /// <summary>The live stage the tie had when it went dormant or ended; equal to <see cref="Stage"/> while the tie is live.</summary>
    public PartnershipStage StageBeforeDormancy => state.LiveStage;

    /// <summary>The day of the first recorded contact.</summary>
    public LocalDate Since => opening.Date;

    /// <summary>The day of the last activity: the last event that is not a move to dormant or ended.</summary>
    public LocalDate LastActivityOn => state.LastActivityOn;

    /// <summary>The agreement behind the latest move up that named one (letter of intent, friendship or sister-city agreement).</summary>
    public AgreementId? FoundingAgreement => state.FoundingAgreement;

    /// <summary>The council resolutions recorded for the tie, oldest first.</summary>
    public IReadOnlyList<CouncilResolution> CouncilResolutions => state.Resolutions;

    /// <summary>The day of the last recorded event: a later step is dated on or after it.</summary>
    internal LocalDate LastRecordedOn => LastEvent.Date;

    /// <summary>Opens a tie at the <see cref="PartnershipStage.Exploring"/> stage.</summary>
    /// <param name="id">The partnership's id.</param>
    /// <param name="date">The day of the first recorded contact.</param>
    /// <param name="district">The home district.</param>
    /// <param name="city">The partner city.</param>
    /// <param name="note">What the first contact was.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="System.ArgumentException">The id or the district code is default, the city is null or the note is empty.</exception>
    public static CityPartnership Create(PartnershipId id, LocalDate date, AdministrativeDistrictCode district, PartnerCity city, string note)
        => Found(new PartnershipOpened(Guard.Against.Default(id), date, district, city, note)).Value;

    /// <summary>Rebuilds a partnership from its history, deciding every step again under the policy it records.</summary>
    /// <param name="history">The steps, starting with a <see cref="PartnershipOpened"/>.</param>
    /// <returns>The partnership, equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule: its rule id says which, <see cref="DomainRuleException.EventIndex"/> where.</exception>
    /// <exception cref="System.ArgumentException">The history or one of its events is null.</exception>
    public static CityPartnership Replay(IEnumerable<PartnershipEvent> history) => Replay<PartnershipOpened>(history, Found);

    /// <summary>Moves the tie up to a later live stage; stages may be skipped (a friendship agreement without a letter of intent first).</summary>
    /// <param name="date">The day of the move (the signing day).</param>
    /// <param name="target"><see cref="PartnershipStage.LetterOfIntent"/>, <see cref="PartnershipStage.FriendshipCity"/> or <see cref="PartnershipStage.SisterCity"/>.</param>
    /// <param name="policy">The district's policy (<see cref="PartnershipPolicy.Default"/> unless its ordinance says more); recorded with the move.</param>
    /// <param name="agreement">The agreement behind the move; required for a sister city.</param>
    /// <param name="note">Why, in words; optional.</param>
    /// <returns>The partnership at the new stage.</returns>
    /// <exception cref="System.ArgumentException">The stage is not defined, the policy is null or the agreement is default.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="PartnershipRules.IllegalStageMove"/>, <see cref="PartnershipRules.EventBeforeLastEvent"/>,
    /// <see cref="PartnershipRules.SisterCityNeedsCouncilResolution"/>, <see cref="PartnershipRules.SisterCityNeedsAgreement"/>,
    /// <see cref="PartnershipRules.FriendshipNeedsCouncilResolution"/> or <see cref="PartnershipRules.PartnershipEnded"/>.
    /// </exception>
    [Transition]
    public CityPartnership AdvanceTo(LocalDate date, PartnershipStage target, PartnershipPolicy policy, AgreementId? agreement = null, string? note = null)
        => Record(new PartnershipAdvanced(Id, date, target, policy, agreement, note));

    /// <summary>Moves the tie up, or the rule that stops it.</summary>
    /// <inheritdoc cref="AdvanceTo" path="/param"/>
    /// <returns>The partnership at the new stage, or the refusal (as <see cref="AdvanceTo"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The stage is not defined, the policy is null or the agreement is default.</exception>
    [Transition]
    public Decision<CityPartnership> TryAdvanceTo(LocalDate date, PartnershipStage target, PartnershipPolicy policy, AgreementId? agreement = null, string? note = null)
        => TryRecord(new PartnershipAdvanced(Id, date, target, policy, agreement, note));

    /// <summary>True when <see cref="AdvanceTo"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="AdvanceTo" path="/param"/>
    /// <returns><see langword="true"/> when no rule stops the move.</returns>
    /// <exception cref="System.ArgumentException">The stage is not defined, the policy is null or the agreement is default.</exception>
    public bool CanAdvanceTo(LocalDate date, PartnershipStage target, PartnershipPolicy policy, AgreementId? agreement = null, string? note = null)
        => CanRecord(new PartnershipAdvanced(Id, date, target, policy, agreement, note));

    /// <summary>Records a resolution of the local council about the tie, dated on the day the council passed it.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <returns>The partnership with the resolution recorded.</returns>
    /// <exception cref="System.ArgumentException">The resolution is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    [Transition]
    public CityPartnership RecordCouncilResolution(CouncilResolution resolution) => Record(new CouncilResolutionRecorded(Id, resolution));

    /// <summary>Records a resolution of the local council, or the rule that stops it.</summary>
    /// <inheritdoc cref="RecordCouncilResolution" path="/param"/>
    /// <returns>The partnership with the resolution, or the refusal (as <see cref="RecordCouncilResolution"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The resolution is null.</exception>
    [Transition]
    public Decision<CityPartnership> TryRecordCouncilResolution(CouncilResolution resolution) => TryRecord(new CouncilResolutionRecorded(Id, resolution));

    /// <summary>True when <see cref="RecordCouncilResolution"/> with the same resolution would succeed.</summary>
    /// <inheritdoc cref="RecordCouncilResolution" path="/param"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The resolution is null.</exception>
    public bool CanRecordCouncilResolution(CouncilResolution resolution) => CanRecord(new CouncilResolutionRecorded(Id, resolution));

    /// <summary>Records something done within the tie (a visit, a call, a joint event); the stage does not change.</summary>
    /// <param name="date">The day of the activity.</param>
    /// <param name="description">What was done.</param>
    /// <returns>The partnership with the activity recorded.</returns>
    /// <exception cref="System.ArgumentException">The description is empty.</exception>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    [Transition]
    public CityPartnership RecordActivity(LocalDate date, string description) => Record(new PartnershipActivityRecorded(Id, date, description));

    /// <summary>Records an activity, or the rule that stops it.</summary>
    /// <inheritdoc cref="RecordActivity" path="/param"/>
    /// <returns>The partnership with the activity, or the refusal (as <see cref="RecordActivity"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The description is empty.</exception>
    [Transition]
    public Decision<CityPartnership> TryRecordActivity(LocalDate date, string description) => TryRecord(new PartnershipActivityRecorded(Id, date, description));

    /// <summary>True when <see cref="RecordActivity"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="RecordActivity" path="/param"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The description is empty.</exception>
    public bool CanRecordActivity(LocalDate date, string description) => CanRecord(new PartnershipActivityRecorded(Id, date, description));

    /// <summary>Declares a live tie dormant; <see cref="Revive"/> brings it back to the stage it had.</summary>
    /// <param name="date">The day it was declared dormant.</param>
    /// <param name="note">Why, in words; optional.</param>
    /// <returns>The dormant partnership.</returns>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.IllegalStageMove"/> when already dormant, <see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    [Transition]
    public CityPartnership GoDormant(LocalDate date, string? note = null) => Record(new PartnershipWentDormant(Id, date, note));

    /// <summary>Declares the tie dormant, or the rule that stops it.</summary>
    /// <inheritdoc cref="GoDormant" path="/param"/>
    /// <returns>The dormant partnership, or the refusal (as <see cref="GoDormant"/> would throw it).</returns>
    [Transition]
    public Decision<CityPartnership> TryGoDormant(LocalDate date, string? note = null) => TryRecord(new PartnershipWentDormant(Id, date, note));

    /// <summary>True when <see cref="GoDormant"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="GoDormant" path="/param"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanGoDormant(LocalDate date, string? note = null) => CanRecord(new PartnershipWentDormant(Id, date, note));

    /// <summary>Brings a dormant tie back to the live stage it had before.</summary>
    /// <param name="date">The day of the revival.</param>
    /// <param name="note">Why, in words; optional.</param>
    /// <returns>The live partnership.</returns>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.IllegalStageMove"/> when the tie is not dormant, <see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    [Transition]
    public CityPartnership Revive(LocalDate date, string? note = null) => Record(new PartnershipRevived(Id, date, note));

    /// <summary>Revives the tie, or the rule that stops it.</summary>
    /// <inheritdoc cref="Revive" path="/param"/>
    /// <returns>The live partnership, or the refusal (as <see cref="Revive"/> would throw it).</returns>
    [Transition]
    public Decision<CityPartnership> TryRevive(LocalDate date, string? note = null) => TryRecord(new PartnershipRevived(Id, date, note));

    /// <summary>True when <see cref="Revive"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="Revive" path="/param"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanRevive(LocalDate date, string? note = null) => CanRecord(new PartnershipRevived(Id, date, note));

    /// <summary>Ends the tie; nothing more can happen to it.</summary>
    /// <param name="date">The day it ended.</param>
    /// <param name="note">Why, in words; optional.</param>
    /// <returns>The ended partnership.</returns>
    /// <exception cref="DomainRuleException"><see cref="PartnershipRules.PartnershipEnded"/> or <see cref="PartnershipRules.EventBeforeLastEvent"/>.</exception>
    [Transition]
    public CityPartnership End(LocalDate date, string? note = null) => Record(new PartnershipEnded(Id, date, note));

    /// <summary>Ends the tie, or the rule that stops it.</summary>
    /// <inheritdoc cref="End" path="/param"/>
    /// <returns>The ended partnership, or the refusal (as <see cref="End"/> would throw it).</returns>
    [Transition]
    public Decision<CityPartnership> TryEnd(LocalDate date, string? note = null) => TryRecord(new PartnershipEnded(Id, date, note));

    /// <summary>True when <see cref="End"/> with the same arguments would succeed.</summary>
    /// <inheritdoc cref="End" path="/param"/>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    public bool CanEnd(LocalDate date, string? note = null) => CanRecord(new PartnershipEnded(Id, date, note));

    /// <summary>The stage the tie had at the end of a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The stage, or <see langword="null"/> before the first recorded contact.</returns>
    public PartnershipStage? StageOn(LocalDate date) => date < Since ? null : state.StageOn(date);

    /// <summary>How long since the last activity, in days.</summary>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>The days between <see cref="LastActivityOn"/> and <paramref name="asOf"/> (negative if asked about an earlier day).</returns>
    public Period TimeSinceLastActivity(LocalDate asOf) => Period.FromDays(Period.DaysBetween(LastActivityOn, asOf));

    /// <summary>
    /// True when a live tie (not dormant, not ended) has had no activity for longer than a threshold: a candidate to declare
    /// dormant. The threshold is a period counted from the day after the last activity (Civil Code Art. 157, 160); the tie
    /// is quiet for longer from the day after it ends: two years from an activity on 2023-07-24 run through 2025-07-24.
    /// </summary>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="threshold">The quiet time the district tolerates, in years, months, weeks and days, for example <c>Period.FromYears(2)</c>.</param>
    /// <returns><see langword="true"/> when the threshold counted from <see cref="LastActivityOn"/> has run before <paramref name="asOf"/>.</returns>
    /// <exception cref="System.ArgumentException">The threshold is null, negative or has a time-of-day unit.</exception>
    public bool IsQuietLongerThan(LocalDate asOf, Period threshold)
    {
        CivilCodePeriod.RequireDatePeriod(threshold, nameof(threshold), positive: false);
        return Stage <= PartnershipStage.SisterCity && CivilCodePeriod.LastDayFrom(LastActivityOn, threshold, PeriodCounting.CivilCode) < asOf;
    }

    /// <summary>The city and the stage, for example <c>Fullerton: Exploring</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{City}: {Stage}";

    private protected override Refusal? Decide(PartnershipEvent e) => e switch
    {
        PartnershipAdvanced a => PartnershipDecisions.Advance(this, state, a),
        CouncilResolutionRecorded r => PartnershipDecisions.StillOpen(this, state, r.Date, "record a council resolution"),
        PartnershipActivityRecorded a => PartnershipDecisions.StillOpen(this, state, a.Date, "record an activity"),
        PartnershipWentDormant d => PartnershipDecisions.Dormancy(this, state, d),
        PartnershipRevived r => PartnershipDecisions.Revival(this, state, r),
        PartnershipEnded x => PartnershipDecisions.StillOpen(this, state, x.Date, "end the tie"),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the partnership is opened."),
    };

    private protected override CityPartnership Evolve(PartnershipEvent e, AppendList<PartnershipEvent> history) => new(history, opening, e switch
    {
        PartnershipAdvanced a => state.MovedTo(a.Date, a.Target) with { LastActivityOn = a.Date, FoundingAgreement = a.Agreement ?? state.FoundingAgreement },
        CouncilResolutionRecorded r => state with { LastActivityOn = r.Date, Resolutions = state.Resolutions.Add(r.Resolution), ApprovedByCouncil = state.ApprovedByCouncil.Add(r.Resolution.Approves) },
        PartnershipActivityRecorded a => state with { LastActivityOn = a.Date },
        PartnershipWentDormant d => state.MovedTo(d.Date, PartnershipStage.Dormant),
        PartnershipRevived r => state.MovedTo(r.Date, state.LiveStage) with { LastActivityOn = r.Date },
        PartnershipEnded x => state.MovedTo(x.Date, PartnershipStage.Ended),
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the partnership is opened."),
    });

    private static Decision<CityPartnership> Found(PartnershipOpened opened) => new(new CityPartnership(Founded(opened), opened, PartnershipState.Opened(opened.Date)));
}

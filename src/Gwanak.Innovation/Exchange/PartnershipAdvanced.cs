using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>The tie moved up to a later live stage, under the district's policy of that day.</summary>
/// <remarks>
/// The policy is part of the record: what the district's ordinance asked when the move was decided is what a replay
/// decides the move by again, whatever the ordinance says later.
/// </remarks>
[EventType("city-partnership.advanced")]
public sealed record PartnershipAdvanced : PartnershipEvent
{
    /// <summary>Records a move up.</summary>
    /// <param name="partnership">The partnership's id.</param>
    /// <param name="date">The day of the move (the signing day).</param>
    /// <param name="target">The stage moved up to.</param>
    /// <param name="policy">The district's policy the move was decided under.</param>
    /// <param name="agreement">The agreement (letter of intent, friendship or sister-city agreement) behind the move, if any.</param>
    /// <param name="note">Why, in words; <see langword="null"/> when none was given.</param>
    /// <exception cref="System.ArgumentException">An id is default, the stage is not defined or the policy is null.</exception>
    public PartnershipAdvanced(PartnershipId partnership, LocalDate date, PartnershipStage target, PartnershipPolicy policy, AgreementId? agreement, string? note)
        : base(partnership, date)
    {
        Target = Guard.Against.EnumOutOfRange(target);
        Policy = Guard.Against.Null(policy);
        Agreement = agreement is { } a ? Guard.Against.Default(a, nameof(agreement)) : null;
        Note = PartnershipNotes.Normalize(note);
    }

    /// <summary>The stage moved up to.</summary>
    public PartnershipStage Target { get; }

    /// <summary>The district's policy the move was decided under.</summary>
    public PartnershipPolicy Policy { get; }

    /// <summary>The agreement behind the move, if any.</summary>
    public AgreementId? Agreement { get; }

    /// <summary>Why, in words; <see langword="null"/> when none was given.</summary>
    public string? Note { get; }
}

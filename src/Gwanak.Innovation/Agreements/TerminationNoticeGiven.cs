using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>A party gave notice to terminate; the agreement ends when the notice period has run.</summary>
public sealed record TerminationNoticeGiven : AgreementEvent
{
    internal TerminationNoticeGiven(LocalDate date, OrganizationId by, LocalDate effectiveOn)
        : base(date)
    {
        By = by;
        EffectiveOn = effectiveOn;
    }

    /// <summary>The party that gave notice.</summary>
    public OrganizationId By { get; }

    /// <summary>The first day the agreement is no longer in force.</summary>
    public LocalDate EffectiveOn { get; }

    /// <summary>One line of a timeline.</summary>
    /// <returns>The date, the party and when the termination takes effect.</returns>
    public override string ToString() => $"{Day}  termination notice given by {By}; terminated from {EffectiveOn:uuuu-MM-dd}";
}

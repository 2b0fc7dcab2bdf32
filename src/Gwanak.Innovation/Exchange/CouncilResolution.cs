using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A resolution of the district's local council (지방의회 의결) approving a stage of a city partnership.</summary>
/// <remarks>
/// A sister-city tie needs a resolution of the local council: the Local Autonomy Act (지방자치법) Art. 47 lists the matters
/// the council resolves and lets an ordinance add to them, and the districts' ordinances on international exchange
/// (국제교류 조례) do so for sister-city ties; some also for friendship ties (<see cref="PartnershipPolicy"/>).
/// </remarks>
public sealed record CouncilResolution
{
    /// <summary>Records a resolution.</summary>
    /// <param name="date">The day the council passed it.</param>
    /// <param name="reference">The council's reference, for example a bill number (의안번호).</param>
    /// <param name="approves">The stage it approves, <see cref="PartnershipStage.SisterCity"/> or <see cref="PartnershipStage.FriendshipCity"/>.</param>
    /// <exception cref="System.ArgumentException"><paramref name="reference"/> is empty, or <paramref name="approves"/> is not one of those two stages.</exception>
    public CouncilResolution(LocalDate date, string reference, PartnershipStage approves)
    {
        Guard.Against.NullOrWhiteSpace(reference);
        if (approves is not (PartnershipStage.SisterCity or PartnershipStage.FriendshipCity))
        {
            throw new System.ArgumentException($"A council resolution approves a friendship or a sister-city tie, not {approves}.", nameof(approves));
        }

        Date = date;
        Reference = reference.Trim();
        Approves = approves;
    }

    /// <summary>The day the council passed it.</summary>
    public LocalDate Date { get; }

    /// <summary>The council's reference.</summary>
    public string Reference { get; }

    /// <summary>The stage it approves.</summary>
    public PartnershipStage Approves { get; }
}

using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>The tie moved from one stage to another.</summary>
/// <param name="Date">The day of the move.</param>
/// <param name="From">The stage before.</param>
/// <param name="To">The stage after.</param>
/// <param name="Agreement">The agreement (letter of intent, friendship or sister-city agreement) behind the move, if any.</param>
/// <param name="Note">Why, in words.</param>
public sealed record PartnershipStageChanged(LocalDate Date, PartnershipStage From, PartnershipStage To, AgreementId? Agreement, string Note) : PartnershipEvent(Date);

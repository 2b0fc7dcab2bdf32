using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A fund was established with a target size.</summary>
/// <param name="Date">The day of establishment.</param>
/// <param name="Name">The fund's name.</param>
/// <param name="Manager">The managing organisation.</param>
/// <param name="TargetSize">The target size, for example KRW 20 bn.</param>
public sealed record FundEstablished(LocalDate Date, LocalizedText Name, OrganizationId Manager, Money TargetSize) : FundEvent(Date);

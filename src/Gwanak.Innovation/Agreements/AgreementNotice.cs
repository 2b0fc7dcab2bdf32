using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>A notice given to an agreement (of termination or of non-renewal): by whom, on which day, and the first day it ends the agreement.</summary>
/// <param name="By">The party that gave it.</param>
/// <param name="GivenOn">The day it was given.</param>
/// <param name="EffectiveOn">The first day the agreement is no longer in force because of it.</param>
internal sealed record AgreementNotice(OrganizationId By, LocalDate GivenOn, LocalDate EffectiveOn);

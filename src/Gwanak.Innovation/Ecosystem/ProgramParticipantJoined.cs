using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>An organisation or a company joined a round; exactly one of the two ids is given.</summary>
/// <param name="Date">The day it joined.</param>
/// <param name="Round">The round number.</param>
/// <param name="Organization">The participating organisation (a university, a partner), or null for a company.</param>
/// <param name="Company">The participating company, or null for an organisation.</param>
public sealed record ProgramParticipantJoined(LocalDate Date, int Round, OrganizationId? Organization, BusinessRegistrationNumber? Company) : SupportProgramEvent(Date);

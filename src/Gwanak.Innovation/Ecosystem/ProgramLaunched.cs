using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The district took up a support programme (for example, applied to Seoul Campus Town).</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">The programme's name.</param>
/// <param name="Operator">The organisation that runs the programme (for Campus Town, the Seoul Metropolitan Government).</param>
public sealed record ProgramLaunched(LocalDate Date, LocalizedText Name, OrganizationId Operator) : SupportProgramEvent(Date);

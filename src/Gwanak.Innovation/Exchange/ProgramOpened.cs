using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>An exchange programme was opened.</summary>
/// <param name="Date">The first day participants may take part.</param>
/// <param name="Kind">Internship, homestay or volunteering.</param>
/// <param name="Title">The programme's title.</param>
/// <param name="Host">The partner that hosts the participants.</param>
/// <param name="FoundingAgreement">The agreement that founds it.</param>
/// <param name="Capacity">How many participants may take part at the same time.</param>
public sealed record ProgramOpened(LocalDate Date, ExchangeProgramKind Kind, LocalizedText Title, OrganizationId Host, AgreementId FoundingAgreement, int Capacity) : ProgramEvent(Date);

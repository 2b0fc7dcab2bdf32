using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The last day a party can give termination notice so that an agreement ends instead of renewing itself.
/// </summary>
/// <param name="Agreement">The agreement.</param>
/// <param name="Deadline">The last day to give notice; notice given on it takes effect on or before <paramref name="RenewalDate"/>.</param>
/// <param name="RenewalDate">The day the agreement renews itself unless notice was given.</param>
public readonly record struct RenewalNoticeDeadline(AgreementId Agreement, LocalDate Deadline, LocalDate RenewalDate);

using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>
/// Filters of the agreements read model that the database runs: the status on a day (from the stored days of change, each
/// status in its order), a party. They agree with <see cref="AgreementSummary.StatusOn"/> and <see cref="Agreement.StatusOn"/>.
/// </summary>
public static class AgreementSummaryQueries
{
    /// <summary>The agreements with a status on a day.</summary>
    /// <param name="agreements">The agreements.</param>
    /// <param name="status">The status.</param>
    /// <param name="date">The day.</param>
    /// <returns>The agreements with that status on that day.</returns>
    /// <exception cref="System.ArgumentException">The agreements are null or the status is undefined.</exception>
    public static IQueryable<AgreementSummary> WhereStatusOn(this IQueryable<AgreementSummary> agreements, AgreementStatus status, LocalDate date)
    {
        Guard.Against.Null(agreements);
        Guard.Against.EnumOutOfRange(status);
        return status switch
        {
            AgreementStatus.Draft => agreements.Where(a => a.DraftedOn <= date
                && (a.UnderNegotiationFrom == null || a.UnderNegotiationFrom > date) && (a.SignedFrom == null || a.SignedFrom > date)
                && (a.InForceFrom == null || a.InForceFrom > date) && (a.EndedFrom == null || a.EndedFrom > date)),
            AgreementStatus.UnderNegotiation => agreements.Where(a => a.UnderNegotiationFrom <= date
                && (a.SignedFrom == null || a.SignedFrom > date) && (a.InForceFrom == null || a.InForceFrom > date) && (a.EndedFrom == null || a.EndedFrom > date)),
            AgreementStatus.Signed => agreements.Where(a => a.SignedFrom <= date
                && (a.InForceFrom == null || a.InForceFrom > date) && (a.EndedFrom == null || a.EndedFrom > date)),
            AgreementStatus.InForce => agreements.Where(a => a.InForceFrom <= date && (a.EndedFrom == null || a.EndedFrom > date)),
            _ => agreements.Where(a => a.EndedFrom <= date && a.EndStatus == status),
        };
    }

    /// <summary>The agreements an organisation is a party to.</summary>
    /// <param name="agreements">The agreements.</param>
    /// <param name="party">The organisation.</param>
    /// <returns>Its agreements.</returns>
    /// <exception cref="System.ArgumentException">The agreements are null or the party is default.</exception>
    public static IQueryable<AgreementSummary> WhereParty(this IQueryable<AgreementSummary> agreements, OrganizationId party)
    {
        Guard.Against.Null(agreements);
        Guard.Against.Default(party);
        return agreements.Where(a => a.Parties.Any(p => p.Party == party));
    }
}

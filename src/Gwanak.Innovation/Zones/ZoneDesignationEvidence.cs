using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>
/// The data a committee looks at when it checks a zone against the designation criteria on a day: the companies
/// of the district, the universities and research institutes in the area, the infrastructure present.
/// </summary>
/// <remarks>
/// The companies may include companies outside the zone; the criteria count only those the zone
/// <see cref="VenturePromotionZone.CoversOn">covers</see> on <see cref="AsOf"/>. The evidence is a report's input, not an aggregate.
/// </remarks>
public sealed class ZoneDesignationEvidence
{
    /// <summary>Gathers the evidence.</summary>
    /// <param name="zone">The zone (planned, requested or designated).</param>
    /// <param name="asOf">The day the evidence describes.</param>
    /// <param name="companies">The companies (SMEs and others, confirmed or not).</param>
    /// <param name="universitiesAndResearchInstitutes">The universities and research institutes in the area.</param>
    /// <param name="infrastructure">The kinds of infrastructure present.</param>
    /// <param name="confirmationPolicy">The confirmation validity policy; <see cref="VentureConfirmationPolicy.Default"/> when null.</param>
    /// <param name="smeConfirmationPolicy">The SME confirmation policy; <see cref="SmeConfirmationPolicy.Default"/> when null.</param>
    public ZoneDesignationEvidence(
        VenturePromotionZone zone,
        LocalDate asOf,
        IEnumerable<VentureCompany> companies,
        IEnumerable<OrganizationId> universitiesAndResearchInstitutes,
        IEnumerable<InfrastructureKind> infrastructure,
        VentureConfirmationPolicy? confirmationPolicy = null,
        SmeConfirmationPolicy? smeConfirmationPolicy = null)
    {
        Zone = Guard.Against.Null(zone);
        AsOf = asOf;
        Companies = [.. Guard.Against.Null(companies)];
        UniversitiesAndResearchInstitutes = [.. Guard.Against.Null(universitiesAndResearchInstitutes).Distinct()];
        Infrastructure = [.. Guard.Against.Null(infrastructure)];
        ConfirmationPolicy = confirmationPolicy ?? VentureConfirmationPolicy.Default;
        SmeConfirmationPolicy = smeConfirmationPolicy ?? SmeConfirmationPolicy.Default;
    }

    /// <summary>The zone.</summary>
    public VenturePromotionZone Zone { get; }

    /// <summary>The day the evidence describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The companies.</summary>
    public ImmutableArray<VentureCompany> Companies { get; }

    /// <summary>The universities and research institutes in the area.</summary>
    public ImmutableArray<OrganizationId> UniversitiesAndResearchInstitutes { get; }

    /// <summary>The kinds of infrastructure present.</summary>
    public ImmutableHashSet<InfrastructureKind> Infrastructure { get; }

    /// <summary>The confirmation validity policy used to decide which companies are confirmed on <see cref="AsOf"/>.</summary>
    public VentureConfirmationPolicy ConfirmationPolicy { get; }

    /// <summary>The SME confirmation policy used to decide which companies are small or medium enterprises on <see cref="AsOf"/>.</summary>
    public SmeConfirmationPolicy SmeConfirmationPolicy { get; }
}

using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>A party of a summarised agreement, for filtering agreements by party.</summary>
public sealed class AgreementParty
{
    internal AgreementParty()
    {
    }

    /// <summary>The district.</summary>
    public AdministrativeDistrictCode District { get; internal set; }

    /// <summary>The agreement.</summary>
    public AgreementId Agreement { get; internal set; }

    /// <summary>The party.</summary>
    public OrganizationId Party { get; internal set; }

    /// <summary>The party's place in the list of parties, from 0.</summary>
    public int Position { get; internal set; }
}

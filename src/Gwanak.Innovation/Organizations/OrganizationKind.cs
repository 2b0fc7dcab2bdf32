namespace Gwanak.Innovation.Organizations;

/// <summary>What kind of body an organisation is; independent of the <see cref="HelixSector"/> it represents.</summary>
public enum OrganizationKind
{
    /// <summary>A local government: a Korean district office (구청) or a foreign city such as Fullerton.</summary>
    LocalGovernment = 0,

    /// <summary>A central government ministry or agency, such as the Ministry of SMEs and Startups (중소벤처기업부).</summary>
    CentralAgency = 1,

    /// <summary>A university or college.</summary>
    University = 2,

    /// <summary>A research institute.</summary>
    ResearchInstitute = 3,

    /// <summary>A company.</summary>
    Company = 4,

    /// <summary>A chamber of commerce (상공회의소, 상공회).</summary>
    ChamberOfCommerce = 5,

    /// <summary>An association or federation of members, such as a small business federation (소상공인연합회).</summary>
    Association = 6,

    /// <summary>A foundation (재단), public or private.</summary>
    Foundation = 7,

    /// <summary>A non-profit organisation that is none of the above.</summary>
    NonProfit = 8,
}

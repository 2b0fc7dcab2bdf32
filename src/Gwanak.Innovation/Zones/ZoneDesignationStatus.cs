namespace Gwanak.Innovation.Zones;

/// <summary>Where a venture promotion zone stands in its designation lifecycle.</summary>
/// <remarks>Source: Act on Special Measures for the Promotion of Venture Businesses, Art. 18-4 (request by the governor, designation and notice by the Minister; requirements and procedures, lifting among them, by Enforcement Decree).</remarks>
public enum ZoneDesignationStatus
{
    /// <summary>Planned by the district; nothing has been requested yet.</summary>
    Planned,

    /// <summary>The city or province governor (시·도지사) has requested designation.</summary>
    Requested,

    /// <summary>Designated by the Minister of SMEs and Startups, with a published notice (area amendments keep this state).</summary>
    Designated,

    /// <summary>The designation was lifted (지정 해제), for example because the purpose was achieved.</summary>
    Lifted,

    /// <summary>The designation was revoked because the zone no longer met the requirements.</summary>
    Revoked,
}

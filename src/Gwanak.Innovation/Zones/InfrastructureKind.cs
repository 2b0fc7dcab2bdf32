namespace Gwanak.Innovation.Zones;

/// <summary>A kind of infrastructure the designation criteria ask for.</summary>
/// <remarks>Source: press summaries of the Venture Act's designation requirements at the 2022-01-10 designations (docs/domain.md): transport, communication and finance infrastructure.</remarks>
public enum InfrastructureKind
{
    /// <summary>Transport (교통): subway stations, bus routes.</summary>
    Transport,

    /// <summary>Communication (통신): broadband and mobile networks.</summary>
    Communication,

    /// <summary>Finance (금융): banks and investors within reach.</summary>
    Finance,
}

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The kind of a startup infrastructure facility (창업 인프라 시설).</summary>
public enum FacilityKind
{
    /// <summary>Business incubator (창업보육센터).</summary>
    Incubator,

    /// <summary>Co-working space (공유오피스).</summary>
    CoWorkingSpace,

    /// <summary>Accelerator (액셀러레이터).</summary>
    Accelerator,

    /// <summary>Startup centre (창업센터, 창업지원센터).</summary>
    StartupCentre,

    /// <summary>Makerspace (메이커스페이스).</summary>
    Makerspace,

    /// <summary>Another kind of facility.</summary>
    Other,
}

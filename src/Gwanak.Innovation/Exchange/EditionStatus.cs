namespace Gwanak.Innovation.Exchange;

/// <summary>How an edition of a recurring event is, or was to be, held: in person, online, both, or not at all.</summary>
/// <remarks>
/// The World Korean Business Convention (세계한상대회) was cancelled in 2020 and held online and in person in 2021, both
/// because of COVID-19 (docs/domain.md). Every status but <see cref="InPerson"/> asks the edition for its reason.
/// </remarks>
public enum EditionStatus
{
    /// <summary>Held, or to be held, in person at its venue.</summary>
    InPerson = 0,

    /// <summary>Held online only (비대면 온라인 개최).</summary>
    Online = 1,

    /// <summary>Held online and in person (온·오프라인 병행).</summary>
    Hybrid = 2,

    /// <summary>Cancelled (취소): the edition did not take place; the next occurrence skips it.</summary>
    Cancelled = 3,
}

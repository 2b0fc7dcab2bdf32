namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Who may change the nodes of the lists, maps and dated indexes in place: the replay running on this thread, for the nodes it made.
/// </summary>
/// <remarks>
/// A replay decides every event against the state the events before it built, and shows only the last state: the states
/// in between are never seen. So while it decides and applies one event, the nodes of <see cref="AppendList{T}"/>,
/// <see cref="DatedIntervals"/>, <see cref="DatedTotals{T}"/>, <see cref="DatedSequence{T}"/> and
/// <see cref="PersistentMap{TKey, TValue}"/> made earlier in the same replay are changed in place instead of copied (the transients of
/// persistent data structures). Nodes made outside a replay have no owner and are never changed, nor are the empty indexes
/// every aggregate starts from; the owner of a replay is a new object, so a later replay never owns what an earlier one
/// made. The owner is set around each event's decision only, not while the caller's sequence of events is enumerated, so
/// code the caller runs there works on immutable state as everywhere else. A district's register given many records at
/// once builds itself the same way, one record at a time under one owner (<c>Register.With(IEnumerable)</c>).
/// </remarks>
internal static class ReplayOwnership
{
    [System.ThreadStatic]
    private static object? current;

    /// <summary>The owner of the nodes made now: the running replay's, or <see langword="null"/> outside a replay.</summary>
    public static object? Current => current;

    /// <summary>True when a node may be changed in place: the change is made by the running replay, which made the node.</summary>
    /// <param name="madeBy">The owner the node was made under, or <see langword="null"/>.</param>
    /// <param name="changing">The owner current when the change was asked (<see cref="Current"/>), or <see langword="null"/>.</param>
    /// <returns><see langword="false"/> outside a replay and for every node made outside this one: those are copied.</returns>
    public static bool InPlace(object? madeBy, object? changing) => changing is not null && changing == madeBy;

    /// <summary>Makes an owner current on this thread.</summary>
    /// <param name="owner">The replay's owner.</param>
    /// <returns>The owner it replaces, for <see cref="Restore"/>.</returns>
    public static object? Enter(object owner)
    {
        var previous = current;
        current = owner;
        return previous;
    }

    /// <summary>Makes the owner before <see cref="Enter"/> current again.</summary>
    /// <param name="previous">What <see cref="Enter"/> returned.</param>
    public static void Restore(object? previous) => current = previous;
}

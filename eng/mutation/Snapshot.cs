namespace Snapshooter.Xunit3;

/// <summary>
/// The tests' snapshot calls (<c>Snapshooter.Xunit3.Snapshot.Match</c>) on xunit 2: Snapshooter's xunit 2 flavour finds
/// the test and its <c>__snapshots__</c> folder the same way, from the calling test method and its source file.
/// </summary>
internal static class Snapshot
{
    public static void Match(object currentResult) => global::Snapshooter.Xunit.Snapshot.Match(currentResult);
}

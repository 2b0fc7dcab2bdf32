using System;

namespace Gwanak.Innovation.Fuzz;

/// <summary>A reader did something its documentation does not allow; thrown out of a target so that afl-fuzz records a crash.</summary>
internal sealed class FuzzFinding : Exception
{
    public FuzzFinding()
    {
    }

    public FuzzFinding(string message)
        : base(message)
    {
    }

    public FuzzFinding(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Throws when a documented promise does not hold.</summary>
    public static void Unless(bool promise, string what)
    {
        if (!promise)
        {
            throw new FuzzFinding(what);
        }
    }
}

namespace Gwanak.Innovation.Primitives;

/// <summary>The priorities of the dated indexes' treaps: a hash of what orders a node, so the same content gives the same tree whatever the order it came in.</summary>
internal static class TreapPriority
{
    /// <summary>A priority from a whole number (a position, an arrival number): distinct numbers get distinct priorities.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The priority; a higher one sits nearer the root.</returns>
    public static uint Of(int number) => Mix((uint)number * 2654435761u);

    /// <summary>Spreads the bits of a number made from what orders a node, one to one, so that neighbouring numbers get unrelated priorities.</summary>
    /// <param name="bits">The number.</param>
    /// <returns>The priority.</returns>
    public static uint Mix(uint bits)
    {
        bits ^= bits >> 15;
        bits *= 2246822519u;
        return bits ^ (bits >> 13);
    }
}

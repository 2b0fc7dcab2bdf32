using System;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Marks a method of the immutable model that returns the new state (or the decision about it) and leaves its
/// receiver unchanged, so a caller must keep the result. The GWI0001 analyzer warns when the result is discarded.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class TransitionAttribute : Attribute
{
}

using System.Collections.Generic;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>What <see cref="DistrictStore.RebuildReadModelsAsync"/> found: how many records it recomputed, and each stored row that differed.</summary>
public sealed class ReadModelRebuild
{
    internal ReadModelRebuild(int recomputed, IReadOnlyList<string> differences)
    {
        Recomputed = recomputed;
        Differences = differences;
    }

    /// <summary>The number of records (agreements, facilities, funds, organisations) whose rows were recomputed.</summary>
    public int Recomputed { get; }

    /// <summary>Each difference between the stored rows and the recomputed ones, in words; empty when the read models were right.</summary>
    public IReadOnlyList<string> Differences { get; }
}

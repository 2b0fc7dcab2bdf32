using System;
using System.IO;

namespace DistrictPortal.Tests;

/// <summary>The repository the tests run in, for the files they read or write.</summary>
internal static class Repository
{
    /// <summary>The folder holding <c>Gwanak.Innovation.sln</c>.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gwanak.Innovation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Testing;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks;

/// <summary>
/// The data the JSON and store benchmarks share: the Gwanak district's document, and generated two-party agreements
/// between its organizations, made as the portal's load client makes them (eng/load/Program.cs): drafted between 2010
/// and 2023, negotiation started five days later, seven in ten signed by both parties on the effective date.
/// </summary>
internal static class GeneratedDistrict
{
    /// <summary>The path of a file in the repository, found from the build output upwards.</summary>
    /// <param name="relative">The path inside the repository.</param>
    /// <returns>The full path.</returns>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gwanak.Innovation.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new InvalidOperationException("Run the benchmarks from the repository's build output.");
    }

    /// <summary>The Gwanak district as data/gwanak-2023.district.json has it.</summary>
    /// <returns>The district.</returns>
    public static InnovationDistrict Gwanak()
    {
        using var input = File.OpenRead(RepositoryFile(Path.Combine("data", "gwanak-2023.district.json")));
        return DistrictDocument.Read(input);
    }

    /// <summary>A district with the Gwanak district's code, name and organizations and <paramref name="count"/> generated agreements.</summary>
    /// <param name="count">The number of agreements.</param>
    /// <returns>The district.</returns>
    public static InnovationDistrict WithAgreements(int count)
    {
        var gwanak = Gwanak();
        var district = InnovationDistrict.Create(gwanak.Code, gwanak.Name);
        foreach (var organization in gwanak.Organizations)
        {
            district = district.With(organization);
        }

        foreach (var agreement in GeneratedAgreements.Between(gwanak.Organizations.Select(o => o.Id).ToArray(), count))
        {
            district = district.With(agreement);
        }

        return district;
    }
}

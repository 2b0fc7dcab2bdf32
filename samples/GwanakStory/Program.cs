using System;
using System.IO;
using System.Text;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Json;

namespace GwanakStory;

/// <summary>
/// The story of Gwanak S-Valley as the 2023 press article tells it ("한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다",
/// 2023-08-23), told through the model, chapter by chapter, from the district document <c>data/gwanak-2023.district.json</c>.
/// </summary>
internal static class Program
{
    private static void Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        InnovationDistrict gwanak;
        using (var document = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "gwanak-2023.district.json")))
        {
            gwanak = DistrictDocument.Read(document);
        }

        var output = Console.Out;
        output.WriteLine("관악S밸리 — Gwanak S-Valley, told through Gwanak.Innovation");
        output.WriteLine(new string('=', 60));
        IdentityChapter.Tell(output, gwanak);
        EcosystemChapter.Tell(output, gwanak);
        PartnersChapter.Tell(output, gwanak);
        ExchangeChapter.Tell(output, gwanak);
    }

    /// <summary>A record the story needs from the document, or an error naming what the document lacks.</summary>
    /// <typeparam name="T">The record.</typeparam>
    /// <param name="record">What the district found.</param>
    /// <param name="what">What was looked for.</param>
    /// <returns>The record.</returns>
    internal static T Required<T>(T? record, string what)
        where T : class
        => record ?? throw new InvalidDataException($"The district document has no {what}.");
}

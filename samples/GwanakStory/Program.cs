using System;
using System.Text;

namespace GwanakStory;

/// <summary>The seed's story told through the model, chapter by chapter.</summary>
internal static class Program
{
    private static void Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        var output = Console.Out;
        output.WriteLine("관악S밸리 — Gwanak S-Valley, told through Gwanak.Innovation");
        output.WriteLine(new string('=', 60));
        IdentityChapter.Tell(output);
        EcosystemChapter.Tell(output);
        PartnersChapter.Tell(output);
        ExchangeChapter.Tell(output);
    }
}

using System;
using System.Text;

namespace GwanakStory;

/// <summary>The seed's story told through the model, chapter by chapter.</summary>
internal static class Program
{
    private static void Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        ExchangeChapter.Tell(Console.Out);
    }
}

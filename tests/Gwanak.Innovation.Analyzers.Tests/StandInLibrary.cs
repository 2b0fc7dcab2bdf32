using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gwanak.Innovation.Analyzers.Tests;

/// <summary>Compiles a small assembly named Gwanak.Innovation that stands in for the real one in a test.</summary>
internal static class StandInLibrary
{
    // The analyzers recognise the library by its money type.
    private const string Anchor = """
        namespace Gwanak.Innovation.Primitives
        {
            public readonly struct Money
            {
            }
        }
        """;

    public static MetadataReference Compile(string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Gwanak.Innovation",
            new[] { CSharpSyntaxTree.ParseText(Anchor), CSharpSyntaxTree.ParseText(source) },
            Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The stand-in library does not compile: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}

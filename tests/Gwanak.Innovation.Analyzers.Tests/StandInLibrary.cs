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

    // GWI0001 reads a transition from this attribute, declared by the library.
    private const string TransitionAttribute = """
        namespace Gwanak.Innovation.Primitives
        {
            [System.AttributeUsage(System.AttributeTargets.Method, Inherited = false)]
            public sealed class TransitionAttribute : System.Attribute
            {
            }
        }
        """;

    /// <summary>Compiles the anchor, the transition attribute (unless <paramref name="declareTransitionAttribute"/> is false) and <paramref name="source"/>.</summary>
    public static MetadataReference Compile(string source, bool declareTransitionAttribute = true)
    {
        var trees = new[] { Anchor, source }.Concat(declareTransitionAttribute ? new[] { TransitionAttribute } : Array.Empty<string>())
            .Select(text => CSharpSyntaxTree.ParseText(text));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Gwanak.Innovation",
            trees,
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

using System.Threading.Tasks;
using Gwanak.Innovation.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Gwanak.Innovation.Analyzers.Tests;

/// <summary>Runs an analyzer (and its code fix) on C# source that references Gwanak.Innovation and NodaTime, offline.</summary>
internal static class Verifier<TAnalyzer, TFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Checks that <paramref name="source"/> yields exactly <paramref name="expected"/>.</summary>
    public static Task Analyze(string source, params DiagnosticResult[] expected)
        => Create(source, null, null, expected).RunAsync();

    /// <summary>
    /// Checks the diagnostics against a stand-in Gwanak.Innovation assembly compiled from <paramref name="librarySource"/>
    /// (for model shapes that other contexts of the package add, such as an aggregate's transition or a zone id parameter).
    /// </summary>
    public static Task AnalyzeWithLibrary(string librarySource, string source, params DiagnosticResult[] expected)
        => AnalyzeWithLibrary(StandInLibrary.Compile(librarySource), source, expected);

    /// <summary>Checks the diagnostics against a stand-in Gwanak.Innovation assembly compiled already (<see cref="StandInLibrary.Compile"/>).</summary>
    public static Task AnalyzeWithLibrary(MetadataReference library, string source, params DiagnosticResult[] expected)
        => Create(source, null, null, expected, library).RunAsync();

    /// <summary>Checks the diagnostics and the code fix against a stand-in Gwanak.Innovation assembly compiled from <paramref name="librarySource"/>.</summary>
    public static Task FixWithLibrary(string librarySource, string source, string fixedSource, params DiagnosticResult[] expected)
        => Create(source, fixedSource, null, expected, StandInLibrary.Compile(librarySource)).RunAsync();

    /// <summary>Checks the diagnostics with an .editorconfig applied.</summary>
    public static Task AnalyzeWithConfig(string source, string editorConfig, params DiagnosticResult[] expected)
        => Create(source, null, editorConfig, expected).RunAsync();

    /// <summary>Checks the diagnostics and that the code fix turns <paramref name="source"/> into <paramref name="fixedSource"/>.</summary>
    public static Task Fix(string source, string fixedSource, params DiagnosticResult[] expected)
        => Create(source, fixedSource, null, expected).RunAsync();

    private static CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier> Create(string source, string? fixedSource, string? editorConfig, DiagnosticResult[] expected, MetadataReference? library = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            // No reference pack download: the references come from Basic.Reference.Assemblies.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            // [|...|] stands for the rule's first descriptor (GWI0001 has a second message for a discarded decision).
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        if (library is null)
        {
            test.TestState.AdditionalReferences.Add(typeof(Money).Assembly);
        }
        else
        {
            test.TestState.AdditionalReferences.Add(library);
        }

        test.TestState.AdditionalReferences.Add(typeof(NodaTime.Instant).Assembly);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig + "\n"));
        }

        if (fixedSource is not null)
        {
            test.FixedCode = fixedSource;
            // Markup in the fixed code marks the diagnostics the fix leaves in place (none is offered for them).
            test.FixedState.MarkupHandling = MarkupMode.Allow;
        }

        // GWI0001 points at the receiver as an additional location for its code fix; the tests check the primary one.
        foreach (DiagnosticResult result in expected)
        {
            test.ExpectedDiagnostics.Add(result.WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        return test;
    }
}

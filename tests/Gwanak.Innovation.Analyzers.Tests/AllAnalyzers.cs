using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Gwanak.Innovation.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Gwanak.Innovation.Analyzers.Tests;

/// <summary>Every analyzer of the package, and compilations to run them on.</summary>
internal static class AllAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create() => ImmutableArray.Create<DiagnosticAnalyzer>(
        new DiscardedTransitionAnalyzer(),
        new UnparsableConstantAnalyzer(),
        new UnknownTimeZoneIdAnalyzer(),
        new SystemClockAnalyzer(),
        new NonExhaustiveSwitchAnalyzer(),
        new FloatingPointMoneyAnalyzer(),
        new NamedDistrictCodeAnalyzer());

    public static CSharpCompilation Compile(bool referenceLibrary, params string[] sources)
    {
        IEnumerable<MetadataReference> references = Basic.Reference.Assemblies.Net100.References.All;
        if (referenceLibrary)
        {
            references = references.Concat(new[]
            {
                MetadataReference.CreateFromFile(typeof(Money).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
            });
        }

        return CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}

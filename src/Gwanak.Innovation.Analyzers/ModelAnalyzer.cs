using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// The start every Gwanak.Innovation analyzer shares: concurrent execution, generated code skipped, and nothing
/// registered unless the compilation references the library, so a project without it pays nothing.
/// </summary>
public abstract class ModelAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ModelSymbols.FindLibrary(start.Compilation) is { } library)
            {
                OnLibraryReferenced(start, library);
            }
        });
    }

    /// <summary>Looks up the rule's symbols once for the compilation and registers its actions.</summary>
    /// <param name="start">The compilation-start context.</param>
    /// <param name="library">The referenced Gwanak.Innovation assembly.</param>
    protected abstract void OnLibraryReferenced(CompilationStartAnalysisContext start, IAssemblySymbol library);
}

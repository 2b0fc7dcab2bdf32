using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

    /// <summary>
    /// Runs <paramref name="action"/> on every node of the given kinds, from one semantic model action per file. The
    /// nodes come from one walk of the file that all the package's rules share (<see cref="FileNodes"/>), or from a
    /// walk of only the span the host asks for.
    /// </summary>
    /// <remarks>
    /// A syntax node action would do the same, but as soon as one is registered the analyzer driver computes the
    /// declarations of every member of every file, which on the benchmark's 1,000 files costs about 14 MB and 5% of
    /// the build; and seven rules walking each file on their own cost about 10% more (<c>docs/benchmarks.md</c>).
    /// The semantic model is the one the compiler's own diagnostics have filled, so binding a node is cheap.
    /// </remarks>
    private protected static void RegisterNodeAction(CompilationStartAnalysisContext start, Action<NodeContext> action, params SyntaxKind[] kinds)
    {
        FileNodes? shared = FileNodes.Gathers(kinds) ? FileNodes.AddReader(start.Compilation) : null;
        start.RegisterSemanticModelAction(file =>
        {
            SyntaxNode root = file.SemanticModel.SyntaxTree.GetRoot(file.CancellationToken);
            IEnumerable<SyntaxNode> nodes = shared is not null && (file.FilterSpan is not { } span || span.Contains(root.FullSpan))
                ? shared.Read(root)
                : root.DescendantNodesAndSelf(file.FilterSpan ?? root.FullSpan);
            foreach (SyntaxNode node in nodes)
            {
                if (Array.IndexOf(kinds, (SyntaxKind)node.RawKind) >= 0)
                {
                    file.CancellationToken.ThrowIfCancellationRequested();
                    action(new NodeContext(node, file));
                }
            }
        });
    }
}

/// <summary>A node of one of the kinds a rule asked for, with the file's semantic model and the way to report.</summary>
internal readonly struct NodeContext
{
    private readonly SemanticModelAnalysisContext file;

    /// <summary>Creates the context of <paramref name="node"/> in <paramref name="file"/>.</summary>
    public NodeContext(SyntaxNode node, SemanticModelAnalysisContext file)
    {
        Node = node;
        this.file = file;
    }

    /// <summary>The node of a kind the rule asked for.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The semantic model of the node's file.</summary>
    public SemanticModel SemanticModel => file.SemanticModel;

    /// <summary>Signals that the host no longer wants the file analysed.</summary>
    public CancellationToken CancellationToken => file.CancellationToken;

    /// <summary>Reports a diagnostic in the node's file.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => file.ReportDiagnostic(diagnostic);
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0001: an instance method of the Gwanak.Innovation assembly that returns its own containing type (the new state
/// of an immutable model value) called as a bare statement, so the new state is lost.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscardedTransitionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property that is present when the receiver can be assigned, so the code fix can offer <c>x = x.M(...)</c>.</summary>
    public const string AssignableProperty = "Assignable";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DiscardedTransition);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            IAssemblySymbol? library = ModelSymbols.FindLibrary(start.Compilation);
            if (library is null)
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, library), OperationKind.ExpressionStatement);
        });
    }

    /// <summary>True when <paramref name="invocation"/> calls a transition: an instance method of the library returning its containing type.</summary>
    internal static bool IsTransition(IInvocationOperation invocation, IAssemblySymbol library)
    {
        IMethodSymbol method = invocation.TargetMethod;
        return !method.IsStatic
            && invocation.Instance is not null
            && SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, method.ContainingType.OriginalDefinition)
            && ModelSymbols.IsDeclaredIn(method, library);
    }

    private static void Analyze(OperationAnalysisContext context, IAssemblySymbol library)
    {
        var statement = (IExpressionStatementOperation)context.Operation;
        if (statement.Operation is not IInvocationOperation invocation || !IsTransition(invocation, library))
        {
            return;
        }

        // In a chain (x.With(a).With(b)), the state that was meant to change is the root receiver's.
        IOperation receiver = invocation.Instance!;
        while (receiver is IInvocationOperation inner && IsTransition(inner, library))
        {
            receiver = inner.Instance!;
        }

        ImmutableDictionary<string, string?> properties = IsAssignable(receiver)
            ? ImmutableDictionary<string, string?>.Empty.Add(AssignableProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.DiscardedTransition,
            statement.Syntax.GetLocation(),
            new[] { receiver.Syntax.GetLocation() },
            properties,
            invocation.TargetMethod.Name,
            invocation.TargetMethod.ContainingType.Name,
            receiver.Syntax.ToString()));
    }

    private static bool IsAssignable(IOperation receiver) => receiver switch
    {
        ILocalReferenceOperation local => !local.Local.IsConst && local.Local.RefKind != RefKind.RefReadOnly && IsPlainLocal(local.Local),
        IParameterReferenceOperation parameter => parameter.Parameter.RefKind is RefKind.None or RefKind.Ref or RefKind.Out,
        IFieldReferenceOperation field => !field.Field.IsReadOnly && !field.Field.IsConst,
        IPropertyReferenceOperation property => property.Property.SetMethod is { IsInitOnly: false } && !property.Property.IsIndexer,
        _ => false,
    };

    // foreach and using variables are read-only.
    private static bool IsPlainLocal(ILocalSymbol local)
    {
        foreach (SyntaxReference reference in local.DeclaringSyntaxReferences)
        {
            SyntaxNode node = reference.GetSyntax();
            if (node is ForEachStatementSyntax
                || node.Parent?.Parent is UsingStatementSyntax
                || node.Parent?.Parent is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 })
            {
                return false;
            }
        }

        return true;
    }
}

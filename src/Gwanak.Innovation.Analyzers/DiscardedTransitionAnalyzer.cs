using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0001: an instance method of the Gwanak.Innovation assembly that returns its own containing type (the new state
/// of an immutable model value) called as a bare statement, so the new state is lost.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscardedTransitionAnalyzer : ModelAnalyzer
{
    /// <summary>Diagnostic property that is present when the receiver can be assigned, so the code fix can offer <c>x = x.M(...)</c>.</summary>
    public const string AssignableProperty = "Assignable";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DiscardedTransition);

    /// <inheritdoc/>
    protected override void OnLibraryReferenced(CompilationStartAnalysisContext start, IAssemblySymbol library)
    {
        // The names of the library's transitions, so that only a bare call by one of these names is bound.
        ImmutableHashSet<string> names = TransitionNames(library.GlobalNamespace);
        if (!names.IsEmpty)
        {
            RegisterNodeAction(start, c => Analyze(c, library, names), SyntaxKind.ExpressionStatement);
        }
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

    /// <summary>True when <paramref name="method"/> is a transition: an instance method of the library returning its containing type.</summary>
    internal static bool IsTransition(IMethodSymbol method, IAssemblySymbol library)
        => !method.IsStatic
            && method.MethodKind != MethodKind.ReducedExtension
            && SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, method.ContainingType.OriginalDefinition)
            && ModelSymbols.IsDeclaredIn(method, library);

    private static ImmutableHashSet<string> TransitionNames(INamespaceSymbol root)
    {
        ImmutableHashSet<string>.Builder names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            INamespaceOrTypeSymbol container = pending.Pop();
            foreach (ISymbol member in container.GetMembers())
            {
                switch (member)
                {
                    case INamespaceOrTypeSymbol nested:
                        pending.Push(nested);
                        break;
                    case IMethodSymbol { IsStatic: false, MethodKind: MethodKind.Ordinary } method
                        when SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, method.ContainingType.OriginalDefinition):
                        names.Add(method.Name);
                        break;
                }
            }
        }

        return names.ToImmutable();
    }

    private static void Analyze(NodeContext context, IAssemblySymbol library, ImmutableHashSet<string> names)
    {
        var statement = (ExpressionStatementSyntax)context.Node;
        if (statement.Expression is not InvocationExpressionSyntax call
            || SyntaxFacts.InvokedName(call) is not { } name
            || !names.Contains(name)
            || call.Expression is MemberBindingExpressionSyntax
            || context.SemanticModel.GetSymbolInfo(call, context.CancellationToken).Symbol is not IMethodSymbol method
            || !IsTransition(method, library))
        {
            return;
        }

        if (call.Expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access)
        {
            // A call on the implicit this: rare enough to read from the operation tree of this one statement.
            AnalyzeOperation(context, library, statement);
            return;
        }

        // In a chain (x.With(a).With(b)), the state that was meant to change is the root receiver's.
        ExpressionSyntax receiver = SyntaxFacts.StripParentheses(access.Expression);
        while (receiver is InvocationExpressionSyntax inner
            && context.SemanticModel.GetSymbolInfo(inner, context.CancellationToken).Symbol is IMethodSymbol innerMethod
            && IsTransition(innerMethod, library))
        {
            if (inner.Expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } innerAccess)
            {
                AnalyzeOperation(context, library, statement);
                return;
            }

            receiver = SyntaxFacts.StripParentheses(innerAccess.Expression);
        }

        bool assignable = context.SemanticModel.GetSymbolInfo(receiver, context.CancellationToken).Symbol switch
        {
            ILocalSymbol local => !local.IsConst && local.RefKind != RefKind.RefReadOnly && IsPlainLocal(local),
            IParameterSymbol { IsThis: false } parameter => parameter.RefKind is RefKind.None or RefKind.Ref or RefKind.Out,
            IFieldSymbol field => !field.IsReadOnly && !field.IsConst,
            IPropertySymbol property => property.SetMethod is { IsInitOnly: false } && !property.IsIndexer,
            _ => false,
        };
        Report(context, statement, receiver, assignable, method);
    }

    // The reading of the whole statement from its operation tree, kept for call shapes the syntax above does not cover.
    private static void AnalyzeOperation(NodeContext context, IAssemblySymbol library, ExpressionStatementSyntax statementSyntax)
    {
        if (context.SemanticModel.GetOperation(statementSyntax, context.CancellationToken) is not IExpressionStatementOperation statement
            || statement.Operation is not IInvocationOperation invocation
            || !IsTransition(invocation, library))
        {
            return;
        }

        IOperation receiver = invocation.Instance!;
        while (receiver is IInvocationOperation inner && IsTransition(inner, library))
        {
            receiver = inner.Instance!;
        }

        Report(context, statementSyntax, receiver.Syntax, IsAssignable(receiver), invocation.TargetMethod);
    }

    private static void Report(NodeContext context, ExpressionStatementSyntax statement, SyntaxNode receiver, bool assignable, IMethodSymbol method)
    {
        ImmutableDictionary<string, string?> properties = assignable
            ? ImmutableDictionary<string, string?>.Empty.Add(AssignableProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.DiscardedTransition,
            statement.GetLocation(),
            new[] { receiver.GetLocation() },
            properties,
            method.Name,
            method.ContainingType.Name,
            receiver.ToString()));
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

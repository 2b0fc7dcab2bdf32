using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0001: a method that the Gwanak.Innovation assembly declares a transition (<c>[Transition]</c>: it returns the new
/// state of an immutable model value, or the <c>Decision&lt;T&gt;</c> that holds it) called as a bare statement, so the
/// new state is lost.
/// </summary>
/// <remarks>
/// The rule reads the declaration, as JetBrains' <c>[MustUseReturnValue]</c> is read: an instance method of the library
/// is a transition when it carries the attribute, whatever it returns, and no other method is one. A <c>Try…</c>
/// transition is reported with its own message, since its result is a decision to keep, not a value to assign back.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscardedTransitionAnalyzer : ModelAnalyzer
{
    /// <summary>Metadata name of the attribute that declares a transition.</summary>
    public const string TransitionAttributeName = "Gwanak.Innovation.Primitives.TransitionAttribute";

    /// <summary>Metadata name of the answer of a <c>Try…</c> transition.</summary>
    public const string DecisionTypeName = "Gwanak.Innovation.Primitives.Decision`1";

    /// <summary>Diagnostic property that is present when the receiver can be assigned, so the code fix can offer <c>x = x.M(...)</c>.</summary>
    public const string AssignableProperty = "Assignable";

    /// <summary>Diagnostic property that is present when the transition returns a <c>Decision&lt;T&gt;</c>, so the code fix offers <c>var decision = x.TryM(...)</c>.</summary>
    public const string DecisionProperty = "Decision";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DiscardedTransition, Descriptors.DiscardedDecision);

    /// <inheritdoc/>
    protected override void OnLibraryReferenced(CompilationStartAnalysisContext start, IAssemblySymbol library)
    {
        // Looked up in the library itself: a type of the same name elsewhere declares nothing, and a library without
        // the attribute declares no transition.
        if (library.GetTypeByMetadataName(TransitionAttributeName) is not { } attribute)
        {
            return;
        }

        // The library's transitions, and their names, so that only a bare call by one of these names is bound.
        Transitions transitions = Transitions.Find(library.GlobalNamespace, attribute, library.GetTypeByMetadataName(DecisionTypeName), start.CancellationToken);
        if (!transitions.Names.IsEmpty)
        {
            RegisterNodeAction(start, c => Analyze(c, transitions), SyntaxKind.ExpressionStatement);
        }
    }

    private static void Analyze(NodeContext context, Transitions transitions)
    {
        var statement = (ExpressionStatementSyntax)context.Node;
        if (statement.Expression is not InvocationExpressionSyntax call
            || SyntaxFacts.InvokedName(call) is not { } name
            || !transitions.Names.Contains(name)
            || call.Expression is MemberBindingExpressionSyntax
            || context.SemanticModel.GetSymbolInfo(call, context.CancellationToken).Symbol is not IMethodSymbol method
            || !transitions.Contains(method))
        {
            return;
        }

        if (call.Expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access)
        {
            // A call on the implicit this: rare enough to read from the operation tree of this one statement.
            AnalyzeOperation(context, transitions, statement);
            return;
        }

        // In a chain (x.With(a).With(b)), the state that was meant to change is the root receiver's.
        ExpressionSyntax receiver = SyntaxFacts.StripParentheses(access.Expression);
        while (receiver is InvocationExpressionSyntax inner
            && SyntaxFacts.InvokedName(inner) is { } innerName
            && transitions.Names.Contains(innerName)
            && context.SemanticModel.GetSymbolInfo(inner, context.CancellationToken).Symbol is IMethodSymbol innerMethod
            && transitions.Contains(innerMethod))
        {
            if (inner.Expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } innerAccess)
            {
                AnalyzeOperation(context, transitions, statement);
                return;
            }

            receiver = SyntaxFacts.StripParentheses(innerAccess.Expression);
        }

        ITypeSymbol? receiverType = context.SemanticModel.GetSymbolInfo(receiver, context.CancellationToken).Symbol switch
        {
            ILocalSymbol local when !local.IsConst && local.RefKind != RefKind.RefReadOnly && IsPlainLocal(local) => local.Type,
            IParameterSymbol { IsThis: false } parameter when parameter.RefKind is RefKind.None or RefKind.Ref or RefKind.Out => parameter.Type,
            IFieldSymbol field when !field.IsReadOnly && !field.IsConst => field.Type,
            IPropertySymbol property when property.SetMethod is { IsInitOnly: false } && !property.IsIndexer => property.Type,
            _ => null,
        };
        Report(context, transitions, statement, receiver, receiver.ToString(), receiverType, method);
    }

    // The reading of the whole statement from its operation tree, kept for call shapes the syntax above does not cover.
    private static void AnalyzeOperation(NodeContext context, Transitions transitions, ExpressionStatementSyntax statementSyntax)
    {
        if (context.SemanticModel.GetOperation(statementSyntax, context.CancellationToken) is not IExpressionStatementOperation statement
            || statement.Operation is not IInvocationOperation { Instance: not null } invocation
            || !transitions.Contains(invocation.TargetMethod))
        {
            return;
        }

        IOperation receiver = invocation.Instance;
        while (receiver is IInvocationOperation { Instance: { } innerReceiver } inner && transitions.Contains(inner.TargetMethod))
        {
            receiver = innerReceiver;
        }

        // An implicit this has the call for its syntax.
        string receiverText = receiver is IInstanceReferenceOperation { IsImplicit: true } ? "this" : receiver.Syntax.ToString();
        Report(context, transitions, statementSyntax, receiver.Syntax, receiverText, IsAssignable(receiver) ? receiver.Type : null, invocation.TargetMethod);
    }

    // A Decision is reported as one, with no assignment to offer; a new value is offered back to the receiver when it
    // can be assigned and has the value's type.
    private static void Report(NodeContext context, Transitions transitions, ExpressionStatementSyntax statement, SyntaxNode receiver, string receiverText, ITypeSymbol? assignableType, IMethodSymbol method)
    {
        Diagnostic diagnostic;
        if (transitions.DecidedType(method) is { } decided)
        {
            diagnostic = Diagnostic.Create(
                Descriptors.DiscardedDecision,
                statement.GetLocation(),
                new[] { receiver.GetLocation() },
                ImmutableDictionary<string, string?>.Empty.Add(DecisionProperty, "true"),
                method.Name,
                decided.Name,
                receiverText);
        }
        else
        {
            diagnostic = Diagnostic.Create(
                Descriptors.DiscardedTransition,
                statement.GetLocation(),
                new[] { receiver.GetLocation() },
                SymbolEqualityComparer.Default.Equals(assignableType, method.ReturnType)
                    ? ImmutableDictionary<string, string?>.Empty.Add(AssignableProperty, "true")
                    : ImmutableDictionary<string, string?>.Empty,
                method.Name,
                method.ReturnType.Name,
                receiverText);
        }

        context.ReportDiagnostic(diagnostic);
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

    /// <summary>The transitions a library declares, found once per compilation.</summary>
    private sealed class Transitions
    {
        private readonly ImmutableHashSet<IMethodSymbol> methods;
        private readonly INamedTypeSymbol? decision;

        private Transitions(ImmutableHashSet<IMethodSymbol> methods, INamedTypeSymbol? decision)
        {
            this.methods = methods;
            this.decision = decision;
            Names = methods.Select(m => m.Name).ToImmutableHashSet(StringComparer.Ordinal);
        }

        /// <summary>The names the transitions are called by.</summary>
        public ImmutableHashSet<string> Names { get; }

        /// <summary>The instance methods of the library under <paramref name="root"/> that carry <paramref name="attribute"/>.</summary>
        public static Transitions Find(INamespaceSymbol root, INamedTypeSymbol attribute, INamedTypeSymbol? decision, CancellationToken cancellationToken)
        {
            ImmutableHashSet<IMethodSymbol>.Builder methods = ImmutableHashSet.CreateBuilder<IMethodSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                INamespaceOrTypeSymbol container = pending.Pop();
                foreach (ISymbol member in container.GetMembers())
                {
                    switch (member)
                    {
                        case INamespaceOrTypeSymbol nested:
                            pending.Push(nested);
                            break;
                        case IMethodSymbol { IsStatic: false, MethodKind: MethodKind.Ordinary } method when HasAttribute(method, attribute):
                            methods.Add(method);
                            break;
                    }
                }
            }

            return new Transitions(methods.ToImmutable(), decision);
        }

        /// <summary>True when <paramref name="method"/> (on a constructed type too) is a declared transition.</summary>
        public bool Contains(IMethodSymbol method) => methods.Contains(method.OriginalDefinition);

        /// <summary>The <c>T</c> of the <c>Decision&lt;T&gt;</c> that <paramref name="method"/> returns, or <see langword="null"/> when it returns something else.</summary>
        public ITypeSymbol? DecidedType(IMethodSymbol method)
            => decision is not null
                && method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } returned
                && SymbolEqualityComparer.Default.Equals(returned.OriginalDefinition, decision)
                    ? returned.TypeArguments[0]
                    : null;

        private static bool HasAttribute(IMethodSymbol method, INamedTypeSymbol attribute)
        {
            foreach (AttributeData data in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0003: a constant time zone id that NodaTime's TZDB does not know, passed to <c>DateTimeZoneProviders.Tzdb[...]</c>,
/// <c>DateTimeZoneProviders.Tzdb.GetZoneOrNull</c>, or a Gwanak.Innovation method or constructor whose string parameter
/// is named <c>...ZoneId</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownTimeZoneIdAnalyzer : ModelAnalyzer
{
    /// <summary>Diagnostic property holding the closest known id, when there is one.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnknownTimeZoneId);

    /// <inheritdoc/>
    protected override void OnLibraryReferenced(CompilationStartAnalysisContext start, IAssemblySymbol library)
    {
        IPropertySymbol? tzdb = start.Compilation.GetTypeByMetadataName("NodaTime.DateTimeZoneProviders")?
            .GetMembers("Tzdb").OfType<IPropertySymbol>().FirstOrDefault();
        // The names of the library's methods with a zone id parameter, so that only calls by these names are bound.
        ZoneIdTakers takers = ZoneIdTakers.Of(library.GlobalNamespace);
        // One walk per file for the three shapes a zone id reaches: a call, a constructor, the Tzdb indexer.
        var kinds = new List<SyntaxKind>();
        if (tzdb is not null || !takers.Names.IsEmpty)
        {
            kinds.Add(SyntaxKind.InvocationExpression);
        }

        if (takers.HasConstructors)
        {
            kinds.AddRange(new[]
            {
                SyntaxKind.ObjectCreationExpression,
                SyntaxKind.ImplicitObjectCreationExpression,
                SyntaxKind.BaseConstructorInitializer,
                SyntaxKind.ThisConstructorInitializer,
                SyntaxKind.PrimaryConstructorBaseType,
            });
        }

        if (tzdb is not null)
        {
            kinds.Add(SyntaxKind.ElementAccessExpression);
        }

        if (kinds.Count == 0)
        {
            return;
        }

        RegisterNodeAction(
            start,
            c =>
            {
                switch (c.Node.Kind())
                {
                    case SyntaxKind.InvocationExpression:
                        AnalyzeInvocation(c, library, tzdb, takers.Names);
                        break;
                    case SyntaxKind.ElementAccessExpression:
                        AnalyzeIndexer(c, tzdb!);
                        break;
                    default:
                        AnalyzeCall(c, library, c.Node);
                        break;
                }
            },
            kinds.ToArray());
    }

    private static bool IsZoneIdParameter(IParameterSymbol parameter)
        => parameter.Type.SpecialType == SpecialType.System_String
            && (parameter.Name.EndsWith("ZoneId", StringComparison.Ordinal) || parameter.Name.EndsWith("zoneId", StringComparison.Ordinal));

    private static void AnalyzeIndexer(NodeContext context, IPropertySymbol tzdb)
    {
        var access = (ElementAccessExpressionSyntax)context.Node;
        if (access.ArgumentList.Arguments.Count == 1
            && !IsKnownLiteral(access.ArgumentList.Arguments[0].Expression)
            && IsTzdb(access.Expression, context, tzdb)
            && context.SemanticModel.GetSymbolInfo(access, context.CancellationToken).Symbol is IPropertySymbol { IsIndexer: true, Parameters.Length: 1 })
        {
            Check(context, access.ArgumentList.Arguments[0].Expression);
        }
    }

    private static void AnalyzeInvocation(NodeContext context, IAssemblySymbol library, IPropertySymbol? tzdb, ImmutableHashSet<string> names)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        string? name = SyntaxFacts.InvokedName(invocation);
        if (name == "GetZoneOrNull"
            && tzdb is not null
            && invocation.ArgumentList.Arguments.Count == 1
            && !IsKnownLiteral(invocation.ArgumentList.Arguments[0].Expression)
            && invocation.Expression is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access
            && IsTzdb(access.Expression, context, tzdb)
            && context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol { Name: "GetZoneOrNull", Parameters.Length: 1, IsStatic: false })
        {
            Check(context, invocation.ArgumentList.Arguments[0].Expression);
            return;
        }

        if (name is not null && names.Contains(name))
        {
            AnalyzeCall(context, library, invocation);
        }
    }

    private static void AnalyzeCall(NodeContext context, IAssemblySymbol library, SyntaxNode call)
    {
        if (SyntaxFacts.ArgumentsOf(call) is not { } argumentList
            || context.SemanticModel.GetSymbolInfo(call, context.CancellationToken).Symbol is not IMethodSymbol method
            || !ModelSymbols.IsDeclaredIn(method, library))
        {
            return;
        }

        // The receiver of an extension method is its first argument.
        if (method.ReducedFrom is { } extension
            && IsZoneIdParameter(extension.Parameters[0])
            && call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver })
        {
            Check(context, receiver.Expression);
        }

        SeparatedSyntaxList<ArgumentSyntax> arguments = argumentList.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            if (SyntaxFacts.ParameterOf(method, arguments, i) is { } parameter && IsZoneIdParameter(parameter))
            {
                Check(context, arguments[i].Expression);
            }
        }
    }

    // A literal id that TZDB knows is never reported, whatever it is passed to: no need to bind the call.
    private static bool IsKnownLiteral(ExpressionSyntax value)
        => SyntaxFacts.StringLiteral(value) is { } id && TimeZoneIds.IsKnown(id);

    // DateTimeZoneProviders.Tzdb, also through parentheses or a cast.
    private static bool IsTzdb(ExpressionSyntax instance, NodeContext context, IPropertySymbol tzdb)
    {
        while (true)
        {
            instance = SyntaxFacts.StripParentheses(instance);
            if (instance is not CastExpressionSyntax cast)
            {
                break;
            }

            instance = cast.Expression;
        }

        string? name = instance switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        return name == tzdb.Name
            && SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(instance, context.CancellationToken).Symbol, tzdb);
    }

    private static void Check(NodeContext context, ExpressionSyntax value)
    {
        value = SyntaxFacts.StripParentheses(value);
        if (context.SemanticModel.GetConstantValue(value, context.CancellationToken) is not { HasValue: true, Value: string id } || TimeZoneIds.IsKnown(id))
        {
            return;
        }

        string? suggestion = TimeZoneIds.Closest(id);
        ImmutableDictionary<string, string?> properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnknownTimeZoneId,
            value.GetLocation(),
            properties,
            id,
            suggestion is null ? string.Empty : "; did you mean '" + suggestion + "'?"));
    }

    /// <summary>The library's methods and constructors that take a zone id, found once per compilation.</summary>
    private sealed class ZoneIdTakers
    {
        private ZoneIdTakers(ImmutableHashSet<string> names, bool hasConstructors)
        {
            Names = names;
            HasConstructors = hasConstructors;
        }

        public ImmutableHashSet<string> Names { get; }

        public bool HasConstructors { get; }

        public static ZoneIdTakers Of(INamespaceSymbol root)
        {
            ImmutableHashSet<string>.Builder names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            bool constructors = false;
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                foreach (ISymbol member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol nested)
                    {
                        pending.Push(nested);
                    }
                    else if (member is IMethodSymbol method && method.Parameters.Any(IsZoneIdParameter))
                    {
                        if (method.MethodKind == MethodKind.Constructor)
                        {
                            constructors = true;
                        }
                        else
                        {
                            names.Add(method.Name);
                        }
                    }
                }
            }

            return new ZoneIdTakers(names.ToImmutable(), constructors);
        }
    }
}

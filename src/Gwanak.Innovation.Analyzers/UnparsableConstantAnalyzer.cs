using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0002: a string constant passed to <c>BusinessRegistrationNumber.Parse</c>, <c>CorporateRegistrationNumber.Parse</c>,
/// <c>AdministrativeDistrictCode.Parse</c> or <c>Money.Parse</c> that the run time would reject, reported with the run time's reason.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnparsableConstantAnalyzer : ModelAnalyzer
{
    private static readonly string[] ParserTypes =
    {
        ConstantParsers.BusinessRegistrationNumber,
        ConstantParsers.CorporateRegistrationNumber,
        ConstantParsers.AdministrativeDistrictCode,
        ConstantParsers.Money,
    };

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnparsableConstant);

    /// <inheritdoc/>
    protected override void OnLibraryReferenced(CompilationStartAnalysisContext start, IAssemblySymbol library)
    {
        var parsers = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
        foreach (string name in ParserTypes)
        {
            if (start.Compilation.GetTypeByMetadataName(name) is { } type)
            {
                parsers[type] = name;
            }
        }

        var lookup = new Parsers(parsers.ToImmutable(), SyntaxFacts.AliasNames(start.Compilation, start.CancellationToken));
        RegisterNodeAction(start, c => Analyze(c, lookup), SyntaxKind.InvocationExpression);
    }

    /// <summary>
    /// False when the syntax alone shows that <paramref name="invocation"/> cannot be reported: a call with a string
    /// literal on a receiver that names a type by its own name (no alias, no derived type: the parsers are structs), for
    /// which <paramref name="reports"/> says the literal is fine. True when the semantic model must decide.
    /// </summary>
    internal static bool MayReport(InvocationExpressionSyntax invocation, Parsers parsers, Func<string, string, bool> reports)
    {
        if (invocation.ArgumentList.Arguments.Count != 1
            || SyntaxFacts.InvokedName(invocation) != "Parse")
        {
            return false;
        }

        if (SyntaxFacts.StringLiteral(invocation.ArgumentList.Arguments[0].Expression) is not { } text
            || invocation.Expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access)
        {
            return true;
        }

        if (SyntaxFacts.CannotNameLibraryType(access.Expression))
        {
            return false;
        }

        if (SyntaxFacts.ReceiverTypeName(access.Expression) is not { } name || !parsers.AllSealed || parsers.Aliases.Contains(name))
        {
            return true;
        }

        return parsers.ByName.TryGetValue(name, out string? typeName) && reports(typeName, text);
    }

    /// <summary>
    /// When <paramref name="invocation"/> is <c>Parse(string)</c> of one of <paramref name="parsers"/> with a constant
    /// argument, gives the parser's metadata name, the parser type, the constant and the argument's expression.
    /// Only a call named <c>Parse</c> with one argument reaches the semantic model.
    /// </summary>
    internal static bool TryGetConstantParse(
        InvocationExpressionSyntax invocation,
        SemanticModel semanticModel,
        Parsers parsers,
        CancellationToken cancellationToken,
        out string typeName,
        out INamedTypeSymbol parserType,
        out string text,
        out ExpressionSyntax argument)
    {
        typeName = string.Empty;
        parserType = null!;
        text = string.Empty;
        argument = null!;
        if (invocation.ArgumentList.Arguments.Count != 1
            || SyntaxFacts.InvokedName(invocation) != "Parse"
            || semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method
            || !method.IsStatic
            || method.Parameters.Length != 1
            || method.Parameters[0].Type.SpecialType != SpecialType.System_String
            || !parsers.Types.TryGetValue(method.ContainingType, out string? name))
        {
            return false;
        }

        argument = SyntaxFacts.StripParentheses(invocation.ArgumentList.Arguments[0].Expression);
        if (semanticModel.GetConstantValue(argument, cancellationToken) is not { HasValue: true, Value: string constant })
        {
            return false;
        }

        typeName = name;
        parserType = method.ContainingType;
        text = constant;
        return true;
    }

    private static void Analyze(NodeContext context, Parsers parsers)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (!MayReport(invocation, parsers, static (typeName, text) => ConstantParsers.Check(typeName, text) is not null)
            || !TryGetConstantParse((InvocationExpressionSyntax)context.Node, context.SemanticModel, parsers, context.CancellationToken, out string typeName, out INamedTypeSymbol type, out string text, out ExpressionSyntax argument))
        {
            return;
        }

        string? reason = ConstantParsers.Check(typeName, text);
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnparsableConstant,
                argument.GetLocation(),
                type.Name,
                reason));
        }
    }

    /// <summary>The parser types of the referenced library, by symbol and by name, and the aliases that could rename them.</summary>
    internal sealed class Parsers
    {
        public Parsers(ImmutableDictionary<INamedTypeSymbol, string> types, ImmutableHashSet<string> aliases)
        {
            Types = types;
            Aliases = aliases;
            ImmutableDictionary<string, string>.Builder byName = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            bool allSealed = true;
            foreach (KeyValuePair<INamedTypeSymbol, string> pair in types)
            {
                byName[pair.Key.Name] = pair.Value;
                allSealed &= pair.Key.IsSealed;
            }

            ByName = byName.ToImmutable();
            AllSealed = allSealed && ByName.Count == types.Count;
        }

        /// <summary>Metadata name of each parser type.</summary>
        public ImmutableDictionary<INamedTypeSymbol, string> Types { get; }

        /// <summary>Metadata name of each parser type, by the type's simple name.</summary>
        public ImmutableDictionary<string, string> ByName { get; }

        /// <summary>Every using alias of the compilation.</summary>
        public ImmutableHashSet<string> Aliases { get; }

        /// <summary>True when no type can derive from a parser type (and no two share a simple name).</summary>
        public bool AllSealed { get; }
    }
}

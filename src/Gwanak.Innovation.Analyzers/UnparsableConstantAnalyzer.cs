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
public sealed class UnparsableConstantAnalyzer : DiagnosticAnalyzer
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
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ModelSymbols.FindLibrary(start.Compilation) is null)
            {
                return;
            }

            var parsers = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
            foreach (string name in ParserTypes)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } type)
                {
                    parsers[type] = name;
                }
            }

            ImmutableDictionary<INamedTypeSymbol, string> lookup = parsers.ToImmutable();
            start.RegisterSyntaxNodeAction(c => Analyze(c, lookup), SyntaxKind.InvocationExpression);
        });
    }

    /// <summary>
    /// When <paramref name="invocation"/> is <c>Parse(string)</c> of one of <paramref name="parsers"/> with a constant
    /// argument, gives the parser's metadata name, the parser type, the constant and the argument's expression.
    /// Only a call named <c>Parse</c> with one argument reaches the semantic model.
    /// </summary>
    internal static bool TryGetConstantParse(
        InvocationExpressionSyntax invocation,
        SemanticModel semanticModel,
        ImmutableDictionary<INamedTypeSymbol, string> parsers,
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
            || !parsers.TryGetValue(method.ContainingType, out string? name))
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

    private static void Analyze(SyntaxNodeAnalysisContext context, ImmutableDictionary<INamedTypeSymbol, string> parsers)
    {
        if (!TryGetConstantParse((InvocationExpressionSyntax)context.Node, context.SemanticModel, parsers, context.CancellationToken, out string typeName, out INamedTypeSymbol type, out string text, out ExpressionSyntax argument))
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
}

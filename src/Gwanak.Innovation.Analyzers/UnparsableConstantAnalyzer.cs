using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

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
            start.RegisterOperationAction(c => Analyze(c, lookup), OperationKind.Invocation);
        });
    }

    /// <summary>
    /// When <paramref name="invocation"/> is <c>Parse(string)</c> of one of <paramref name="parsers"/> with a constant
    /// argument, gives the parser's metadata name, the constant and the argument.
    /// </summary>
    internal static bool TryGetConstantParse(
        IInvocationOperation invocation,
        ImmutableDictionary<INamedTypeSymbol, string> parsers,
        out string typeName,
        out string text,
        out IArgumentOperation argument)
    {
        typeName = string.Empty;
        text = string.Empty;
        argument = null!;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name != "Parse"
            || !method.IsStatic
            || method.Parameters.Length != 1
            || method.Parameters[0].Type.SpecialType != SpecialType.System_String
            || invocation.Arguments.Length != 1
            || !parsers.TryGetValue(method.ContainingType, out string? name))
        {
            return false;
        }

        argument = invocation.Arguments[0];
        if (argument.Value.ConstantValue is not { HasValue: true, Value: string constant })
        {
            return false;
        }

        typeName = name;
        text = constant;
        return true;
    }

    private static void Analyze(OperationAnalysisContext context, ImmutableDictionary<INamedTypeSymbol, string> parsers)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!TryGetConstantParse(invocation, parsers, out string typeName, out string text, out IArgumentOperation argument))
        {
            return;
        }

        string? reason = ConstantParsers.Check(typeName, text);
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnparsableConstant,
                argument.Value.Syntax.GetLocation(),
                invocation.TargetMethod.ContainingType.Name,
                reason));
        }
    }
}

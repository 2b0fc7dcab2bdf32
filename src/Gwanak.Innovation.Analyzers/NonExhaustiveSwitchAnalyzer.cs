using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0005: a <c>switch</c> statement over an enum declared in the Gwanak.Innovation assembly that has no default
/// and does not name every member.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonExhaustiveSwitchAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property holding the missing member names, separated by commas.</summary>
    public const string MissingProperty = "Missing";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NonExhaustiveSwitch);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            IAssemblySymbol? library = ModelSymbols.FindLibrary(start.Compilation);
            if (library is not null)
            {
                start.RegisterOperationAction(c => Analyze(c, library), OperationKind.Switch);
            }
        });
    }

    /// <summary>The members of <paramref name="enumType"/> that no case of <paramref name="switchOperation"/> names, or an empty list when a default exists.</summary>
    internal static List<IFieldSymbol> Missing(ISwitchOperation switchOperation, INamedTypeSymbol enumType)
    {
        var covered = new HashSet<object>();
        foreach (ISwitchCaseOperation section in switchOperation.Cases)
        {
            foreach (ICaseClauseOperation clause in section.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        return new List<IFieldSymbol>();
                    case ISingleValueCaseClauseOperation { Value.ConstantValue: { HasValue: true, Value: { } value } }:
                        covered.Add(value);
                        break;
                    case IPatternCaseClauseOperation { Guard: null, Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: { } constant } } }:
                        covered.Add(constant);
                        break;
                    case IPatternCaseClauseOperation { Guard: null, Pattern: IDiscardPatternOperation or IDeclarationPatternOperation { MatchesNull: true } }:
                        return new List<IFieldSymbol>();
                }
            }
        }

        return enumType.GetMembers()
            .OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue && f.ConstantValue is not null && !covered.Contains(f.ConstantValue))
            .ToList();
    }

    private static void Analyze(OperationAnalysisContext context, IAssemblySymbol library)
    {
        var switchOperation = (ISwitchOperation)context.Operation;
        if (switchOperation.Value.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            || !ModelSymbols.IsDeclaredIn(enumType, library))
        {
            return;
        }

        List<IFieldSymbol> missing = Missing(switchOperation, enumType);
        if (missing.Count == 0)
        {
            return;
        }

        string names = string.Join(", ", missing.Select(f => f.Name));
        Location location = switchOperation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.SwitchStatementSyntax syntax
            ? syntax.SwitchKeyword.GetLocation()
            : switchOperation.Syntax.GetLocation();
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.NonExhaustiveSwitch,
            location,
            ImmutableDictionary<string, string?>.Empty.Add(MissingProperty, names),
            enumType.Name,
            names));
    }
}

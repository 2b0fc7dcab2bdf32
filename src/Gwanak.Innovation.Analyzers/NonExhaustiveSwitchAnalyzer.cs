using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0005: a <c>switch</c> statement over an enum declared in the Gwanak.Innovation assembly that has no default
/// and does not name every member.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonExhaustiveSwitchAnalyzer : ModelAnalyzer
{
    /// <summary>Diagnostic property holding the missing member names, separated by commas.</summary>
    public const string MissingProperty = "Missing";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NonExhaustiveSwitch);

    /// <inheritdoc/>
    protected override void OnLibraryReferenced(CompilationStartAnalysisContext start, IAssemblySymbol library)
    {
        RegisterNodeAction(start, c => Analyze(c, library), SyntaxKind.SwitchStatement);
    }

    /// <summary>
    /// The members of <paramref name="enumType"/> that no section of <paramref name="switchStatement"/> names, or an empty list
    /// when a default, a discard or a <c>var</c> pattern catches the rest (a label with a <c>when</c> clause covers nothing),
    /// read from the syntax and the constant values of the labels.
    /// </summary>
    internal static List<IFieldSymbol> Missing(SwitchStatementSyntax switchStatement, INamedTypeSymbol enumType, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var covered = new HashSet<object>();
        foreach (SwitchSectionSyntax section in switchStatement.Sections)
        {
            foreach (SwitchLabelSyntax label in section.Labels)
            {
                switch (label)
                {
                    case DefaultSwitchLabelSyntax:
                        return new List<IFieldSymbol>();
                    case CaseSwitchLabelSyntax caseLabel:
                        AddConstant(covered, semanticModel.GetConstantValue(caseLabel.Value, cancellationToken));
                        break;
                    case CasePatternSwitchLabelSyntax { WhenClause: null } patternLabel:
                        PatternSyntax pattern = patternLabel.Pattern;
                        while (pattern is ParenthesizedPatternSyntax parenthesized)
                        {
                            pattern = parenthesized.Pattern;
                        }

                        switch (pattern)
                        {
                            case ConstantPatternSyntax constant:
                                AddConstant(covered, semanticModel.GetConstantValue(constant.Expression, cancellationToken));
                                break;
                            case DiscardPatternSyntax:
                            case VarPatternSyntax { Designation: SingleVariableDesignationSyntax or DiscardDesignationSyntax }:
                                return new List<IFieldSymbol>();
                        }

                        break;
                }
            }
        }

        var missing = new List<IFieldSymbol>();
        foreach (ISymbol member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value } field && !covered.Contains(Normalize(value)))
            {
                missing.Add(field);
            }
        }

        return missing;
    }

    // A label's constant is read before its conversion to the enum (case 0: is an int); compare by numeric value.
    private static void AddConstant(HashSet<object> covered, Optional<object?> constant)
    {
        if (constant is { HasValue: true, Value: { } value })
        {
            covered.Add(Normalize(value));
        }
    }

    private static object Normalize(object value) => value switch
    {
        sbyte or byte or short or ushort or int or uint or long or char => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong unsigned => unsigned <= long.MaxValue ? (object)(long)unsigned : unsigned,
        _ => value,
    };

    private static void Analyze(NodeContext context, IAssemblySymbol library)
    {
        var switchStatement = (SwitchStatementSyntax)context.Node;
        foreach (SwitchSectionSyntax section in switchStatement.Sections)
        {
            foreach (SwitchLabelSyntax label in section.Labels)
            {
                if (label is DefaultSwitchLabelSyntax)
                {
                    return;
                }
            }
        }

        if (context.SemanticModel.GetTypeInfo(switchStatement.Expression, context.CancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            || !ModelSymbols.IsDeclaredIn(enumType, library))
        {
            return;
        }

        List<IFieldSymbol> missing = Missing(switchStatement, enumType, context.SemanticModel, context.CancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        string names = string.Join(", ", missing.Select(f => f.Name));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.NonExhaustiveSwitch,
            switchStatement.SwitchKeyword.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(MissingProperty, names),
            enumType.Name,
            names));
    }
}

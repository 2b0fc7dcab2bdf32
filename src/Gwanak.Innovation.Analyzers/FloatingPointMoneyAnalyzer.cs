using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Gwanak.Innovation.Primitives.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0006: a <c>double</c> or <c>float</c> converted to the <c>decimal</c> amount of <c>new Money(...)</c>,
/// <c>Money.Won</c>, <c>Money.Dollars</c> or <c>Money.TryCreate</c>; and a constant amount with more decimal places
/// than its currency has (<c>Money.Won(1.5m)</c>: the won has no minor unit).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloatingPointMoneyAnalyzer : ModelAnalyzer
{
    /// <summary>Diagnostic property holding the decimal literal that replaces a floating-point constant.</summary>
    public const string LiteralProperty = "Literal";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.FloatingPointMoney);

    /// <inheritdoc/>
    protected override void OnLibraryReferenced(CompilationStartAnalysisContext start, IAssemblySymbol library)
    {
        if (start.Compilation.GetTypeByMetadataName(ModelSymbols.MoneyTypeName) is not { } money)
        {
            return;
        }

        INamedTypeSymbol? currency = start.Compilation.GetTypeByMetadataName("Gwanak.Innovation.Primitives.Currency");
        INamedTypeSymbol? convert = start.Compilation.GetTypeByMetadataName("System.Convert");
        ImmutableHashSet<string> aliases = SyntaxFacts.AliasNames(start.Compilation, start.CancellationToken);
        RegisterNodeAction(
            start,
            c => Analyze(c, money, currency, convert, aliases),
            SyntaxKind.InvocationExpression,
            SyntaxKind.ObjectCreationExpression,
            SyntaxKind.ImplicitObjectCreationExpression);
    }

    private static void Analyze(NodeContext context, INamedTypeSymbol money, INamedTypeSymbol? currencyType, INamedTypeSymbol? convert, ImmutableHashSet<string> aliases)
    {
        // Only Won, Dollars and TryCreate calls and constructor calls that can create a Money reach the semantic model,
        // and only when an argument could be the floating-point or fractional amount: whole-number literals never are.
        if (SyntaxFacts.ArgumentsOf(context.Node) is not { Arguments.Count: > 0 } candidateArguments)
        {
            return;
        }

        switch (context.Node)
        {
            case InvocationExpressionSyntax invocation when SyntaxFacts.InvokedName(invocation) is "Won" or "Dollars" or "TryCreate":
            case ObjectCreationExpressionSyntax { Type: var type } when CreatedTypeName(type) is not { } name || name == money.Name || aliases.Contains(name):
            case ImplicitObjectCreationExpressionSyntax:
                break;
            default:
                return;
        }

        bool wholeNumbers = true;
        foreach (ArgumentSyntax argument in candidateArguments.Arguments)
        {
            wholeNumbers &= SyntaxFacts.IsWholeNumberLiteral(argument.Expression);
        }

        if (wholeNumbers)
        {
            return;
        }

        SemanticModel model = context.SemanticModel;
        CancellationToken cancellationToken = context.CancellationToken;
        if (SyntaxFacts.ArgumentsOf(context.Node) is not { } argumentList
            || model.GetSymbolInfo(context.Node, cancellationToken).Symbol is not IMethodSymbol method
            || !method.IsStatic && method.MethodKind != MethodKind.Constructor
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, money))
        {
            return;
        }

        ExpressionSyntax? amount = null;
        ExpressionSyntax? currency = null;
        SeparatedSyntaxList<ArgumentSyntax> arguments = argumentList.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            if (SyntaxFacts.ParameterOf(method, arguments, i) is not { } parameter)
            {
                continue;
            }

            if (parameter.Type.SpecialType == SpecialType.System_Decimal && parameter.Name == "amount")
            {
                amount = SyntaxFacts.StripParentheses(arguments[i].Expression);
            }
            else if (SymbolEqualityComparer.Default.Equals(parameter.Type, currencyType))
            {
                currency = SyntaxFacts.StripParentheses(arguments[i].Expression);
            }
        }

        if (amount is null)
        {
            return;
        }

        if (FloatingSource(model, amount, convert, cancellationToken) is { } floating)
        {
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
            if (model.GetConstantValue(floating.Source, cancellationToken) is { HasValue: true, Value: { } constant })
            {
                // The literal holds the value the conversion gives at run time.
                decimal converted = constant is float f ? (decimal)f : (decimal)Convert.ToDouble(constant, CultureInfo.InvariantCulture);
                properties = properties.Add(LiteralProperty, converted.ToString(CultureInfo.InvariantCulture) + "m");
            }

            string typeName = floating.Type == SpecialType.System_Single ? "float" : "double";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.FloatingPointMoney,
                amount.GetLocation(),
                properties,
                $"The amount of {money.Name}.{(method.MethodKind == MethodKind.Constructor ? money.Name : method.Name)} comes from a {typeName}, which cannot hold most decimal fractions exactly; write the amount as a decimal (for example 1.5m)"));
            return;
        }

        if (model.GetConstantValue(amount, cancellationToken) is { HasValue: true, Value: decimal value }
            && CurrencyCode(model, method, currency, cancellationToken) is { } code
            && MoneySyntax.MinorUnitsOf(code) is var minor and >= 0
            && !MoneySyntax.FitsMinorUnits(value, minor))
        {
            string allowed = minor == 0 ? code + " has no minor unit, so a fraction would throw at run time" : code + " has " + minor + " decimal places, so more would throw at run time";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.FloatingPointMoney,
                amount.GetLocation(),
                $"{value.ToString(CultureInfo.InvariantCulture)} is not an amount of {code}: {allowed}"));
        }
    }

    // The name a created type is written by (Money, Primitives.Money, global::...Money), or null when the syntax does not tell.
    private static string? CreatedTypeName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax { Right: IdentifierNameSyntax right } => right.Identifier.ValueText,
        AliasQualifiedNameSyntax { Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        PredefinedTypeSyntax or GenericNameSyntax or NullableTypeSyntax or QualifiedNameSyntax { Right: GenericNameSyntax } => string.Empty,
        _ => null,
    };

    // The double or float expression that is converted to the decimal amount, if any: the operand of a conversion
    // (a cast, or an implicit conversion where the amount is passed), of Convert.ToDecimal or of new decimal(...).
    private static (ExpressionSyntax Source, SpecialType Type)? FloatingSource(SemanticModel model, ExpressionSyntax value, INamedTypeSymbol? convert, CancellationToken cancellationToken)
    {
        TypeInfo info = model.GetTypeInfo(value, cancellationToken);
        ExpressionSyntax? operand;
        if (!SymbolEqualityComparer.Default.Equals(info.Type, info.ConvertedType))
        {
            operand = value;
        }
        else
        {
            operand = value switch
            {
                CastExpressionSyntax cast => cast.Expression,
                InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } call
                    when model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { Name: "ToDecimal", Parameters.Length: 1 } method
                        && SymbolEqualityComparer.Default.Equals(method.ContainingType, convert) => call.ArgumentList.Arguments[0].Expression,
                BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 1 } creation
                    when info.Type?.SpecialType == SpecialType.System_Decimal
                        && model.GetSymbolInfo(creation, cancellationToken).Symbol is IMethodSymbol { Parameters.Length: 1 } => creation.ArgumentList.Arguments[0].Expression,
                _ => null,
            };
        }

        if (operand is null)
        {
            return null;
        }

        operand = SyntaxFacts.StripParentheses(operand);
        SpecialType type = model.GetTypeInfo(operand, cancellationToken).Type?.SpecialType ?? SpecialType.None;
        return type is SpecialType.System_Double or SpecialType.System_Single ? (operand, type) : null;
    }

    // The currency named by the call: Won is KRW, Dollars is USD, otherwise Currency.Krw / Currency.Usd / Currency.FromCode("...").
    private static string? CurrencyCode(SemanticModel model, IMethodSymbol method, ExpressionSyntax? currency, CancellationToken cancellationToken)
    {
        switch (method.Name)
        {
            case "Won":
                return "KRW";
            case "Dollars":
                return "USD";
        }

        if (currency is null)
        {
            return null;
        }

        TypeInfo info = model.GetTypeInfo(currency, cancellationToken);
        if (!SymbolEqualityComparer.Default.Equals(info.Type, info.ConvertedType))
        {
            return null;
        }

        return model.GetSymbolInfo(currency, cancellationToken).Symbol switch
        {
            IPropertySymbol { Name: "Krw" } => "KRW",
            IPropertySymbol { Name: "Usd" } => "USD",
            IMethodSymbol { Name: "FromCode", Parameters.Length: 1 }
                when currency is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } call
                    && model.GetConstantValue(call.ArgumentList.Arguments[0].Expression, cancellationToken) is { HasValue: true, Value: string code } => code,
            _ => null,
        };
    }
}

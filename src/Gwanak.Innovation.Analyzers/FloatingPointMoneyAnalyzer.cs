using System;
using System.Collections.Immutable;
using System.Globalization;
using Gwanak.Innovation.Primitives.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0006: a <c>double</c> or <c>float</c> converted to the <c>decimal</c> amount of <c>new Money(...)</c>,
/// <c>Money.Won</c>, <c>Money.Dollars</c> or <c>Money.TryCreate</c>; and a constant amount with more decimal places
/// than its currency has (<c>Money.Won(1.5m)</c>: the won has no minor unit).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloatingPointMoneyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property holding the decimal literal that replaces a floating-point constant.</summary>
    public const string LiteralProperty = "Literal";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.FloatingPointMoney);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ModelSymbols.FindLibrary(start.Compilation) is null
                || start.Compilation.GetTypeByMetadataName(ModelSymbols.MoneyTypeName) is not { } money)
            {
                return;
            }

            INamedTypeSymbol? currency = start.Compilation.GetTypeByMetadataName("Gwanak.Innovation.Primitives.Currency");
            INamedTypeSymbol? convert = start.Compilation.GetTypeByMetadataName("System.Convert");
            start.RegisterOperationAction(c => Analyze(c, money, currency, convert), OperationKind.Invocation, OperationKind.ObjectCreation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol money, INamedTypeSymbol? currencyType, INamedTypeSymbol? convert)
    {
        IMethodSymbol? method;
        ImmutableArray<IArgumentOperation> arguments;
        if (context.Operation is IInvocationOperation invocation)
        {
            method = invocation.TargetMethod;
            arguments = invocation.Arguments;
            if (method.Name is not ("Won" or "Dollars" or "TryCreate"))
            {
                return;
            }
        }
        else
        {
            var creation = (IObjectCreationOperation)context.Operation;
            method = creation.Constructor;
            arguments = creation.Arguments;
        }

        if (method is null || !method.IsStatic && method.MethodKind != MethodKind.Constructor
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, money))
        {
            return;
        }

        IArgumentOperation? amount = null;
        IArgumentOperation? currency = null;
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is null)
            {
                continue;
            }

            if (argument.Parameter.Type.SpecialType == SpecialType.System_Decimal && argument.Parameter.Name == "amount")
            {
                amount = argument;
            }
            else if (SymbolEqualityComparer.Default.Equals(argument.Parameter.Type, currencyType))
            {
                currency = argument;
            }
        }

        if (amount is null)
        {
            return;
        }

        if (FloatingSource(amount.Value, convert) is { } floating)
        {
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
            if (floating.ConstantValue is { HasValue: true, Value: { } constant })
            {
                // The literal holds the value the conversion gives at run time.
                decimal converted = constant is float f ? (decimal)f : (decimal)Convert.ToDouble(constant, CultureInfo.InvariantCulture);
                properties = properties.Add(LiteralProperty, converted.ToString(CultureInfo.InvariantCulture) + "m");
            }

            string typeName = floating.Type!.SpecialType == SpecialType.System_Single ? "float" : "double";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.FloatingPointMoney,
                amount.Value.Syntax.GetLocation(),
                properties,
                $"The amount of {money.Name}.{(method.MethodKind == MethodKind.Constructor ? money.Name : method.Name)} comes from a {typeName}, which cannot hold most decimal fractions exactly; write the amount as a decimal (for example 1.5m)"));
            return;
        }

        if (amount.Value.ConstantValue is { HasValue: true, Value: decimal value }
            && CurrencyCode(method, currency) is { } code
            && MoneySyntax.MinorUnitsOf(code) is var minor and >= 0
            && !MoneySyntax.FitsMinorUnits(value, minor))
        {
            string allowed = minor == 0 ? code + " has no minor unit, so a fraction would throw at run time" : code + " has " + minor + " decimal places, so more would throw at run time";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.FloatingPointMoney,
                amount.Value.Syntax.GetLocation(),
                $"{value.ToString(CultureInfo.InvariantCulture)} is not an amount of {code}: {allowed}"));
        }
    }

    // The double or float operand that is converted to the decimal amount, if any.
    private static IOperation? FloatingSource(IOperation value, INamedTypeSymbol? convert)
    {
        while (value is IParenthesizedOperation parenthesized)
        {
            value = parenthesized.Operand;
        }

        IOperation? operand = value switch
        {
            IConversionOperation conversion => conversion.Operand,
            IInvocationOperation { TargetMethod.Name: "ToDecimal", Arguments.Length: 1 } call
                when SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, convert) => call.Arguments[0].Value,
            IObjectCreationOperation { Type.SpecialType: SpecialType.System_Decimal, Arguments.Length: 1 } creation => creation.Arguments[0].Value,
            _ => null,
        };
        while (operand is IConversionOperation { IsImplicit: true } implicitConversion)
        {
            operand = implicitConversion.Operand;
        }

        return operand?.Type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single ? operand : null;
    }

    // The currency named by the call: Won is KRW, Dollars is USD, otherwise Currency.Krw / Currency.Usd / Currency.FromCode("...").
    private static string? CurrencyCode(IMethodSymbol method, IArgumentOperation? currency)
    {
        switch (method.Name)
        {
            case "Won":
                return "KRW";
            case "Dollars":
                return "USD";
        }

        return currency?.Value switch
        {
            IPropertyReferenceOperation { Property.Name: "Krw" } => "KRW",
            IPropertyReferenceOperation { Property.Name: "Usd" } => "USD",
            IInvocationOperation { TargetMethod.Name: "FromCode", Arguments.Length: 1 } call
                when call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string code } => code,
            _ => null,
        };
    }
}

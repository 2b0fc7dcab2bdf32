using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0003: a constant time zone id that NodaTime's TZDB does not know, passed to <c>DateTimeZoneProviders.Tzdb[...]</c>,
/// <c>DateTimeZoneProviders.Tzdb.GetZoneOrNull</c>, or a Gwanak.Innovation method or constructor whose string parameter
/// is named <c>...ZoneId</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownTimeZoneIdAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property holding the closest known id, when there is one.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnknownTimeZoneId);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            IAssemblySymbol? library = ModelSymbols.FindLibrary(start.Compilation);
            if (library is null)
            {
                return;
            }

            IPropertySymbol? tzdb = start.Compilation.GetTypeByMetadataName("NodaTime.DateTimeZoneProviders")?
                .GetMembers("Tzdb").OfType<IPropertySymbol>().FirstOrDefault();
            start.RegisterOperationAction(c => AnalyzeCall(c, library, tzdb), OperationKind.Invocation, OperationKind.ObjectCreation);
            if (tzdb is not null)
            {
                start.RegisterOperationAction(c => AnalyzeIndexer(c, tzdb), OperationKind.PropertyReference);
            }
        });
    }

    private static void AnalyzeIndexer(OperationAnalysisContext context, IPropertySymbol tzdb)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property.IsIndexer
            && reference.Arguments.Length == 1
            && IsTzdb(reference.Instance, tzdb))
        {
            Check(context, reference.Arguments[0]);
        }
    }

    private static void AnalyzeCall(OperationAnalysisContext context, IAssemblySymbol library, IPropertySymbol? tzdb)
    {
        IMethodSymbol? method;
        ImmutableArray<IArgumentOperation> arguments;
        IOperation? instance = null;
        if (context.Operation is IInvocationOperation invocation)
        {
            method = invocation.TargetMethod;
            arguments = invocation.Arguments;
            instance = invocation.Instance;
        }
        else
        {
            var creation = (IObjectCreationOperation)context.Operation;
            method = creation.Constructor;
            arguments = creation.Arguments;
        }

        if (method is null)
        {
            return;
        }

        if (method.Name == "GetZoneOrNull" && tzdb is not null && arguments.Length == 1 && IsTzdb(instance, tzdb))
        {
            Check(context, arguments[0]);
            return;
        }

        if (!ModelSymbols.IsDeclaredIn(method, library))
        {
            return;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter
                && (parameter.Name.EndsWith("ZoneId", StringComparison.Ordinal) || parameter.Name.EndsWith("zoneId", StringComparison.Ordinal)))
            {
                Check(context, argument);
            }
        }
    }

    private static bool IsTzdb(IOperation? instance, IPropertySymbol tzdb)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        return instance is IPropertyReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Property, tzdb);
    }

    private static void Check(OperationAnalysisContext context, IArgumentOperation argument)
    {
        if (argument.Value.ConstantValue is not { HasValue: true, Value: string id } || TimeZoneIds.IsKnown(id))
        {
            return;
        }

        string? suggestion = TimeZoneIds.Closest(id);
        ImmutableDictionary<string, string?> properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnknownTimeZoneId,
            argument.Value.Syntax.GetLocation(),
            properties,
            id,
            suggestion is null ? string.Empty : "; did you mean '" + suggestion + "'?"));
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0004: <c>DateTime.Now</c>, <c>DateTime.UtcNow</c>, <c>DateTime.Today</c>, <c>DateTimeOffset.Now</c> or
/// <c>DateTimeOffset.UtcNow</c> converted into a NodaTime value (<c>Instant.FromDateTimeUtc</c>,
/// <c>LocalDate.FromDateTime</c>, <c>ToInstant()</c>, ...) or passed to a Gwanak.Innovation method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SystemClockAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SystemClock);

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

            INamedTypeSymbol dateTime = start.Compilation.GetSpecialType(SpecialType.System_DateTime);
            INamedTypeSymbol? dateTimeOffset = start.Compilation.GetTypeByMetadataName("System.DateTimeOffset");
            IAssemblySymbol? nodaTime = start.Compilation.GetTypeByMetadataName("NodaTime.Instant")?.ContainingAssembly;
            start.RegisterOperationAction(c => Analyze(c, library, nodaTime, dateTime, dateTimeOffset), OperationKind.PropertyReference);
        });
    }

    private static void Analyze(OperationAnalysisContext context, IAssemblySymbol library, IAssemblySymbol? nodaTime, INamedTypeSymbol dateTime, INamedTypeSymbol? dateTimeOffset)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        IPropertySymbol property = reference.Property;
        if (!property.IsStatic || !IsSystemClock(property, dateTime, dateTimeOffset))
        {
            return;
        }

        // Follow the value through conversions and member reads (DateTime.Now.Date, DateTimeOffset.UtcNow.UtcDateTime)
        // to the argument it becomes.
        IOperation current = reference;
        IOperation? parent = current.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation
            || (parent is IPropertyReferenceOperation read && read.Instance == current)
            || (parent is IInvocationOperation call && call.Instance == current && !ModelSymbols.IsDeclaredIn(call.TargetMethod, library)))
        {
            current = parent;
            parent = current.Parent;
        }

        if (parent is not IArgumentOperation argument)
        {
            return;
        }

        IMethodSymbol? target = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        if (target is null
            || !(ModelSymbols.IsDeclaredIn(target, library) || (nodaTime is not null && ModelSymbols.IsDeclaredIn(target, nodaTime))))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SystemClock,
            reference.Syntax.GetLocation(),
            property.ContainingType.Name + "." + property.Name,
            target.ContainingType.Name + "." + (target.MethodKind == MethodKind.Constructor ? target.ContainingType.Name : target.Name)));
    }

    private static bool IsSystemClock(IPropertySymbol property, INamedTypeSymbol dateTime, INamedTypeSymbol? dateTimeOffset)
    {
        if (SymbolEqualityComparer.Default.Equals(property.ContainingType, dateTime))
        {
            return property.Name is "Now" or "UtcNow" or "Today";
        }

        return SymbolEqualityComparer.Default.Equals(property.ContainingType, dateTimeOffset) && property.Name is "Now" or "UtcNow";
    }
}

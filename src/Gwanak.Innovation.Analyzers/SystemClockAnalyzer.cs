using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0004: <c>DateTime.Now</c>, <c>DateTime.UtcNow</c>, <c>DateTime.Today</c>, <c>DateTimeOffset.Now</c> or
/// <c>DateTimeOffset.UtcNow</c> converted into a NodaTime value (<c>Instant.FromDateTimeUtc</c>,
/// <c>LocalDate.FromDateTime</c>, <c>ToInstant()</c>, ...) or passed to a Gwanak.Innovation method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SystemClockAnalyzer : ModelAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SystemClock);

    /// <inheritdoc/>
    protected override void OnLibraryReferenced(CompilationStartAnalysisContext start, IAssemblySymbol library)
    {
        INamedTypeSymbol dateTime = start.Compilation.GetSpecialType(SpecialType.System_DateTime);
        INamedTypeSymbol? dateTimeOffset = start.Compilation.GetTypeByMetadataName("System.DateTimeOffset");
        IAssemblySymbol? nodaTime = start.Compilation.GetTypeByMetadataName("NodaTime.Instant")?.ContainingAssembly;
        // A bare Now needs using static: without one in the compilation, only member accesses (DateTime.Now) are looked at.
        SyntaxKind kind = SyntaxFacts.HasUsingStatic(start.Compilation, start.CancellationToken) ? SyntaxKind.IdentifierName : SyntaxKind.SimpleMemberAccessExpression;
        RegisterNodeAction(start, c => Analyze(c, library, nodaTime, dateTime, dateTimeOffset), kind);
    }

    private static void Analyze(NodeContext context, IAssemblySymbol library, IAssemblySymbol? nodaTime, INamedTypeSymbol dateTime, INamedTypeSymbol? dateTimeOffset)
    {
        IdentifierNameSyntax? identifier = context.Node switch
        {
            IdentifierNameSyntax name => name,
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } => name,
            _ => null,
        };
        if (identifier is null || identifier.Identifier.ValueText is not ("Now" or "UtcNow" or "Today"))
        {
            return;
        }

        // DateTime.Now is read as a whole; a bare Now (using static System.DateTime) by itself.
        ExpressionSyntax reference = identifier.Parent is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access && access.Name == identifier
            ? access
            : identifier;
        SemanticModel model = context.SemanticModel;
        if (model.GetSymbolInfo(reference, context.CancellationToken).Symbol is not IPropertySymbol { IsStatic: true } property
            || !IsSystemClock(property, dateTime, dateTimeOffset))
        {
            return;
        }

        // Follow the value through conversions and member reads (DateTime.Now.Date, DateTimeOffset.UtcNow.UtcDateTime)
        // to the argument it becomes.
        ExpressionSyntax current = reference;
        IMethodSymbol? target = null;
        while (target is null)
        {
            switch (current.Parent)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized;
                    continue;
                case CastExpressionSyntax cast when cast.Expression == current:
                    current = cast;
                    continue;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression } asExpression when asExpression.Left == current:
                    current = asExpression;
                    continue;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppression:
                    current = suppression;
                    continue;
                case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } member when member.Expression == current:
                    if (member.Parent is InvocationExpressionSyntax call && call.Expression == member)
                    {
                        if (model.GetSymbolInfo(call, context.CancellationToken).Symbol is not IMethodSymbol method || method.IsStatic)
                        {
                            return;
                        }

                        if (method.MethodKind == MethodKind.ReducedExtension)
                        {
                            // The receiver of an extension method is its first argument.
                            target = method;
                            continue;
                        }

                        if (ModelSymbols.IsDeclaredIn(method, library))
                        {
                            return;
                        }

                        current = call;
                        continue;
                    }

                    if (model.GetSymbolInfo(member, context.CancellationToken).Symbol is IPropertySymbol { IsStatic: false })
                    {
                        current = member;
                        continue;
                    }

                    return;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } owner } arguments } argument
                    when SyntaxFacts.ArgumentsOf(owner) == arguments:
                    if (model.GetSymbolInfo(owner, context.CancellationToken).Symbol is not IMethodSymbol called
                        || SyntaxFacts.ParameterOf(called, arguments.Arguments, arguments.Arguments.IndexOf(argument)) is not { } parameter
                        || (parameter.IsParams && !SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(current, context.CancellationToken).ConvertedType, parameter.Type)))
                    {
                        // No method, or one element of an expanded params array: not an argument of its own.
                        return;
                    }

                    target = called;
                    continue;
                default:
                    return;
            }
        }

        if (!(ModelSymbols.IsDeclaredIn(target, library) || (nodaTime is not null && ModelSymbols.IsDeclaredIn(target, nodaTime))))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SystemClock,
            reference.GetLocation(),
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

using System;
using System.Collections.Immutable;
using Gwanak.Innovation.Primitives.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// GWI0007: <c>AdministrativeDistrictCode.Parse("11620")</c> where the referenced library has a named member
/// (<c>AdministrativeDistrictCode.Seoul.Gwanak</c>, <c>AdministrativeDistrictCode.Gyeonggi.SuwonJangan</c>, …).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NamedDistrictCodeAnalyzer : ModelAnalyzer
{
    /// <summary>Diagnostic property holding the member of <c>AdministrativeDistrictCode</c> to use, as <c>Class.Property</c> (<c>Gyeonggi.SuwonJangan</c>).</summary>
    public const string MemberProperty = "Member";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NamedDistrictCode);

    /// <inheritdoc/>
    protected override void OnLibraryReferenced(CompilationStartAnalysisContext start, IAssemblySymbol library)
    {
        if (start.Compilation.GetTypeByMetadataName(ConstantParsers.AdministrativeDistrictCode) is not { } codeType)
        {
            return;
        }

        // The members the referenced version really has: public static properties of the code type in its nested classes.
        ImmutableHashSet<string>.Builder members = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (INamedTypeSymbol type in codeType.GetTypeMembers())
        {
            if (type.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            foreach (ISymbol member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public } property
                    && SymbolEqualityComparer.Default.Equals(property.Type, codeType))
                {
                    members.Add(type.Name + "." + property.Name);
                }
            }
        }

        if (members.Count == 0)
        {
            return;
        }

        var parsers = new UnparsableConstantAnalyzer.Parsers(
            ImmutableDictionary<INamedTypeSymbol, string>.Empty
                .WithComparers(SymbolEqualityComparer.Default)
                .Add(codeType, ConstantParsers.AdministrativeDistrictCode),
            SyntaxFacts.AliasNames(start.Compilation, start.CancellationToken));
        ImmutableHashSet<string> named = members.ToImmutable();
        // Made once per compilation, not once per call.
        Func<string, string, bool> reports = (_, text) => NamedMember(text, named) is not null;
        RegisterNodeAction(start, c => Analyze(c, parsers, named, reports), SyntaxKind.InvocationExpression);
    }

    private static void Analyze(NodeContext context, UnparsableConstantAnalyzer.Parsers parsers, ImmutableHashSet<string> members, Func<string, string, bool> reports)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (!UnparsableConstantAnalyzer.MayReport(invocation, parsers, reports)
            || !UnparsableConstantAnalyzer.TryGetConstantParse(invocation, context.SemanticModel, parsers, context.CancellationToken, out _, out _, out string text, out _)
            || NamedMember(text, members) is not { } name)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.NamedDistrictCode,
            invocation.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(MemberProperty, name),
            text,
            name));
    }

    // The member (Class.Property) of AdministrativeDistrictCode that the referenced library has for the code, if any.
    private static string? NamedMember(string text, ImmutableHashSet<string> members)
        => AdministrativeCodeSyntax.TryRead(text.AsSpan(), out long code10) is null
            && NamedDistrictCodes.NameOf(code10) is { } name
            && members.Contains(name)
                ? name
                : null;
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Gwanak.Innovation.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Gwanak.Innovation.CodeFixes;

/// <summary>GWI0007: replaces <c>AdministrativeDistrictCode.Parse("11620")</c> with <c>AdministrativeDistrictCode.Seoul.Gwanak</c> (and every other named code alike).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NamedDistrictCodeCodeFix))]
[Shared]
public sealed class NamedDistrictCodeCodeFix : DiagnosticCodeFix
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.NamedDistrictCode.Id);

    /// <inheritdoc/>
    protected override void RegisterFix(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(NamedDistrictCodeAnalyzer.MemberProperty, out string? member)
            || member is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Expression: var type },
            } invocation)
        {
            return;
        }

        // Keep the type as the code wrote it (AdministrativeDistrictCode, or a qualified name); the member is Class.Property.
        ExpressionSyntax named = type.WithoutTrivia();
        foreach (string part in member.Split('.'))
        {
            named = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, named, SyntaxFactory.IdentifierName(part));
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Use AdministrativeDistrictCode." + member,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, named.WithTriviaFrom(invocation)))),
                equivalenceKey: nameof(NamedDistrictCodeCodeFix)),
            diagnostic);
    }
}

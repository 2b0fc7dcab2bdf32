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

/// <summary>GWI0007: replaces <c>AdministrativeDistrictCode.Parse("11620")</c> with <c>AdministrativeDistrictCode.Seoul.Gwanak</c>.</summary>
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

        // Keep the type as the code wrote it (AdministrativeDistrictCode, or a qualified name).
        ExpressionSyntax named = SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type.WithoutTrivia(), SyntaxFactory.IdentifierName("Seoul")),
            SyntaxFactory.IdentifierName(member));
        context.RegisterCodeFix(
            CodeAction.Create(
                "Use AdministrativeDistrictCode.Seoul." + member,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, named.WithTriviaFrom(invocation)))),
                equivalenceKey: nameof(NamedDistrictCodeCodeFix)),
            diagnostic);
    }
}

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

/// <summary>GWI0003: replaces an unknown time zone id with the closest TZDB id (<c>America/Los_Angles</c> → <c>America/Los_Angeles</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownTimeZoneIdCodeFix))]
[Shared]
public sealed class UnknownTimeZoneIdCodeFix : DiagnosticCodeFix
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UnknownTimeZoneId.Id);

    /// <inheritdoc/>
    protected override void RegisterFix(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(UnknownTimeZoneIdAnalyzer.SuggestionProperty, out string? suggestion)
            || suggestion is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Use '" + suggestion + "'",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(
                    literal,
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)).WithTriviaFrom(literal)))),
                equivalenceKey: nameof(UnknownTimeZoneIdCodeFix)),
            diagnostic);
    }
}

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

/// <summary>GWI0001: assigns the new state back to the receiver (<c>agreement = agreement.Sign(...)</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiscardedTransitionCodeFix))]
[Shared]
public sealed class DiscardedTransitionCodeFix : DiagnosticCodeFix
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.DiscardedTransition.Id);

    /// <inheritdoc/>
    protected override void RegisterFix(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.ContainsKey(DiscardedTransitionAnalyzer.AssignableProperty)
            || diagnostic.AdditionalLocations.Count == 0
            || root.FindNode(diagnostic.Location.SourceSpan) is not ExpressionStatementSyntax statement
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax receiver)
        {
            return;
        }

        string title = "Assign the result to '" + receiver + "'";
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ =>
                {
                    ExpressionStatementSyntax assigned = statement.WithExpression(
                        SyntaxFactory.AssignmentExpression(
                            SyntaxKind.SimpleAssignmentExpression,
                            receiver.WithoutTrivia(),
                            statement.Expression.WithoutLeadingTrivia())
                        .WithLeadingTrivia(statement.Expression.GetLeadingTrivia()));
                    return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(statement, assigned)));
                },
                equivalenceKey: nameof(DiscardedTransitionCodeFix)),
            diagnostic);
    }
}

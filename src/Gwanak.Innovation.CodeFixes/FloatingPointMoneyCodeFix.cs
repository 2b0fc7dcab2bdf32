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

/// <summary>GWI0006: replaces a floating-point constant amount with a decimal literal (<c>(decimal)1.5</c> → <c>1.5m</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FloatingPointMoneyCodeFix))]
[Shared]
public sealed class FloatingPointMoneyCodeFix : DiagnosticCodeFix
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.FloatingPointMoney.Id);

    /// <inheritdoc/>
    protected override void RegisterFix(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(FloatingPointMoneyAnalyzer.LiteralProperty, out string? literal)
            || literal is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax amount)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Use the decimal literal " + literal,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(
                    amount,
                    SyntaxFactory.ParseExpression(literal).WithTriviaFrom(amount)))),
                equivalenceKey: nameof(FloatingPointMoneyCodeFix)),
            diagnostic);
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Gwanak.Innovation.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Gwanak.Innovation.CodeFixes;

/// <summary>
/// GWI0001: assigns the new state back to the receiver (<c>agreement = agreement.Sign(...)</c>), or keeps a discarded
/// decision in a new local (<c>var decision = agreement.TrySign(...)</c>): assigning a <c>Decision&lt;T&gt;</c> back
/// to the aggregate would not compile.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiscardedTransitionCodeFix))]
[Shared]
public sealed class DiscardedTransitionCodeFix : DiagnosticCodeFix
{
    private const string AssignKey = nameof(DiscardedTransitionCodeFix) + ".Assign";
    private const string DecisionKey = nameof(DiscardedTransitionCodeFix) + ".Decision";
    private const string DecisionName = "decision";

    // Fix all takes the document's diagnostics together, so that two decisions kept in one member get two names.
    private static readonly FixAllProvider FixAll = FixAllProvider.Create(async (context, document, diagnostics) =>
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        bool decisions = context.CodeActionEquivalenceKey == DecisionKey;
        return document.WithSyntaxRoot(Apply(root, diagnostics.Where(d => d.Properties.ContainsKey(DiscardedTransitionAnalyzer.DecisionProperty) == decisions)));
    });

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.DiscardedTransition.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc/>
    protected override void RegisterFix(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (Find(root, diagnostic) is not { } found)
        {
            return;
        }

        bool decision = diagnostic.Properties.ContainsKey(DiscardedTransitionAnalyzer.DecisionProperty);
        string title = decision
            ? "Keep the decision in '" + FreeName(ScopeOf(found.Statement), new HashSet<string>()) + "'"
            : "Assign the result to '" + found.Receiver + "'";
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(Apply(root, new[] { diagnostic }))),
                equivalenceKey: decision ? DecisionKey : AssignKey),
            diagnostic);
    }

    // The statement and the receiver a diagnostic points at, when the fix it asks for can be made there.
    private static (ExpressionStatementSyntax Statement, ExpressionSyntax Receiver)? Find(SyntaxNode root, Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Count == 0
            || root.FindNode(diagnostic.Location.SourceSpan) is not ExpressionStatementSyntax statement
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax receiver)
        {
            return null;
        }

        // A declaration cannot be the embedded statement of an if, a loop or a label.
        bool fixable = diagnostic.Properties.ContainsKey(DiscardedTransitionAnalyzer.DecisionProperty)
            ? statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax
            : diagnostic.Properties.ContainsKey(DiscardedTransitionAnalyzer.AssignableProperty);
        return fixable ? (statement, receiver) : null;
    }

    private static SyntaxNode Apply(SyntaxNode root, IEnumerable<Diagnostic> diagnostics)
    {
        var fixes = new Dictionary<ExpressionStatementSyntax, (ExpressionSyntax Receiver, bool Decision)>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (Find(root, diagnostic) is { } found)
            {
                fixes[found.Statement] = (found.Receiver, diagnostic.Properties.ContainsKey(DiscardedTransitionAnalyzer.DecisionProperty));
            }
        }

        // The names given in each scope, in document order: decision, decision2, ...
        var given = new Dictionary<SyntaxNode, HashSet<string>>();
        var names = new Dictionary<ExpressionStatementSyntax, string>();
        foreach (KeyValuePair<ExpressionStatementSyntax, (ExpressionSyntax Receiver, bool Decision)> fix in fixes.OrderBy(f => f.Key.SpanStart))
        {
            if (fix.Value.Decision)
            {
                SyntaxNode scope = ScopeOf(fix.Key);
                if (!given.TryGetValue(scope, out HashSet<string>? taken))
                {
                    given[scope] = taken = new HashSet<string>();
                }

                string name = FreeName(scope, taken);
                taken.Add(name);
                names[fix.Key] = name;
            }
        }

        return root.ReplaceNodes(fixes.Keys, (original, rewritten) =>
        {
            (ExpressionSyntax receiver, bool decision) = fixes[original];
            if (decision)
            {
                return SyntaxFactory.LocalDeclarationStatement(
                        SyntaxFactory.VariableDeclaration(
                            SyntaxFactory.IdentifierName("var"),
                            SyntaxFactory.SingletonSeparatedList(
                                SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(names[original]))
                                    .WithInitializer(SyntaxFactory.EqualsValueClause(rewritten.Expression.WithoutLeadingTrivia())))))
                    .WithSemicolonToken(rewritten.SemicolonToken)
                    .WithLeadingTrivia(rewritten.GetLeadingTrivia());
            }

            return rewritten.WithExpression(
                SyntaxFactory.AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    receiver.WithoutTrivia(),
                    rewritten.Expression.WithoutLeadingTrivia())
                .WithLeadingTrivia(rewritten.Expression.GetLeadingTrivia()));
        });
    }

    // The member whose locals a new local could clash with (all top-level statements share one scope).
    private static SyntaxNode ScopeOf(StatementSyntax statement)
        => statement.FirstAncestorOrSelf<MemberDeclarationSyntax>() switch
        {
            null or GlobalStatementSyntax => statement.FirstAncestorOrSelf<CompilationUnitSyntax>() ?? (SyntaxNode)statement,
            MemberDeclarationSyntax member => member,
        };

    // The first of decision, decision2, ... that no identifier in the scope spells, nor any name given already.
    private static string FreeName(SyntaxNode scope, HashSet<string> taken)
    {
        var spelled = new HashSet<string>(
            scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText.StartsWith(DecisionName, System.StringComparison.Ordinal)).Select(t => t.ValueText),
            System.StringComparer.Ordinal);
        string name = DecisionName;
        for (int i = 2; spelled.Contains(name) || taken.Contains(name); i++)
        {
            name = DecisionName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}

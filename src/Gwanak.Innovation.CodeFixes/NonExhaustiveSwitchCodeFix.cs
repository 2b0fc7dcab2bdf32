using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Gwanak.Innovation.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Gwanak.Innovation.CodeFixes;

/// <summary>
/// GWI0005: adds a section for every missing member of the enum. The new sections end like the existing ones: with
/// <c>break;</c> when the last section breaks, otherwise with a <c>throw</c> that names the unhandled member.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonExhaustiveSwitchCodeFix))]
[Shared]
public sealed class NonExhaustiveSwitchCodeFix : DiagnosticCodeFix
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.NonExhaustiveSwitch.Id);

    /// <inheritdoc/>
    protected override void RegisterFix(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(NonExhaustiveSwitchAnalyzer.MissingProperty, out string? missing)
            || string.IsNullOrEmpty(missing)
            || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<SwitchStatementSyntax>() is not { } switchStatement)
        {
            return;
        }

        string[] names = missing!.Split(new[] { ", " }, System.StringSplitOptions.RemoveEmptyEntries);
        context.RegisterCodeFix(
            CodeAction.Create(
                "Add the missing cases",
                token => AddCasesAsync(context.Document, root, switchStatement, names, token),
                equivalenceKey: nameof(NonExhaustiveSwitchCodeFix)),
            diagnostic);
    }

    private static async Task<Document> AddCasesAsync(Document document, SyntaxNode root, SwitchStatementSyntax switchStatement, string[] names, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetTypeInfo(switchStatement.Expression, cancellationToken).Type is not INamedTypeSymbol enumType)
        {
            return document;
        }

        SyntaxGenerator generator = SyntaxGenerator.GetGenerator(document);
        ExpressionSyntax typeExpression = ExistingEnumPrefix(switchStatement)
            ?? ((ExpressionSyntax)generator.TypeExpression(enumType)).WithAdditionalAnnotations(Simplifier.Annotation);
        bool breaks = switchStatement.Sections.LastOrDefault()?.Statements.LastOrDefault() is BreakStatementSyntax;
        INamedTypeSymbol? notSupported = model.Compilation.GetTypeByMetadataName("System.NotSupportedException");

        var sections = new List<SwitchSectionSyntax>();
        foreach (string name in names)
        {
            CaseSwitchLabelSyntax label = SyntaxFactory.CaseSwitchLabel(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, typeExpression, SyntaxFactory.IdentifierName(name)));
            StatementSyntax end = breaks || notSupported is null
                ? SyntaxFactory.BreakStatement()
                : (StatementSyntax)generator.ThrowStatement(generator.ObjectCreationExpression(
                    generator.TypeExpression(notSupported).WithAdditionalAnnotations(Simplifier.Annotation),
                    generator.LiteralExpression(enumType.Name + "." + name + " is not handled here.")));
            sections.Add(SyntaxFactory.SwitchSection(SyntaxFactory.SingletonList<SwitchLabelSyntax>(label), SyntaxFactory.SingletonList(end))
                .WithAdditionalAnnotations(Formatter.Annotation));
        }

        SwitchStatementSyntax completed = switchStatement.AddSections(sections.ToArray());
        return document.WithSyntaxRoot(root.ReplaceNode(switchStatement, completed));
    }

    // The enum type as the existing labels write it (Status in "case Status.Draft:"), to write the new labels alike.
    private static ExpressionSyntax? ExistingEnumPrefix(SwitchStatementSyntax switchStatement)
    {
        foreach (SwitchSectionSyntax section in switchStatement.Sections)
        {
            foreach (SwitchLabelSyntax label in section.Labels)
            {
                if (label is CaseSwitchLabelSyntax { Value: MemberAccessExpressionSyntax access })
                {
                    return access.Expression.WithoutTrivia();
                }
            }
        }

        return null;
    }
}

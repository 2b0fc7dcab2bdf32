using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Gwanak.Innovation.CodeFixes;

/// <summary>
/// The shape every Gwanak.Innovation code fix shares: fix-all by batch, the document's syntax root read once, and
/// one fix offered (or none) for each diagnostic.
/// </summary>
public abstract class DiagnosticCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            RegisterFix(context, root, diagnostic);
        }
    }

    /// <summary>Offers the fix for one diagnostic, or nothing when the code no longer has the reported shape.</summary>
    /// <param name="context">The code-fix context.</param>
    /// <param name="root">The document's syntax root.</param>
    /// <param name="diagnostic">The diagnostic to fix.</param>
    protected abstract void RegisterFix(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic);
}
